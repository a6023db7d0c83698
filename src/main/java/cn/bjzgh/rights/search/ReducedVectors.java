package cn.bjzgh.rights.search;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A first, cheap pass of the exact vector search: every vector projected on the principal
 * axes of the knowledge base's own vectors, so that a query is compared in
 * {@link #DIMENSIONS} dimensions instead of the model's 512. It only chooses which
 * passages the exact cosines are computed for ({@link CandidateFeatures}); no score the
 * ranking weighs comes from here.
 * <p>
 * Why: the exact scan reads every float of every vector (about 13 MB for the whole
 * knowledge base), and right after the query embedding has run, little of that is still
 * in the CPU's caches, so the scan waited on memory. The projected vectors are a quarter
 * of that, laid out dimension by dimension in blocks, so that the loop over a block is a
 * plain multiply-add over an array that the JIT compiles to SIMD instructions on Java 17
 * (a dot product per vector is a reduction, which it does not).
 * <p>
 * The axes are the eigenvectors of the vectors' second-moment matrix (no centring: a dot
 * product, not a distance, is approximated), computed with Commons Math after the table
 * is built (see {@link VectorFirstPass#computeMeanwhile}).
 */
final class ReducedVectors {

	/**
	 * Dimensions kept: the fewest with which every evaluation question gets exactly the
	 * candidates of the full comparison (128 did until the knowledge base's long written
	 * phrasings; README, "The vector first pass").
	 */
	static final int DIMENSIONS = 160;

	/** Vectors per block; a block's partial scores stay in the first-level cache. */
	private static final int BLOCK = 1024;

	/** At most this many vectors are used to find the axes (every k-th vector). */
	private static final int SAMPLE = 1000;

	/** The axes, one row of the full dimension each. */
	private final float[][] axes;

	/** Per block, the projected vectors dimension-major: block[d * length + j]. */
	private final float[][] blocks;

	private final int count;

	private ReducedVectors(float[][] axes, float[][] blocks, int count) {
		this.axes = axes;
		this.blocks = blocks;
		this.count = count;
	}

	/**
	 * The principal axes of {@code vectors} (nulls skipped), at most {@link #DIMENSIONS}
	 * of them, the strongest first.
	 */
	static float[][] axes(float[][] vectors) {
		int n = 0;
		int dim = 0;
		for (float[] v : vectors) {
			if (v != null) {
				n++;
				dim = v.length;
			}
		}
		if (n == 0) {
			return new float[0][];
		}
		int step = Math.max(1, n / SAMPLE);
		double[][] moment = new double[dim][dim];
		int seen = 0;
		int used = 0;
		for (float[] v : vectors) {
			if (v == null || (seen++ % step) != 0) {
				continue;
			}
			used++;
			for (int i = 0; i < dim; i++) {
				double vi = v[i];
				double[] row = moment[i];
				for (int j = i; j < dim; j++) {
					row[j] += vi * v[j];
				}
			}
		}
		for (int i = 0; i < dim; i++) {
			for (int j = i; j < dim; j++) {
				moment[i][j] /= used;
				moment[j][i] = moment[i][j];
			}
		}
		// The matrix is symmetric and positive semi-definite, so its singular vectors are
		// its eigenvectors, strongest first. Commons Math's EigenDecomposition is faster
		// but
		// fails to converge on a rank-deficient matrix (fewer vectors than dimensions, as
		// in a small knowledge base); the SVD does not.
		RealMatrix basis = new SingularValueDecomposition(new Array2DRowRealMatrix(moment, false)).getV();
		int kept = Math.min(DIMENSIONS, dim);
		float[][] out = new float[kept][dim];
		for (int a = 0; a < kept; a++) {
			for (int i = 0; i < dim; i++) {
				out[a][i] = (float) basis.getEntry(i, a);
			}
		}
		return out;
	}

	/** {@code vectors} on the given axes; a null vector scores 0. */
	static ReducedVectors of(float[][] vectors, float[][] axes) {
		int count = vectors.length;
		int dims = axes.length;
		float[][] blocks = new float[(count + BLOCK - 1) / BLOCK][];
		for (int b = 0; b < blocks.length; b++) {
			int from = b * BLOCK;
			int length = Math.min(BLOCK, count - from);
			float[] block = new float[dims * length];
			for (int j = 0; j < length; j++) {
				float[] v = vectors[from + j];
				if (v == null) {
					continue;
				}
				for (int d = 0; d < dims; d++) {
					block[d * length + j] = dot(axes[d], v);
				}
			}
			blocks[b] = block;
		}
		return new ReducedVectors(axes, blocks, count);
	}

	/** The query on the axes. */
	float[] project(float[] query) {
		float[] out = new float[this.axes.length];
		for (int d = 0; d < out.length; d++) {
			out[d] = dot(this.axes[d], query);
		}
		return out;
	}

	/** The approximate dot product of a projected query with every vector, in order. */
	float[] scores(float[] projected) {
		float[] out = new float[this.count];
		int dims = projected.length;
		for (int b = 0; b < this.blocks.length; b++) {
			int from = b * BLOCK;
			int length = Math.min(BLOCK, this.count - from);
			float[] block = this.blocks[b];
			float[] sum = new float[length];
			for (int d = 0; d < dims; d++) {
				float q = projected[d];
				int offset = d * length;
				for (int j = 0; j < length; j++) {
					sum[j] += q * block[offset + j];
				}
			}
			System.arraycopy(sum, 0, out, from, length);
		}
		return out;
	}

	private static float dot(float[] a, float[] b) {
		float s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
