package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The candidates of one query and their features (see {@link Candidate}): the exact
 * vector lists are computed here from the {@link PassageTable}, and the union of the
 * three ranked lists — keyword, question vectors, text vectors — gets every feature the
 * fused score weighs. {@link HybridSearcher} runs the keyword search and orders the
 * result.
 */
final class CandidateFeatures {

	/**
	 * The constant of reciprocal-rank fusion (one of the features); 60 is the value of
	 * the original paper and LangChain4j.
	 */
	static final int RRF_K = 60;

	/** The category of the service guide's passages. */
	private static final String UNION_SERVICES = "union-services";

	/**
	 * Words that name the union or one of its services: a query with one of them is about
	 * what the union does, one without is about a right, where a handbook answer leads.
	 */
	static final Pattern UNION_WORDS = Pattern
		.compile("工会|会员|入会|京卡|会费|职代会|职工代表|集体合同|集体协商|驿站|互助|二次报销|送温暖|助学|帮扶|疗休养|文化宫|技能大赛|12351");

	/** How many leaders of each list vote on the query's topic. */
	private static final int CATEGORY_LEADERS = 5;

	/**
	 * A short-listed passage's question vectors are compared in full only when their
	 * first-pass score is within this of the passage's best first-pass score: its best
	 * phrasing is among them. Measured on the 388 questions of the four evaluation sets:
	 * at 0.1 every candidate and feature is the same as with every vector compared
	 * (RetrievalQualityIT checks it), at 0.05 one question's were not; the vector stage
	 * took 0.25–0.45 ms less (README).
	 */
	static final float SLACK = 0.1f;

	private CandidateFeatures() {
	}

	/**
	 * Every passage that one of the three lists returned, unordered, with its features.
	 * @param keyword the BM25 list
	 * @param vector the query's normalised embedding
	 * @param category the category to keep, or null for all
	 * @param n how many passages each vector list contributes
	 * @param stages where the time of the vector lists and the features is added
	 */
	static List<Candidate> of(PassageTable table, String query, KeywordSearch.Ranked keyword, float[] vector,
			String category, int n, SearchStages stages) {
		return of(table, query, keyword, vector, category, n, stages, false);
	}

	/**
	 * How many passages per vector list the first pass ({@link ReducedVectors}) puts on
	 * the short list, as a multiple of the list's length. Measured on the 388 questions
	 * of the four evaluation sets: with 6, every question's candidates and features are
	 * the same as with the exact cosines of every passage (RetrievalQualityIT checks it);
	 * on 128 axes, with 5 one question's differed at the tail of a list, with 4 three (on
	 * today's 160 axes only 6 was measured). Twelfth session: with two more handbook
	 * entries the axes moved and one question (k005, whose cosines with every passage lie
	 * close together) lost passages at the tail of its question list with 6; with 7 every
	 * question's are exact again.
	 */
	static final int SHORT_LIST = 7;

	/**
	 * How far below the n-th exact cosine a first-pass score may lie and still have its
	 * exact cosine computed ({@link #widen}). Thirteenth session: two more 相似问法 moved the
	 * axes and k005 (cosines of 0.577–0.590 over many passages) lost the tail of its
	 * question list with a short list of seven; with the widening at 0.03 every
	 * question's candidates were exact again, and with a short list of four the widening
	 * at 0.06 alone kept them exact (at three with 0.03, three questions were not). 0.06
	 * with seven is kept: a superset of both, so a knowledge edit that moves the axes has
	 * room, at no cost that the benchmark could separate from its noise.
	 */
	static final float MARGIN = 0.06f;

	/**
	 * @param exhaustive compute the exact cosines of every passage instead of the short
	 * list's (the reference the short list is checked against); so does a table whose
	 * first pass is not ready yet
	 */
	static List<Candidate> of(PassageTable table, String query, KeywordSearch.Ranked keyword, float[] vector,
			String category, int n, SearchStages stages, boolean exhaustive) {
		int[] keywordOrder = keyword.order();
		double asksUnion = UNION_WORDS.matcher(query).find() ? 1 : -1;
		int size = table.size();
		long t = System.nanoTime();
		VectorFirstPass pass = exhaustive ? null : table.firstPass();
		VectorLists lists = (pass == null) ? exhaustive(table, vector, category, n)
				: shortListed(table, pass, keywordOrder, vector, category, n, stages);
		float[] question = lists.question();
		float[] text = lists.text();
		int[] questionList = lists.questionList();
		int[] textList = lists.textList();
		stages.vectors += System.nanoTime() - t;
		t = System.nanoTime();
		double[] keywordRank = reciprocalRanks(keywordOrder, size);
		double[] questionRank = reciprocalRanks(questionList, size);
		double[] textRank = reciprocalRanks(textList, size);
		Map<String, Integer> topics = new HashMap<>();
		int voters = 0;
		for (int[] list : new int[][] { keywordOrder, questionList }) {
			for (int i = 0; i < Math.min(CATEGORY_LEADERS, list.length); i++) {
				topics.merge(table.categories[list[i]], 1, Integer::sum);
				voters++;
			}
		}
		List<Candidate> out = new ArrayList<>();
		for (int p = 0; p < size; p++) {
			if (keywordRank[p] + questionRank[p] + textRank[p] > 0) {
				double topic = (voters == 0) ? 0 : topics.getOrDefault(table.categories[p], 0) / (double) voters;
				out.add(new Candidate(p, table.ids[p], keyword.bm25()[p], question[p], text[p], topic,
						table.lawSections[p] ? 1 : 0, keywordRank[p], questionRank[p], textRank[p],
						UNION_SERVICES.equals(table.categories[p]) ? asksUnion : 0));
			}
		}
		stages.ranking += System.nanoTime() - t;
		return out;
	}

