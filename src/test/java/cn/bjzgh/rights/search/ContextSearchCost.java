package cn.bjzgh.rights.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What searching a message with its conversation behind it costs beyond searching it
 * alone, stage by stage, with every embedding already kept (as an earlier message's is,
 * from its own turn) and no ranking kept: the 191 questions of the evaluation set, each
 * alone and after {@code -Dearlier=N} (1–5) earlier messages. Not a test; see the README.
 */
public final class ContextSearchCost {

	private static final Logger log = LoggerFactory.getLogger(ContextSearchCost.class);

	/** Five earlier messages, most recent first: facts in pieces and a correction. */
	static final List<String> EARLIER = List.of("不对，是3年8个月", "一直没给交社保", "在这干了3年4个月", "公司说要裁员，我在名单里", "我在北京一个快递站干分拣");

	private ContextSearchCost() {
	}

	public static void main(String[] args) throws Exception {
		List<String> questions = new ArrayList<>();
		var json = JsonMapper.builder().build();
		for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions.jsonl"))) {
			questions.add(json.readTree(line).path("q").asString());
		}
		List<String> earlier = EARLIER.subList(0, Integer.getInteger("earlier", 5));
		try (StandaloneSearch s = new StandaloneSearch(Path.of("knowledge"), Path.of("target/it-index"))) {
			HybridSearcher searcher = s.embeddingsOnly;
			searcher.firstPassReady().get();
			for (int round = 0; round < 3; round++) {
				SearchStages alone = new SearchStages();
				SearchStages inContext = new SearchStages();
				long aloneNanos = 0;
				long contextNanos = 0;
				for (String q : questions) {
					// Embeds the question (and, in the first round, the earlier
					// messages).
					searcher.search(q, earlier, 5, null, new SearchStages());
					long t = System.nanoTime();
					searcher.search(q, List.of(), 5, null, alone);
					aloneNanos += System.nanoTime() - t;
					t = System.nanoTime();
					searcher.search(q, earlier, 5, null, inContext);
					contextNanos += System.nanoTime() - t;
				}
				if (round > 0) {
					log.info(String.format(Locale.ROOT, "round %d, %d earlier messages: alone %s | in context %s",
							round, earlier.size(), describe(aloneNanos, alone, questions.size()),
							describe(contextNanos, inContext, questions.size())));
				}
			}
		}
	}

	private static String describe(long nanos, SearchStages stages, int n) {
		return String.format(Locale.ROOT, "%.2f ms a query (analysis %.2f, keyword %.2f, vectors %.2f, ranking %.2f)",
				nanos / 1e6 / n, stages.analysis / 1e6 / n, stages.keyword / 1e6 / n, stages.vectors / 1e6 / n,
				stages.ranking / 1e6 / n);
	}

}
