package cn.bjzgh.rights.search;

/**
 * What the ranker knows about one passage for one query: the features of the fused score.
 *
 * @param passage the passage's ordinal in its {@link PassageTable}
 * @param id the passage's id
 * @param bm25 the keyword (BM25) score over question, phrasings, headings and text,
 * divided by the query's best; 0 when BM25 did not return it
 * @param question the best cosine of the query with the passage's question and its
 * phrasings
 * @param text the cosine of the query with the passage's heading path and text
 * @param category the share of the query's leading passages (top five of the keyword and
 * of the question-vector list) in this passage's category: how much the query is about
 * this topic
 * @param law 1 for an article section of a law, 0 for a handbook or service-guide entry
 * @param keywordRank the reciprocal-rank term of the keyword list, scaled to 0–1 (1 at
 * the top, 0 when absent): {@code (k + 1) / (k + rank)} with the fusion constant k
 * @param questionRank the same for the question-vector list
 * @param textRank the same for the text-vector list
 * @param union for a service-guide passage, 1 when the query names the union or one of
 * its services and -1 when it does not; 0 for every other passage
 */
record Candidate(int passage, String id, double bm25, double question, double text, double category, double law,
		double keywordRank, double questionRank, double textRank, double union) {

	/** The features in the order of {@link FusionWeights#names()}. */
	double[] features() {
		return new double[] { this.bm25, this.question, this.text, this.category, this.law, this.keywordRank,
				this.questionRank, this.textRank, this.union };
	}

}
