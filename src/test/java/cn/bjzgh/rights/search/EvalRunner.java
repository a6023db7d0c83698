package cn.bjzgh.rights.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs any JSONL evaluation file against the real knowledge base and prints
 * {@code hit@5=… p50_ms=…}. See the README for the command.
 */
public final class EvalRunner {

	private static final Logger log = LoggerFactory.getLogger(EvalRunner.class);

	private EvalRunner() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of((args.length > 0) ? args[0] : "src/test/resources/eval/questions.jsonl");
		Path knowledge = Path.of(System.getProperty("knowledge.dir", "knowledge"));
		Path index = Path.of(System.getProperty("index.dir", "target/it-index"));
		List<EvalQuestion> questions = EvalQuestion.read(file);
		try (StandaloneSearch search = new StandaloneSearch(knowledge, index)) {
			// Warm-up so the first questions do not pay for JIT compilation.
			questions.stream().limit(20).forEach((q) -> search.searcher.search(q.q(), 5, null));
			RetrievalEvaluation.Report report = RetrievalEvaluation.run(search.searcher, questions);
			RetrievalEvaluation.Report tuned = RetrievalEvaluation.run(search.searcher,
					questions.stream().filter((q) -> !q.heldOut()).toList());
			RetrievalEvaluation.Report heldOut = RetrievalEvaluation.run(search.searcher,
					questions.stream().filter(EvalQuestion::heldOut).toList());
			// The held-out misses are never printed.
			tuned.misses().forEach((m) -> log.info("miss (tuned): {}", m));
			log.info("all:      {}", report.summary());
			log.info("tuned:    {}", tuned.summary());
			log.info("held out: {}", heldOut.summary());
			log.info("hit@5={} p50_ms={}", String.format(Locale.ROOT, "%.3f", report.hitAt5()), report.p50Ms());
		}
	}

}
