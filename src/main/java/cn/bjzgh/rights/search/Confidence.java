package cn.bjzgh.rights.search;

/**
 * How likely the first passage is the one that answers the query: a logistic model over
 * the first passage's fused score, its lead over the second, and its question similarity,
 * fitted by {@code FusionFit} on the tuned part of the evaluation sets (the share of
 * first passages that were right, by those three numbers). The chat decides answer /
 * clarify / hand off on it; the README reports how often a confident first passage was
 * wrong on the tuned and the held-out parts.
 *
 * @param intercept the model's constant
 * @param margin weight of its lead over the second passage's fused score
 * @param question weight of its question similarity
 * @param agreement weight of the lists' agreement on it
 */
record Confidence(double intercept, double margin, double question, double agreement) {

	/** Fitted by {@code FusionFit}; see the README for the run that produced them. */
	static final Confidence FITTED = new Confidence(-5.2350, 0.9886, 5.0305, 1.4129);

	/** The estimated probability (0–1) that a passage with these numbers is right. */
	double of(double margin, Candidate c) {
		return of(margin, c.question(), agreement(c));
	}

	double of(double margin, double question, double agreement) {
		double z = this.intercept + this.margin * margin + this.question * question + this.agreement * agreement;
		return 1 / (1 + Math.exp(-z));
	}

	/**
	 * The mean of a candidate's three reciprocal-rank terms: 1 when all lists put it
	 * first.
	 */
	static double agreement(Candidate c) {
		return (c.keywordRank() + c.questionRank() + c.textRank()) / 3;
	}

}
