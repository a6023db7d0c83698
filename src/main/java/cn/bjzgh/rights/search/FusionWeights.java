package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The weights of the fused score, one per {@link Candidate} feature, in the order of
 * {@link #names()}. The fitted values are {@link #FITTED}: produced by {@code FusionFit}
 * (test sources; the command is in the README) on the tuned part of the evaluation sets,
 * checked by five-fold cross-validation, with the held-out part never used for fitting.
 * The last weight ({@code union}) was added when the service guide joined the index and
 * fitted alone on the tuned part with the others kept ({@code FusionFit -Dextend=true}).
 *
 * @param values the weights
 */
record FusionWeights(double[] values) {

	/**
	 * Plain reciprocal-rank fusion of the three lists, the first build's ranking, for
	 * comparison.
	 */
	static final FusionWeights RRF = new FusionWeights(new double[] { 0, 0, 0, 0, 0, 1, 1, 1, 0 });

	/** Fitted by {@code FusionFit}; see the README for the run that produced them. */
	static final FusionWeights FITTED = new FusionWeights(
			new double[] { 3.2052, 17.5020, 23.6714, 1.3481, -4.1314, -1.3885, -1.0000, -1.3634, 1.0 });

	FusionWeights {
		if (values.length != names().size()) {
			throw new IllegalArgumentException("one weight per feature: " + names());
		}
		values = values.clone();
	}

	static List<String> names() {
		return List.of("bm25", "question", "text", "category", "law", "keywordRank", "questionRank", "textRank",
				"union");
	}

	@Override
	public double[] values() {
		return this.values.clone();
	}

	double score(Candidate c) {
		double[] f = c.features();
		double s = 0;
		for (int i = 0; i < f.length; i++) {
			s += this.values[i] * f[i];
		}
		return s;
	}

	/**
	 * The candidates by fused score, best first; ties by passage ordinal for a stable
	 * order.
	 */
	List<Candidate> rank(List<Candidate> candidates) {
		List<Candidate> ranked = new ArrayList<>(candidates);
		ranked.sort(Comparator.comparingDouble((Candidate c) -> -score(c)).thenComparingInt(Candidate::passage));
		return ranked;
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < this.values.length; i++) {
			sb.append((i == 0) ? "" : " ")
				.append(names().get(i))
				.append('=')
				.append(String.format(Locale.ROOT, "%.3f", this.values[i]));
		}
		return sb.toString();
	}

}
