package cn.bjzgh.rights.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;

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
			// Warm-up: one full round each, not measured; the vector first pass is
			// computed meanwhile, and waited for.
			measure(questions, 1, (q) -> search.uncached.search(q, 5, null));
			search.uncached.firstPassReady().get(60, TimeUnit.SECONDS);
			search.searcher.firstPassReady().get(60, TimeUnit.SECONDS);
			measure(questions, 1, (q) -> search.uncached.searchKeyword(q, 5));
			List<SearchStages> stages = new ArrayList<>();
			long[] hybrid = measure(questions, rounds, (q) -> {
				SearchStages s = new SearchStages();
				stages.add(s);
				return search.uncached.search(q, 5, null, s);
			});
			report("hybrid (embedding + BM25 + vectors + fusion), no cache", hybrid);
			reportStage("  stage: query embedding", stages, (s) -> s.embedding);
			reportStage("  stage: query analysis", stages, (s) -> s.analysis);
			reportStage("  stage: BM25 list", stages, (s) -> s.keyword);
			reportStage("  stage: vector lists (first pass + exact cosines)", stages, (s) -> s.vectors);
			reportStage("    of which the first pass", stages, (s) -> s.firstPass);
			reportStage("  stage: features and fusion", stages, (s) -> s.ranking);
			reportStage("  stage: stored fields of the top 5", stages, (s) -> s.storedFields);
			long[] bm25 = measure(questions, rounds, (q) -> search.uncached.searchKeyword(q, 5));
			report("BM25 only", bm25);
			long[] embed = measure(questions, rounds, (q) -> {
				search.model.embed(q);
				return null;
			});
			report("query embedding only", embed);
			// Every query asked once before: its embedding (and, by default, its ranking)
			// is
			// kept.
			measure(questions, 1, (q) -> search.embeddingsOnly.search(q, 5, null));
			List<SearchStages> rerankStages = new ArrayList<>();
			long[] reranked = measure(questions, rounds, (q) -> {
				SearchStages s = new SearchStages();
				rerankStages.add(s);
				return search.embeddingsOnly.search(q, 5, null, s);
			});
			report("hybrid, repeated query, embedding kept, ranked again", reranked);
			// The same vector scan with no model run just before it: what the scan costs
			// when the vectors are still in the caches.
			reportStage("  stage: BM25 list", rerankStages, (s) -> s.keyword);
			reportStage("  stage: vector lists (first pass + exact cosines)", rerankStages, (s) -> s.vectors);
			measure(questions, 1, (q) -> search.searcher.search(q, 5, null));
			long[] cached = measure(questions, rounds, (q) -> search.searcher.search(q, 5, null));
			report("hybrid, repeated query, embedding and ranking kept (default)", cached);
			double single = throughput(questions, 1, search.uncached);
			double parallel = throughput(questions, 8, search.uncached);
			log.info(String.format(Locale.ROOT, "throughput, no cache: 1 thread %.1f q/s, 8 threads %.1f q/s (%.2f×)",
					single, parallel, parallel / single));
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

	/**
	 * Queries a second when {@code threads} threads each run through all questions twice.
	 */
	private static double throughput(List<EvalQuestion> questions, int threads, HybridSearcher searcher)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				for (int r = 0; r < 2; r++) {
					questions.forEach((q) -> searcher.search(q.q(), 5, null));
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.MINUTES);
		return threads * 2.0 * questions.size() / ((System.nanoTime() - start) / 1e9);
	}

	private static void reportStage(String name, List<SearchStages> stages, ToLongFunction<SearchStages> stage) {
		long[] nanos = stages.stream().mapToLong(stage).sorted().toArray();
		report(name, nanos);
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
