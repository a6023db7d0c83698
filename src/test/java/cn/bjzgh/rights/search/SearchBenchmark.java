package cn.bjzgh.rights.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search latency (query embedding included), BM25-only latency, and cold indexing time of
 * the whole knowledge base. A plain-Java benchmark, not a test: run it with the command
 * in the README on an otherwise idle machine. Start-up time and heap of the whole service
 * are measured by {@code StartupBenchmark}.
 */
public final class SearchBenchmark {

	private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path knowledge = Path.of("knowledge");
		List<EvalQuestion> questions = EvalQuestion.read(Path.of("src/test/resources/eval/questions.jsonl"));
		Path coldIndex = Files.createTempDirectory("bench-index");
		long start = System.nanoTime();
		try (StandaloneSearch search = new StandaloneSearch(knowledge, coldIndex)) {
			long indexMs = (System.nanoTime() - start) / 1_000_000;
			log.info("cold index build: {} passages from {} files in {} ms (model load included)",
					search.syncReport.chunks(), search.syncReport.filesEmbedded(), indexMs);
			int rounds = Integer.getInteger("rounds", 5);
			// Warm-up: one full round each, not measured.
			measure(questions, 1, (q) -> search.uncached.search(q, 5, null));
			measure(questions, 1, (q) -> search.uncached.searchKeyword(q, 5));
			long[] hybrid = measure(questions, rounds, (q) -> search.uncached.search(q, 5, null));
			report("hybrid (embedding + BM25 + 2×kNN + RRF), no cache", hybrid);
			long[] bm25 = measure(questions, rounds, (q) -> search.uncached.searchKeyword(q, 5));
			report("BM25 only", bm25);
			long[] embed = measure(questions, rounds, (q) -> {
				search.model.embed(q);
				return null;
			});
			report("query embedding only", embed);
			// Every query asked once before: the cached embedding is used.
			measure(questions, 1, (q) -> search.searcher.search(q, 5, null));
			long[] cached = measure(questions, rounds, (q) -> search.searcher.search(q, 5, null));
			report("hybrid, repeated query (embedding cached)", cached);
			log.info(String.format(Locale.ROOT,
					"search-benchmark hybrid_p50_ms=%.2f hybrid_p99_ms=%.2f embed_p50_ms=%.2f bm25_p50_ms=%.2f cached_p50_ms=%.2f",
					pct(hybrid, 50), pct(hybrid, 99), pct(embed, 50), pct(bm25, 50), pct(cached, 50)));
		}
		log.info("heap used at end: {} MB",
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
	}

	private static long[] measure(List<EvalQuestion> questions, int rounds, Function<String, ?> fn) {
		long[] nanos = new long[questions.size() * rounds];
		int i = 0;
		for (int r = 0; r < rounds; r++) {
			for (EvalQuestion q : questions) {
				long t = System.nanoTime();
				fn.apply(q.q());
				nanos[i++] = System.nanoTime() - t;
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void report(String name, long[] sortedNanos) {
		log.info(String.format(Locale.ROOT, "%-42s n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms", name, sortedNanos.length,
				pct(sortedNanos, 50), pct(sortedNanos, 95), pct(sortedNanos, 99)));
	}

	private static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
