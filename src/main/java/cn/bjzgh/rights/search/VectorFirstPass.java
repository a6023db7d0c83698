package cn.bjzgh.rights.search;

import java.util.concurrent.CompletableFuture;

/**
 * The first pass of one {@link PassageTable}'s vector search: the question vectors and
 * the text vectors, each on their own principal axes ({@link ReducedVectors}). The text
 * vectors lie in another part of the space (a query's cosines with them are closer
 * together), and axes found on the questions keep too little of what tells them apart.
 * Its scores only choose the short list whose exact cosines {@link CandidateFeatures}
 * computes.
 */
final class VectorFirstPass {

	/**
	 * Below this many question vectors there is no first pass: the exact scan of every
	 * vector then costs less than half a millisecond, and the axes of fewer vectors than
	 * about five times their dimension would be poorly determined.
	 */
	static final int MIN_VECTORS = 2000;

	private final ReducedVectors questions;

	private final ReducedVectors texts;

	/** The passage ordinal of each question vector. */
	private final int[] questionOwner;

	private final int passages;

	private VectorFirstPass(float[][] questionVectors, int[] questionOwner, float[][] textVectors) {
		this.questions = ReducedVectors.of(questionVectors, ReducedVectors.axes(questionVectors));
		this.texts = ReducedVectors.of(textVectors, ReducedVectors.axes(textVectors));
		this.questionOwner = questionOwner;
		this.passages = textVectors.length;
	}

	/**
	 * Computes the first pass on a new daemon thread (one to three seconds of one core:
	 * the axes come from two singular value decompositions), so that neither start-up nor
	 * a re-index waits for it. A table under {@link #MIN_VECTORS} question vectors gets
	 * none: the future completes with null.
	 * @param textVectors each passage's text vector, by passage ordinal; null for none
	 */
	static CompletableFuture<VectorFirstPass> computeMeanwhile(float[][] questionVectors, int[] questionOwner,
			float[][] textVectors) {
		if (questionVectors.length < MIN_VECTORS) {
			return CompletableFuture.completedFuture(null);
		}
		return OwnThread.supply("vector-axes", () -> new VectorFirstPass(questionVectors, questionOwner, textVectors));
	}

	/** The approximate cosine of the query with every question vector, in order. */
	float[] questionScores(float[] query) {
		return this.questions.scores(this.questions.project(query));
	}

	/**
	 * The best approximate cosine of the query with each passage's question vectors, from
	 * their scores ({@link #questionScores}); 0 for none.
	 */
	float[] bestOf(float[] scores) {
		float[] best = new float[this.passages];
		for (int v = 0; v < scores.length; v++) {
			int p = this.questionOwner[v];
			if (scores[v] > best[p]) {
				best[p] = scores[v];
			}
		}
		return best;
	}

	/** The approximate cosine of the query with each passage's text vector. */
	float[] textSimilarities(float[] query) {
		return this.texts.scores(this.texts.project(query));
	}

}
