package cn.bjzgh.rights.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.Application;
import cn.bjzgh.rights.search.HybridSearcher;
import cn.bjzgh.rights.search.KnowledgeIndex;
import cn.bjzgh.rights.search.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the conversation, single-question answer and scope sets against the real knowledge
 * base in offline mode and prints the scores of the tuned and held-out parts (misses of
 * the tuned part only). See the README for the command.
 */
public final class ConversationEvalRunner {

	private static final Logger log = LoggerFactory.getLogger(ConversationEvalRunner.class);

	private ConversationEvalRunner() {
	}

	/**
	 * With {@code -Ddump=FILE}: for each tuned turn, the resolved question and the top 10
	 * candidates with the ranking features, for fitting the ranker's weights offline.
	 */
	private static ConversationEvaluation.TurnObserver dumper(ConfigurableApplicationContext context)
			throws IOException {
		String dump = System.getProperty("dump");
		if (dump == null) {
			return (c, t, s) -> {
			};
		}
		CaseFileStore store = context.getBean(CaseFileStore.class);
		HybridSearcher searcher = context.getBean(HybridSearcher.class);
		Writer out = Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		ObjectMapper json = JsonMapper.builder().build();
		return (c, t, s) -> {
			String resolved = store.get(s).resolved();
			List<Map<String, Object>> rows = new ArrayList<>();
			for (SearchHit h : searcher.search(resolved, 10, null).hits()) {
				rows.add(Map.of("id", h.id(), "score", h.score(), "qsim", h.questionSimilarity(), "question",
						String.valueOf(h.question()), "category", String.valueOf(h.category())));
			}
			try {
				out.write(json.writeValueAsString(
						Map.of("id", c.id(), "q", t.q(), "resolved", resolved, "expect", t.expectIds(), "calc",
								String.valueOf(t.calc()), "hits", rows, "topic", String.valueOf(store.get(s).topic())))
						+ "\n");
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	public static void main(String[] args) throws Exception {
		SpringApplication app = new SpringApplication(Application.class);
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--rights.search.index-dir=target/it-index",
				"--spring.datasource.url=jdbc:h2:mem:eval", "--logging.level.root=WARN"));
		// Settings to compare, e.g. --rights.chat.ranking.window=0
		arguments.addAll(List.of(args));
		try (ConfigurableApplicationContext context = app.run(arguments.toArray(String[]::new))) {
			KnowledgeIndex index = context.getBean(KnowledgeIndex.class);
			while (!index.isReady()) {
				Thread.sleep(200);
			}
			ChatService chat = context.getBean(ChatService.class);
			for (String file : List.of("conversations.jsonl", "conversations-blind.jsonl",
					"conversations-introductions.jsonl", "conversations-intro-blind.jsonl",
					"conversations-probes.jsonl", "answers.jsonl", "questions.jsonl", "questions-blind.jsonl",
					"knowledge-2025.jsonl", "union-services.jsonl")) {
				Path path = Path.of("src/test/resources/eval", file);
				if (!Files.exists(path)) {
					continue;
				}
				List<EvalConversation> set = EvalConversation.read(path);
				ConversationEvaluation.Report report = ConversationEvaluation.run(chat, set, dumper(context));
				if (!Boolean.getBoolean("quiet")) {
					report.tunedMisses().forEach((m) -> log.warn("miss: {}", m));
				}
				log.warn("{} tuned:    {}", file, report.tuned().summary());
				log.warn("{} held out: {}", file, report.heldOut().summary());
			}
			for (String file : List.of("scope.jsonl", "scope-blind.jsonl")) {
				ScopeEvaluation.Report scope = ScopeEvaluation.run(chat,
						ScopeEvaluation.read(Path.of("src/test/resources/eval", file)));
				if (!Boolean.getBoolean("quiet")) {
					scope.tunedMisses().forEach((m) -> log.warn("miss: {}", m));
				}
				log.warn("{} tuned:    {}", file, scope.tuned().summary());
				log.warn("{} held out: {}", file, scope.heldOut().summary());
			}
		}
	}

}
