package cn.bjzgh.rights.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the fused score's weights ({@link FusionWeights}) and the confidence model
 * ({@link Confidence}) on the evaluation sets, and prints what to paste into them.
 * <p>
 * Every third question (by the number in its id) is held out: it is never used for
 * fitting, and only its aggregate figures are printed. The weights are fitted by
 * coordinate ascent on MRR (ties broken by hit@1) over a grid of values, with the
 * question-vector rank's weight fixed at 1; five-fold cross-validation on the tuned part
 * says how well the procedure generalises before the held-out part is scored once. Run
 * with the command in the README.
 */
public final class FusionFit {

	private static final Logger log = LoggerFactory.getLogger(FusionFit.class);

	/** The grid each weight is searched over. */
	private static final double[] GRID = { 0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2, 3, 5, 8 };

	/** The fixed feature (its weight stays 1): the question-vector list's rank. */
	private static final int ANCHOR = 6;

	private static final int FOLDS = 5;

	private FusionFit() {
	}

	/** One evaluation question with every candidate's features and whether it answers. */
	record Item(String id, List<Candidate> candidates, List<Boolean> answers) {

		boolean heldOut() {
			return new EvalQuestion(this.id, "", List.of(), null).heldOut();
		}

	}

	public static void main(String[] args) throws Exception {
		Path knowledge = Path.of(System.getProperty("knowledge.dir", "knowledge"));
		Path index = Path.of(System.getProperty("index.dir", "target/it-index"));
		List<EvalQuestion> questions = new ArrayList<>();
		for (String file : List.of("questions.jsonl", "answers.jsonl", "knowledge-2025.jsonl",
				"union-services.jsonl")) {
			questions.addAll(EvalQuestion.read(Path.of("src/test/resources/eval", file)));
		}
		List<Item> tuned = new ArrayList<>();
		List<Item> heldOut = new ArrayList<>();
		try (StandaloneSearch search = new StandaloneSearch(knowledge, index)) {
			for (EvalQuestion q : questions) {
				List<Candidate> candidates = search.searcher.candidates(q.q());
				List<Boolean> answers = candidates.stream().map((c) -> q.expectIds().contains(c.id())).toList();
				Item item = new Item(q.id(), candidates, answers);
				(item.heldOut() ? heldOut : tuned).add(item);
			}
		}
		log.info("questions: {} tuned, {} held out", tuned.size(), heldOut.size());
		log.info("plain RRF:      tuned {}  held out {}", figures(tuned, FusionWeights.RRF.values()),
				figures(heldOut, FusionWeights.RRF.values()));
		log.info("FITTED in use:  tuned {}  held out {}", figures(tuned, FusionWeights.FITTED.values()),
				figures(heldOut, FusionWeights.FITTED.values()));
		log.info("FITTED in use, reliability, tuned:    {}",
				reliability(tuned, FusionWeights.FITTED.values(), Confidence.FITTED));
		log.info("FITTED in use, reliability, held out: {}",
				reliability(heldOut, FusionWeights.FITTED.values(), Confidence.FITTED));
		log.info("FITTED in use, confidence >= 0.5: tuned {}  held out {}",
				calibration(tuned, FusionWeights.FITTED.values(), Confidence.FITTED, 0.5),
				calibration(heldOut, FusionWeights.FITTED.values(), Confidence.FITTED, 0.5));
		if (Boolean.getBoolean("extend")) {
			// Only the last feature's weight, the others kept as fitted: a grid on the
			// tuned part, cross-validated like the full fit.
			double[] base = FusionWeights.FITTED.values();
			int last = base.length - 1;
			double best = -1;
			double bestWeight = 0;
			for (double v : new double[] { 0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10 }) {
				base[last] = v;
				double o = objective(tuned, base);
				log.info(String.format(Locale.ROOT, "%s=%.1f: tuned %s", FusionWeights.names().get(last), v,
						figures(tuned, base)));
				if (o > best + 1e-9) {
					best = o;
					bestWeight = v;
				}
			}
			base[last] = bestWeight;
			log.info("chosen {}={}: tuned {}  held out {}", FusionWeights.names().get(last), bestWeight,
					figures(tuned, base), figures(heldOut, base));
			return;
		}
		// Cross-validation on the tuned part only decides between the two fitting
		// methods.
		double ascent = crossValidate(tuned, FusionFit::fit, "coordinate ascent on MRR");
		double pairwise = crossValidate(tuned, FusionFit::fitPairwise, "pairwise logistic (RankNet)");
		double[] w = (pairwise > ascent) ? fitPairwise(tuned) : fit(tuned);
		log.info("fitted weights: {}", new FusionWeights(w));
		log.info("fitted fusion:  tuned {}  held out {}", figures(tuned, w), figures(heldOut, w));
		if (Boolean.getBoolean("misses")) {
			// Tuned questions only: the held-out misses are never shown.
			for (Item item : tuned) {
				if (rankOfFirstAnswer(item, w) != 1) {
					List<Integer> order = order(item, w);
					log.info("tuned miss {} (rank {}): first {} | answer {}", item.id(), rankOfFirstAnswer(item, w),
							describe(item.candidates().get(order.get(0))),
							item.candidates()
								.stream()
								.filter((c) -> item.answers().get(item.candidates().indexOf(c)))
								.map(FusionFit::describe)
								.toList());
				}
			}
		}
		Confidence confidence = fitConfidence(tuned, w);
		log.info("confidence model: {}", confidence);
		log.info("reliability, tuned:    {}", reliability(tuned, w, confidence));
		log.info("reliability, held out: {}", reliability(heldOut, w, confidence));
		for (double t : new double[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 }) {
			log.info("confidence >= {}: tuned {}  held out {}", t, calibration(tuned, w, confidence, t),
					calibration(heldOut, w, confidence, t));
		}
		log.info(String.format(Locale.ROOT, "paste: new FusionWeights(new double[] { %s })  new Confidence(%s)",
				join(w), join(new double[] { confidence.intercept(), confidence.margin(), confidence.question(),
						confidence.agreement() })));
	}

