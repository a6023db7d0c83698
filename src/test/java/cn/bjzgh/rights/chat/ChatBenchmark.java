package cn.bjzgh.rights.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjzgh.rights.Application;
import cn.bjzgh.rights.LlmStubs;
import cn.bjzgh.rights.SocketClient;
import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.chat.web.AnswerCollector;
import cn.bjzgh.rights.search.KnowledgeIndex;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Chat benchmark against WireMock as a 0 ms LLM: time to first delta over the socket
 * (retrieval and prompt assembly on the server, plus loopback), offline answer time, and
 * 200 concurrent socket conversations of 5 questions each checked for errors and frame
 * order. Not a test; see the README.
 */
public final class ChatBenchmark {

	private static final Logger log = LoggerFactory.getLogger(ChatBenchmark.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private ChatBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> questions = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions.jsonl"),
				StandardCharsets.UTF_8)) {
			questions.add(JSON.readTree(line).path("q").asString());
		}
		int conversations = Integer.getInteger("conversations", 200);
		WireMockServer llm = new WireMockServer(options().dynamicPort().containerThreads(64));
		llm.start();
		llm.stubFor(LlmStubs.streaming().willReturn(LlmStubs.sse("根据手册，", "你可以这样做 [1]。", "\n\n法律依据：见引用。")));
		// Follow-up rewriting (not streamed) answers with a self-contained question.
		llm.stubFor(LlmStubs.plainContaining("最新一句话").willReturn(LlmStubs.completion("公司不跟我签劳动合同怎么办")));
		try (ConfigurableApplicationContext app = start("--rights.chat.llm.base-url=" + llm.baseUrl() + "/v1",
				"--rights.chat.llm.api-key=bench", "--rights.chat.llm.model=bench")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			serverSide(app.getBean(ChatService.class), questions, "llm");
			firstDelta(port, questions);
			concurrent(port, questions, conversations);
		}
		finally {
			llm.stop();
		}
		try (ConfigurableApplicationContext app = start()) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			serverSide(app.getBean(ChatService.class), questions, "offline");
			withHistory(app.getBean(ChatService.class), questions);
			conversationCost(questions);
			offline(port, questions);
		}
	}

	private static ConfigurableApplicationContext start(String... extra) throws InterruptedException {
		// One client address opens hundreds of sockets here, so the per-client limits are
		// lifted.
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--rights.search.index-dir=target/it-index",
				"--rights.web.chat-per-minute=1000000", "--rights.web.socket-questions-per-minute=1000000",
				"--rights.web.max-sockets-per-client=10000", "--rights.web.max-sockets=10000"));
		args.addAll(List.of(extra));
		ConfigurableApplicationContext app = new SpringApplication(Application.class).run(args.toArray(String[]::new));
		var index = app.getBean(KnowledgeIndex.class);
		while (!index.isReady()) {
			Thread.sleep(100);
		}
		return app;
	}

	/**
	 * Server side, without any client or network stack: from {@code ask} to the first
	 * delta the listener receives (retrieval, prompt assembly and, in LLM mode, the round
	 * trip to the 0 ms WireMock model), for answers of the given mode.
	 */
	private static void serverSide(ChatService chat, List<String> questions, String mode) throws Exception {
		List<Long> nanos = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (String q : questions) {
				CompletableFuture<String> done = new CompletableFuture<>();
				long[] first = { 0 };
				long start = System.nanoTime();
				chat.ask(q, null, Audience.WORKER, new ChatListener() {
					@Override
					public void onStart(String sessionId, String answerId) {
					}

					@Override
					public void onDelta(String text) {
						if (first[0] == 0) {
							first[0] = System.nanoTime() - start;
						}
					}

					@Override
					public void onCitations(List<Citation> citations) {
					}

					@Override
					public void onHandoff(Handoff handoff) {
					}

					@Override
					public void onDone(ChatMode m) {
						done.complete(m.key());
					}
				});
				String answeredMode = done.get(30, TimeUnit.SECONDS);
				if (round == 1 && mode.equals(answeredMode)) {
					nanos.add(first[0]);
				}
			}
		}
		report("server side, ask to first delta, " + mode + " (" + nanos.size() + ")", nanos);
	}

	/** Five turns told before the measured question: facts in pieces, a correction. */
	static final List<String> HISTORY = List.of("我在北京一个快递站干分拣", "公司说要裁员，我在名单里", "在这干了3年4个月", "一直没给交社保", "不对，是3年8个月");

	/**
	 * Offline answer time, ask to done, for each question asked fresh and asked as the
	 * sixth turn of a conversation with a five-turn history.
	 */
	private static void withHistory(ChatService chat, List<String> questions) throws Exception {
		List<Long> fresh = new ArrayList<>();
		List<Long> sixth = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (String q : questions) {
				// Each round asks a new text (more question marks), full-width alone and
				// ASCII after the history, so that neither answer comes from the recent
				// queries' embeddings and rankings: both are new questions.
				long a = answerNanos(chat, q + "？".repeat(round + 1), null);
				String session = SessionIds.next();
				for (String h : HISTORY) {
					answerNanos(chat, h, session);
				}
				long b = answerNanos(chat, q + "?".repeat(round + 1), session);
				if (round == 1) {
					fresh.add(a);
					sixth.add(b);
				}
			}
		}
		report("server side, whole offline answer, no history (" + fresh.size() + ")", fresh);
		report("server side, whole offline answer, after a five-turn history (" + sixth.size() + ")", sixth);
	}

	/**
	 * What the conversation adds before retrieval: reading the facts, resolving the
	 * follow-up and planning a calculation, for each question after the five-turn
	 * history.
	 */
	private static void conversationCost(List<String> questions) {
		FactExtractor facts = new FactExtractor();
		FollowUpResolver resolver = new FollowUpResolver();
		ChatCalculations calculations = new ChatCalculations(new CalcIntent(Clock.systemDefaultZone()), null, null);
		CaseFile history = CaseFile.EMPTY;
		for (String h : HISTORY) {
			CaseFile next = history.nextTurn(facts.read(h, history));
			history = next.withResolution(resolver.resolve(h, next, history.anchor()));
		}
		List<Long> nanos = new ArrayList<>();
		for (int round = 0; round < 20; round++) {
			for (String q : questions) {
				long start = System.nanoTime();
				CaseFile next = history.nextTurn(facts.read(q, history));
				Resolution r = resolver.resolve(q, next, history.anchor());
				calculations.plan(next.withResolution(r), r, q);
				if (round >= 10) {
					nanos.add(System.nanoTime() - start);
				}
			}
		}
		report("conversation state and resolution alone (facts, follow-up, calculation plan; " + nanos.size() + ")",
				nanos);
	}

	private static long answerNanos(ChatService chat, String question, String session) throws Exception {
		AnswerCollector collector = new AnswerCollector();
		long start = System.nanoTime();
		chat.ask(question, session, Audience.WORKER, collector);
		collector.future().get(30, TimeUnit.SECONDS);
		return System.nanoTime() - start;
	}

	private static void firstDelta(int port, List<String> questions) throws Exception {
		List<Long> nanos = new ArrayList<>();
		int llmAnswers = 0;
		try (SocketClient socket = new SocketClient(port, JSON)) {
			for (int round = 0; round < 2; round++) {
				for (String q : questions) {
					long start = System.nanoTime();
					socket.ask(q, null);
					long first = 0;
					String mode = null;
					while (mode == null) {
						JsonNode frame = socket.next(Duration.ofSeconds(30));
						String type = frame.path("type").asString();
						if ("delta".equals(type) && first == 0) {
							first = System.nanoTime() - start;
						}
						if ("done".equals(type)) {
							mode = frame.path("mode").asString();
						}
					}
					// Round 0 warms the JIT; only answers the LLM streamed count.
					if (round == 1 && "llm".equals(mode)) {
						nanos.add(first);
						llmAnswers++;
					}
				}
			}
		}
		report("client side over /ws/chat, first delta, llm (" + llmAnswers + ")", nanos);
	}

	private static void offline(int port, List<String> questions) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Long> nanos = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (String q : questions) {
				String body = JSON.createObjectNode().put("message", q).toString();
				long start = System.nanoTime();
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - start;
				if (response.statusCode() != 200) {
					throw new IllegalStateException("offline answer failed: " + response.statusCode());
				}
				if (round == 1) {
					nanos.add(took);
				}
			}
		}
		report("client side over POST /api/chat, whole answer (" + nanos.size() + ")", nanos);
	}

	private static void concurrent(int port, List<String> questions, int conversations) throws Exception {
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger misordered = new AtomicInteger();
		AtomicInteger answers = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(conversations);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < conversations; c++) {
			int offset = c;
			futures.add(pool.submit(() -> {
				try (SocketClient socket = new SocketClient(port, JSON)) {
					String session = null;
					for (int i = 0; i < 5; i++) {
						socket.ask(questions.get((offset * 5 + i) % questions.size()), session);
						List<JsonNode> frames = socket.untilDone(Duration.ofSeconds(60));
						List<String> types = frames.stream().map((f) -> f.path("type").asString()).toList();
						if (types.contains("error")) {
							errors.incrementAndGet();
						}
						if (!wellOrdered(types)) {
							misordered.incrementAndGet();
						}
						String id = frames.get(0).path("sessionId").asString();
						if (session != null && !session.equals(id)) {
							misordered.incrementAndGet();
						}
						session = id;
						answers.incrementAndGet();
					}
				}
				catch (Exception | AssertionError ex) {
					errors.incrementAndGet();
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		log.info("{} concurrent conversations × 5 questions: {} answers, {} errors, {} misordered, {} ms",
				conversations, answers.get(), errors.get(), misordered.get(), (System.nanoTime() - start) / 1_000_000);
	}

	static boolean wellOrdered(List<String> types) {
		if (types.isEmpty() || !"start".equals(types.get(0)) || !"done".equals(types.get(types.size() - 1))) {
			return false;
		}
		int citations = types.indexOf("citations");
		int lastDelta = types.lastIndexOf("delta");
		return citations > 0 && lastDelta > 0 && lastDelta < citations && types.lastIndexOf("citations") == citations;
	}

	private static void report(String name, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		log.info(String.format(Locale.ROOT, "%-56s p50=%.2f ms p95=%.2f ms p99=%.2f ms", name, pct(sorted, 50),
				pct(sorted, 95), pct(sorted, 99)));
	}

	private static double pct(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
