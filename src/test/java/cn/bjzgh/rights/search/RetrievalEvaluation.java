package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs an evaluation set against the searcher and computes hit@1, hit@5, MRR and latency.
 */
final class RetrievalEvaluation {

	static final int K = 5;

	private RetrievalEvaluation() {
	}

	record Report(int questions, double hitAt1, double hitAt5, double mrr, long p50Ms, long p95Ms,
			List<String> misses) {

		String summary() {
			return String.format(Locale.ROOT, "questions=%d hit@1=%.3f hit@5=%.3f mrr=%.3f p50_ms=%d p95_ms=%d",
					this.questions, this.hitAt1, this.hitAt5, this.mrr, this.p50Ms, this.p95Ms);
		}

	}

	static Report run(HybridSearcher searcher, List<EvalQuestion> questions) {
		int hit1 = 0;
		int hit5 = 0;
		double reciprocal = 0;
		long[] took = new long[questions.size()];
		List<String> misses = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			EvalQuestion q = questions.get(i);
			long start = System.nanoTime();
			List<SearchHit> hits = searcher.search(q.q(), K, null).hits();
			took[i] = (System.nanoTime() - start) / 1_000_000;
			int rank = q.rankIn(hits);
			if (rank == 1) {
				hit1++;
			}
			if (rank >= 1) {
				hit5++;
				reciprocal += 1.0 / rank;
			}
			else {
				misses.add(q.id() + " " + q.q() + " -> " + hits.stream().map(SearchHit::id).limit(3).toList());
			}
		}
		int n = Math.max(1, questions.size());
		Arrays.sort(took);
		return new Report(questions.size(), (double) hit1 / n, (double) hit5 / n, reciprocal / n, percentile(took, 50),
				percentile(took, 95), misses);
	}

	static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
