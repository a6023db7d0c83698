package cn.bjzgh.rights.search;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The first vector pass: its axes, and how close its scores come to the exact ones. */
class ReducedVectorsTest {

	static final int DIM = 512;

	/**
	 * Vectors in a random subspace of {@code rank} dimensions plus a trace of noise in
	 * every dimension (as real embeddings have), normalised.
	 */
	static float[][] inSubspace(int count, int rank, long seed) {
		Random random = new Random(seed);
		float[][] basis = new float[rank][DIM];
		for (float[] b : basis) {
			for (int i = 0; i < DIM; i++) {
				b[i] = (float) random.nextGaussian();
			}
		}
		float[][] out = new float[count][];
		for (int n = 0; n < count; n++) {
			float[] v = new float[DIM];
			for (int i = 0; i < DIM; i++) {
				v[i] = (float) (1e-4 * random.nextGaussian());
			}
			for (float[] b : basis) {
				float c = (float) random.nextGaussian();
				for (int i = 0; i < DIM; i++) {
					v[i] += c * b[i];
				}
			}
			out[n] = PassageTable.normalised(v);
		}
		return out;
	}

	static float dot(float[] a, float[] b) {
		float s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	@Test
	void the_axes_are_orthonormal_and_the_strongest_come_first() {
		float[][] vectors = inSubspace(600, 40, 1);
		float[][] axes = ReducedVectors.axes(vectors);
		assertThat(axes).hasNumberOfRows(ReducedVectors.DIMENSIONS);
		for (int a = 0; a < 10; a++) {
			assertThat(dot(axes[a], axes[a])).isCloseTo(1f, within(1e-4f));
			assertThat(dot(axes[a], axes[a + 1])).isCloseTo(0f, within(1e-4f));
		}
		// All of the vectors' energy lies in their 40 dimensions: the first 40 axes hold
		// it, the later ones nothing.
		double first = 0;
		double later = 0;
		for (float[] v : vectors) {
			for (int a = 0; a < axes.length; a++) {
				double p = dot(axes[a], v);
				if (a < 40) {
					first += p * p;
				}
				else {
					later += p * p;
				}
			}
		}
		assertThat(first / vectors.length).isCloseTo(1.0, within(1e-3));
		assertThat(later / vectors.length).isLessThan(1e-4);
	}

	@Test
	void vectors_within_the_kept_dimensions_score_as_their_exact_dot_product_and_a_missing_one_zero() {
		float[][] vectors = inSubspace(2500, 60, 2);
		vectors[17] = null;
		ReducedVectors reduced = ReducedVectors.of(vectors, ReducedVectors.axes(vectors));
		float[] query = inSubspace(1, 60, 2)[0];
		float[] scores = reduced.scores(reduced.project(query));
		assertThat(scores).hasSize(2500);
		assertThat(scores[17]).isZero();
		for (int v = 0; v < vectors.length; v++) {
			if (vectors[v] != null) {
				assertThat(scores[v]).as("vector %d", v).isCloseTo(dot(query, vectors[v]), within(1e-3f));
			}
		}
	}

	@Test
	void beyond_the_kept_dimensions_the_scores_still_order_the_nearest_vectors_first() {
		float[][] vectors = inSubspace(2000, DIM, 3);
		ReducedVectors reduced = ReducedVectors.of(vectors, ReducedVectors.axes(vectors));
		// A query next to vector 5 (a small step away from it).
		float[] query = vectors[5].clone();
		float[] noise = inSubspace(1, DIM, 4)[0];
		for (int i = 0; i < DIM; i++) {
			query[i] += 0.3f * noise[i];
		}
		query = PassageTable.normalised(query);
		float[] scores = reduced.scores(reduced.project(query));
		int best = 0;
		for (int v = 1; v < scores.length; v++) {
			if (scores[v] > scores[best]) {
				best = v;
			}
		}
		assertThat(best).isEqualTo(5);
	}

	@Test
	void no_vectors_make_no_axes() {
		assertThat(ReducedVectors.axes(new float[][] { null, null })).isEmpty();
	}

}