	/**
	 * The two vector lists, and the exact cosines of (at least) every passage in one of
	 * them or in the keyword list.
	 */
	private record VectorLists(float[] question, float[] text, int[] questionList, int[] textList) {
	}

	private static VectorLists exhaustive(PassageTable table, float[] vector, String category, int n) {
		float[] question = table.questionSimilarities(vector);
		float[] text = table.textSimilarities(vector);
		return new VectorLists(question, text, top(question, n, table, category), top(text, n, table, category));
	}

	/**
	 * Each list from the exact cosines of its own short list (the first pass's best
	 * {@link #SHORT_LIST} × n); the other cosine only for the passages that end up in a
	 * list, and both for the keyword list's.
	 */
	private static VectorLists shortListed(PassageTable table, VectorFirstPass pass, int[] keywordOrder, float[] vector,
			String category, int n, SearchStages stages) {
		int size = table.size();
		long t = System.nanoTime();
		float[] approx = pass.questionScores(vector);
		float[] nearQuestion = pass.bestOf(approx);
		float[] nearText = pass.textSimilarities(vector);
		stages.firstPass += System.nanoTime() - t;
		float questionCut = cutoff(nearQuestion, n * SHORT_LIST, table, category);
		float textCut = cutoff(nearText, n * SHORT_LIST, table, category);
		float[] question = new float[size];
		float[] text = new float[size];
		boolean[] hasQuestion = new boolean[size];
		boolean[] hasText = new boolean[size];
		for (int p : keywordOrder) {
			question[p] = table.questionSimilarity(vector, p, approx, nearQuestion[p] - SLACK);
			text[p] = table.textSimilarity(vector, p);
			hasQuestion[p] = true;
			hasText[p] = true;
		}
		for (int p = 0; p < size; p++) {
			if (!hasQuestion[p] && nearQuestion[p] > 0 && nearQuestion[p] >= questionCut) {
				question[p] = table.questionSimilarity(vector, p, approx, nearQuestion[p] - SLACK);
				hasQuestion[p] = true;
			}
			if (!hasText[p] && nearText[p] > 0 && nearText[p] >= textCut) {
				text[p] = table.textSimilarity(vector, p);
				hasText[p] = true;
			}
		}
		// Widen each short list to every passage whose first-pass score comes within
		// MARGIN of the n-th exact cosine found: a query whose cosines lie close together
		// (k005) needs more than SHORT_LIST × n, a well separated one nothing more.
		widen(table, vector, approx, nearQuestion, question, hasQuestion, n, category, true);
		widen(table, vector, approx, nearText, text, hasText, n, category, false);
		int[] questionList = top(question, n, table, category);
		int[] textList = top(text, n, table, category);
		for (int p : questionList) {
			if (!hasText[p]) {
				text[p] = table.textSimilarity(vector, p);
			}
		}
		for (int p : textList) {
			if (!hasQuestion[p]) {
				question[p] = table.questionSimilarity(vector, p, approx, nearQuestion[p] - SLACK);
			}
		}
		return new VectorLists(question, text, questionList, textList);
	}

	/**
	 * Computes the exact cosines of the passages not yet compared whose first-pass score
	 * is at least the n-th best exact cosine so far less {@link #MARGIN}: those the first
	 * pass may have ranked too low to be short-listed, while their exact cosine could
	 * still reach the list.
	 */
	private static void widen(PassageTable table, float[] vector, float[] approx, float[] near, float[] exact,
			boolean[] has, int n, String category, boolean questions) {
		int[] list = top(exact, n, table, category);
		if (list.length < n) {
			return;
		}
		float floor = exact[list[n - 1]] - MARGIN;
		for (int p = 0; p < near.length; p++) {
			if (!has[p] && near[p] > 0 && near[p] >= floor
					&& (category == null || category.equals(table.categories[p]))) {
				exact[p] = questions ? table.questionSimilarity(vector, p, approx, near[p] - SLACK)
						: table.textSimilarity(vector, p);
				has[p] = true;
			}
		}
	}

	/**
	 * The value of the {@code m}-th best passage that {@link #top} could list (positive,
	 * in the category), or minus infinity if there are no more than m of them.
	 */
	static float cutoff(float[] values, int m, PassageTable table, String category) {
		float[] eligible = new float[values.length];
		int count = 0;
		for (int p = 0; p < values.length; p++) {
			if (values[p] > 0 && (category == null || category.equals(table.categories[p]))) {
				eligible[count++] = values[p];
			}
		}
		if (count <= m) {
			return Float.NEGATIVE_INFINITY;
		}
		Arrays.sort(eligible, 0, count);
		return eligible[count - m];
	}

	/** Each passage's reciprocal-rank term in one list, scaled to 1 at the top. */
	private static double[] reciprocalRanks(int[] list, int size) {
		double[] out = new double[size];
		for (int rank = 0; rank < list.length; rank++) {
			out[list[rank]] = (RRF_K + 1.0) / (RRF_K + rank + 1);
		}
		return out;
	}

	/**
	 * The ordinals of the {@code n} passages with the highest values, best first (ties by
	 * ordinal): one pass with an insertion into a sorted array of n, no boxing.
	 */
	static int[] top(float[] values, int n, PassageTable table, String category) {
		int[] best = new int[n];
		int size = 0;
		for (int p = 0; p < values.length; p++) {
			float v = values[p];
			if (v <= 0 || (category != null && !category.equals(table.categories[p]))
					|| (size == n && v <= values[best[n - 1]])) {
				continue;
			}
			int i = (size < n) ? size++ : n - 1;
			while (i > 0 && values[best[i - 1]] < v) {
				best[i] = best[i - 1];
				i--;
			}
			best[i] = p;
		}
		return Arrays.copyOf(best, size);
	}

}