	/** Cross-validated MRR (plus 0.1 × hit@1, the fitting objective) of one method. */
	private static double crossValidate(List<Item> tuned, Function<List<Item>, double[]> method, String name) {
		double mrr = 0;
		double hit1 = 0;
		for (int fold = 0; fold < FOLDS; fold++) {
			List<Item> train = new ArrayList<>();
			List<Item> test = new ArrayList<>();
			for (int i = 0; i < tuned.size(); i++) {
				((i % FOLDS == fold) ? test : train).add(tuned.get(i));
			}
			double[] f = measure(test, method.apply(train));
			hit1 += f[0] * test.size();
			mrr += f[2] * test.size();
		}
		log.info(String.format(Locale.ROOT, "%d-fold cross-validation on the tuned part, %s: hit@1=%.3f mrr=%.3f",
				FOLDS, name, hit1 / tuned.size(), mrr / tuned.size()));
		return (mrr + 0.1 * hit1) / tuned.size();
	}

	/**
	 * A linear pairwise ranker: logistic loss on the score difference of every answering
	 * candidate and each of the ten best non-answering ones under plain RRF, with L2
	 * regularisation, by gradient descent on standardised features.
	 */
	static double[] fitPairwise(List<Item> items) {
		int d = FusionWeights.names().size();
		List<double[]> diffs = new ArrayList<>();
		for (Item item : items) {
			List<Integer> order = order(item, FusionWeights.RRF.values());
			for (int pos = 0; pos < item.candidates().size(); pos++) {
				if (!item.answers().get(pos)) {
					continue;
				}
				double[] fp = item.candidates().get(pos).features();
				int negatives = 0;
				for (int o : order) {
					if (negatives == 10) {
						break;
					}
					if (!item.answers().get(o)) {
						double[] fn = item.candidates().get(o).features();
						double[] diff = new double[d];
						for (int j = 0; j < d; j++) {
							diff[j] = fp[j] - fn[j];
						}
						diffs.add(diff);
						negatives++;
					}
				}
			}
		}
		double[] scale = new double[d];
		for (double[] x : diffs) {
			for (int j = 0; j < d; j++) {
				scale[j] += x[j] * x[j];
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = Math.sqrt(scale[j] / Math.max(1, diffs.size()));
			scale[j] = (scale[j] == 0) ? 1 : scale[j];
		}
		double[] beta = new double[d];
		for (int step = 0; step < 3000; step++) {
			double[] grad = new double[d];
			for (double[] x : diffs) {
				double z = 0;
				for (int j = 0; j < d; j++) {
					z += beta[j] * x[j] / scale[j];
				}
				double g = -1 / (1 + Math.exp(z));
				for (int j = 0; j < d; j++) {
					grad[j] += g * x[j] / scale[j];
				}
			}
			for (int j = 0; j < d; j++) {
				beta[j] -= 0.5 * (grad[j] / diffs.size() + 0.01 * beta[j]);
			}
		}
		double[] w = new double[d];
		for (int j = 0; j < d; j++) {
			w[j] = beta[j] / scale[j];
		}
		// The scale of a linear score is free: the question-vector rank's weight is 1.
		double anchor = (w[ANCHOR] == 0) ? 1 : Math.abs(w[ANCHOR]);
		for (int j = 0; j < d; j++) {
			w[j] /= anchor;
		}
		return w;
	}

	/** Coordinate ascent over the grid, from plain RRF, until no weight change helps. */
	static double[] fit(List<Item> items) {
		double[] w = FusionWeights.RRF.values();
		w[ANCHOR] = 1;
		double best = objective(items, w);
		boolean improved = true;
		for (int pass = 0; pass < 10 && improved; pass++) {
			improved = false;
			for (int f = 0; f < w.length; f++) {
				if (f == ANCHOR) {
					continue;
				}
				for (double v : GRID) {
					double old = w[f];
					w[f] = v;
					double o = objective(items, w);
					if (o > best + 1e-9) {
						best = o;
						improved = true;
					}
					else {
						w[f] = old;
					}
				}
			}
		}
		return w;
	}

	private static double objective(List<Item> items, double[] w) {
		double[] f = measure(items, w);
		return f[2] + 0.1 * f[0];
	}

	/** hit@1, hit@5 and MRR of the items ranked by these weights. */
	static double[] measure(List<Item> items, double[] w) {
		double hit1 = 0;
		double hit5 = 0;
		double mrr = 0;
		for (Item item : items) {
			int rank = rankOfFirstAnswer(item, w);
			if (rank == 1) {
				hit1++;
			}
			if (rank >= 1 && rank <= 5) {
				hit5++;
				mrr += 1.0 / rank;
			}
		}
		int n = Math.max(1, items.size());
		return new double[] { hit1 / n, hit5 / n, mrr / n };
	}

	private static List<Integer> order(Item item, double[] w) {
		FusionWeights weights = new FusionWeights(w);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < item.candidates().size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -weights.score(item.candidates().get(i)))
			.thenComparingInt((i) -> item.candidates().get(i).passage()));
		return order;
	}

	private static int rankOfFirstAnswer(Item item, double[] w) {
		List<Integer> order = order(item, w);
		for (int r = 0; r < order.size(); r++) {
			if (item.answers().get(order.get(r))) {
				return r + 1;
			}
		}
		return 0;
	}

	/** The confidence features of an item's first hit, and whether it answers. */
	private static double[] confidenceRow(Item item, double[] w) {
		FusionWeights weights = new FusionWeights(w);
		List<Integer> order = order(item, w);
		if (order.isEmpty()) {
			return new double[] { 0, 0, 0, 0 };
		}
		Candidate first = item.candidates().get(order.get(0));
		double score = weights.score(first);
		double second = (order.size() > 1) ? weights.score(item.candidates().get(order.get(1))) : 0;
		return new double[] { score - second, first.question(), Confidence.agreement(first),
				item.answers().get(order.get(0)) ? 1 : 0 };
	}

	/**
	 * Logistic regression of "the first hit answers" on its lead, question similarity and
	 * the lists' agreement, by gradient descent with a little L2 regularisation.
	 */
	static Confidence fitConfidence(List<Item> items, double[] w) {
		List<double[]> rows = items.stream().map((i) -> confidenceRow(i, w)).toList();
		// Standardised features, so that the regularisation treats them alike.
		double[] mean = new double[3];
		double[] sd = new double[3];
		for (double[] r : rows) {
			for (int j = 0; j < 3; j++) {
				mean[j] += r[j] / rows.size();
			}
		}
		for (double[] r : rows) {
			for (int j = 0; j < 3; j++) {
				sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.size();
			}
		}
		for (int j = 0; j < 3; j++) {
			sd[j] = (sd[j] == 0) ? 1 : Math.sqrt(sd[j]);
		}
		double[] beta = new double[4];
		for (int step = 0; step < 5_000; step++) {
			double[] grad = new double[4];
			for (double[] r : rows) {
				double z = beta[0];
				for (int j = 0; j < 3; j++) {
					z += beta[j + 1] * (r[j] - mean[j]) / sd[j];
				}
				double e = 1 / (1 + Math.exp(-z)) - r[3];
				grad[0] += e;
				for (int j = 0; j < 3; j++) {
					grad[j + 1] += e * (r[j] - mean[j]) / sd[j];
				}
			}
			for (int j = 0; j < 4; j++) {
				double reg = (j == 0) ? 0 : 0.01 * beta[j];
				beta[j] -= 0.5 * (grad[j] / rows.size() + reg);
			}
		}
		double intercept = beta[0];
		double[] raw = new double[3];
		for (int j = 0; j < 3; j++) {
			raw[j] = beta[j + 1] / sd[j];
			intercept -= raw[j] * mean[j];
		}
		return new Confidence(intercept, raw[0], raw[1], raw[2]);
	}

	/**
	 * At a threshold: the share of questions whose first hit is confident, and how many
	 * of those were wrong, and of the right first hits how many fell below it.
	 */
	private static String calibration(List<Item> items, double[] w, Confidence c, double threshold) {
		int confident = 0;
		int confidentWrong = 0;
		int right = 0;
		int rightBelow = 0;
		for (Item item : items) {
			double[] r = confidenceRow(item, w);
			boolean sure = c.of(r[0], r[1], r[2]) >= threshold;
			boolean ok = r[3] == 1;
			confident += sure ? 1 : 0;
			confidentWrong += (sure && !ok) ? 1 : 0;
			right += ok ? 1 : 0;
			rightBelow += (ok && !sure) ? 1 : 0;
		}
		return String.format(Locale.ROOT, "confident=%.3f wrong-when-confident=%.3f right-but-unsure=%.3f",
				confident / (double) items.size(), (confident == 0) ? 0 : confidentWrong / (double) confident,
				(right == 0) ? 0 : rightBelow / (double) right);
	}

	/**
	 * Calibration: for bands of predicted confidence, the mean prediction against the
	 * share of first hits that were right.
	 */
	private static String reliability(List<Item> items, double[] w, Confidence c) {
		double[] edges = { 0, 0.5, 0.7, 0.9, 1.0001 };
		StringBuilder sb = new StringBuilder();
		for (int b = 0; b < edges.length - 1; b++) {
			double predicted = 0;
			int right = 0;
			int n = 0;
			for (Item item : items) {
				double[] r = confidenceRow(item, w);
				double p = c.of(r[0], r[1], r[2]);
				if (p >= edges[b] && p < edges[b + 1]) {
					predicted += p;
					right += (r[3] == 1) ? 1 : 0;
					n++;
				}
			}
			sb.append(String.format(Locale.ROOT, "[%.1f,%.1f): n=%d predicted=%.2f right=%.2f  ", edges[b],
					Math.min(1, edges[b + 1]), n, (n == 0) ? 0 : predicted / n, (n == 0) ? 0 : right / (double) n));
		}
		return sb.toString().strip();
	}

	private static String figures(List<Item> items, double[] w) {
		double[] f = measure(items, w);
		return String.format(Locale.ROOT, "hit@1=%.3f hit@5=%.3f mrr=%.3f", f[0], f[1], f[2]);
	}

	private static String describe(Candidate c) {
		double[] f = c.features();
		StringBuilder sb = new StringBuilder(c.id().replaceAll("^[^/]+/", "")).append(' ');
		for (double x : f) {
			sb.append(String.format(Locale.ROOT, "%.2f ", x));
		}
		return sb.toString().strip();
	}

	private static String join(double[] v) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < v.length; i++) {
			sb.append((i == 0) ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", v[i]));
		}
		return sb.toString();
	}

}
