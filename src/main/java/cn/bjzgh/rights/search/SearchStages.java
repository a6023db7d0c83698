package cn.bjzgh.rights.search;

/**
 * Time spent in each stage of one search, in nanoseconds, for the benchmark; the searcher
 * adds to it when given one.
 */
final class SearchStages {

	long embedding;

	/** Building the keyword query: analysis of the query text and its synonyms. */
	long analysis;

	long keyword;

	long vectors;

	/** The part of {@link #vectors} spent in the first pass on the reduced vectors. */
	long firstPass;

	long ranking;

	long storedFields;

}
