package cn.bjzgh.rights.chat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import cn.bjzgh.rights.LlmStubs;
import cn.bjzgh.rights.Prometheus;
import cn.bjzgh.rights.TestFiles;
import cn.bjzgh.rights.cluster.RedisServer;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Load test, not a unit test (see the README): starts the service as its own process
 * ({@code mvn spring-boot:run}, embedded defaults, LLM pointed at WireMock), WireMock as
 * an LLM streaming at a realistic rate (first token after {@code -DfirstTokenMs}, then
 * {@code -Dtokens} tokens over {@code -DstreamMs}), and {@code -Dconversations}
 * concurrent WebSocket conversations for {@code -Dseconds}: each asks a question, reads
 * the streamed answer, pauses like a person reading ({@code -DthinkMs}, ±50 %), and asks
 * again. Reports answers, errors, time to first delta, the server-side overhead on top of
 * the model's first token, and the server's heap and threads at the end (from its own
 * {@code /actuator/prometheus}).
 * <p>
 * With {@code -Dinstances=2} it starts a throw-away Redis ({@link RedisServer}) and two
 * instances in shared mode ({@code -Dshared=true} puts one instance in shared mode, to
 * tell what Redis costs from what a second JVM on the same cores costs), each with its
 * own copy of the index, and every conversation's questions alternate between them, each
 * instance over a socket of its own. Conversations are then scripted
 * ({@code -Dscripted=true}, also possible with one instance for a like-for-like
 * comparison): three turns — the layoff, the years, the wage and the question — and the
 * model stub echoes the facts of earlier turns it was given, so each follow-up is checked
 * to have been answered in context.
 */
public final class ChatLoadTest {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final Logger LOG = LoggerFactory.getLogger(ChatLoadTest.class);

	private ChatLoadTest() {
	}

	public static void main(String[] args) throws Exception {
		int conversations = Integer.getInteger("conversations", 500);
		int seconds = Integer.getInteger("seconds", 60);
		int firstTokenMs = Integer.getInteger("firstTokenMs", 600);
		int tokens = Integer.getInteger("tokens", 80);
		int streamMs = Integer.getInteger("streamMs", 4000);
		int thinkMs = Integer.getInteger("thinkMs", 30000);
		int rampMs = Integer.getInteger("rampMs", thinkMs);
		int serverPort = Integer.getInteger("serverPort", 18080);
		int llmPort = Integer.getInteger("llmPort", 18089);
		int instances = Integer.getInteger("instances", 1);
		boolean scripted = Boolean.parseBoolean(System.getProperty("scripted", String.valueOf(instances > 1)));
		boolean shared = Boolean.parseBoolean(System.getProperty("shared", String.valueOf(instances > 1)));

		List<String> questions = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions.jsonl"),
				StandardCharsets.UTF_8)) {
			questions.add(JSON.readTree(line).path("q").asString());
		}

		WireMockServer llm = new WireMockServer(options().port(llmPort)
			.containerThreads(conversations + 100)
			.jettyAcceptors(2)
			.asynchronousResponseEnabled(false));
		llm.start();
		String[] answer = new String[tokens];
		for (int i = 0; i < tokens; i++) {
			answer[i] = (i == tokens - 1) ? "[1]。" : "字";
		}
		if (scripted) {
			// The model's answer begins with the facts of earlier turns it was given, so
			// a
			// client can tell whether its follow-up was answered in context.
			answer[0] = "【{{regexExtract request.body '工作时间：[0-9]+年[0-9]+个月'}}";
			answer[1] = "|{{#contains request.body '单位裁员'}}单位裁员{{/contains}}】";
		}
		llm.stubFor(LlmStubs.streaming()
			.willReturn(LlmStubs.sse(answer)
				.withTransformers("response-template")
				.withFixedDelay(firstTokenMs)
				.withChunkedDribbleDelay(tokens, streamMs)));
		llm.stubFor(LlmStubs.plainContaining("最新一句话").willReturn(LlmStubs.completion("公司不跟我签劳动合同怎么办")));

		RedisServer redis = shared ? new RedisServer() : null;
		List<Process> servers = new ArrayList<>();
		List<Integer> ports = new ArrayList<>();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			for (int i = 0; i < instances; i++) {
				// One after the other: the second Maven starts once the first has
				// compiled.
				servers.add(startServer(i, instances, serverPort + i, llmPort, redis));
				ports.add(serverPort + i);
				waitUntilReady(http, serverPort + i);
			}
			int serverPort0 = serverPort;
			log("%d instance(s) ready%s; %d %s conversations for %d s (first token %d ms, %d tokens over %d ms, "
					+ "think %d ms ±50 %%, joining over %d ms)", instances,
					(redis == null) ? "" : " sharing Redis on port " + redis.port, conversations,
					scripted ? "scripted" : "eval-question", seconds, firstTokenMs, tokens, streamMs, thinkMs, rampMs);
			// Warm-up, not counted: 20 conversations asking back to back for 30 s, so the
			// JIT has compiled the hot paths before anything is measured.
			Results warmUp = run(http, ports, questions, scripted, 20, 30, 0, 0);
			log("warm-up (not counted): %d answers, %d errors", warmUp.answers(), warmUp.errorCount());
			// After the warm-up, so that WireMock's own first answers (cold) do not
			// count.
			double modelFirstToken = modelFirstToken(http, llmPort);
			log("the model alone (WireMock, called directly): first content token p50 %.1f ms", modelFirstToken);
			// The server's own percentiles cover a sliding two minutes: read them while
			// the
			// load is still on, just before the end.
			AtomicReference<String> during = new AtomicReference<>("");
			Thread scrape = new Thread(() -> {
				try {
					Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(1, seconds - 2)));
					during.set(http.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + serverPort0 + "/actuator/prometheus"))
						.build(), HttpResponse.BodyHandlers.ofString()).body());
				}
				catch (Exception ex) {
					log("could not read the server's metrics during the run: %s", ex);
				}
			}, "scrape");
			scrape.start();
			Results results = run(http, ports, questions, scripted, conversations, seconds, thinkMs, rampMs);
			scrape.join();
			results.report(modelFirstToken);
			for (int port : ports) {
				String metrics = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body();
				log("instance on %d at the end: heap used %.0f MB (committed %.0f MB), live threads %.0f, open sockets %.0f",
						port, Prometheus.sum(metrics, "jvm_memory_used_bytes\\{area=\"heap\"") / 1e6,
						Prometheus.sum(metrics, "jvm_memory_committed_bytes\\{area=\"heap\"") / 1e6,
						Prometheus.sum(metrics, "jvm_threads_live_threads"), Prometheus.sum(metrics, "rights_ws_open"));
				log("instance on %d: fallbacks to offline %.0f, rate-limit rejections %.0f, Redis fallbacks %.0f, "
						+ "Redis commands p99 %.2f ms (max of uses)", port,
						Prometheus.sum(metrics, "rights_chat_fallbacks_total"),
						Prometheus.sum(metrics, "rights_ratelimit_rejections_total"),
						Prometheus.sum(metrics, "rights_redis_fallbacks_total"),
						Prometheus.max(metrics, "rights_redis_commands_seconds\\{.*quantile=\"0.99\"") * 1000);
			}
			String load = during.get();
			log("server's own overhead timer (question queued -> model called) over the run's last two minutes, "
					+ "first instance, llm: p50 %.1f ms, p99 %.1f ms, max %.1f ms; without a model (whole answer sent): "
					+ "p99 %.1f ms",
					Prometheus.sum(load, "rights_chat_overhead_seconds\\{path=\"llm\",quantile=\"0.5\"") * 1000,
					Prometheus.sum(load, "rights_chat_overhead_seconds\\{path=\"llm\",quantile=\"0.99\"") * 1000,
					Prometheus.sum(load, "rights_chat_overhead_seconds_max\\{path=\"llm\"") * 1000,
					Prometheus.sum(load, "rights_chat_overhead_seconds\\{path=\"direct\",quantile=\"0.99\"") * 1000);
			for (String use : List.of("rate-limit", "messages", "case")) {
				// Any order of the labels.
				String ok = "rights_redis_commands_seconds\\{(?=[^}]*outcome=\"ok\")(?=[^}]*quantile=\"%s\")(?=[^}]*use=\""
						+ use + "\")";
				log("first instance during the run: Redis commands for %s: p50 %.2f ms, p99 %.2f ms, count %.0f", use,
						Prometheus.sum(load, String.format(Locale.ROOT, ok, "0.5")) * 1000,
						Prometheus.sum(load, String.format(Locale.ROOT, ok, "0.99")) * 1000, Prometheus.sum(load,
								"rights_redis_commands_seconds_count\\{outcome=\"ok\",use=\"" + use + "\""));
			}
		}
		finally {
			for (Process server : servers) {
				server.descendants().forEach(ProcessHandle::destroy);
				server.destroy();
				server.waitFor(30, TimeUnit.SECONDS);
			}
			llm.stop();
			if (redis != null) {
				redis.close();
			}
		}
		System.exit(0);
	}

	/**
	 * The service as in production, in its own JVM; only the per-client limits are
	 * raised, because every conversation comes from this one address. With several
	 * instances each has its own index directory (a copy of the tests' index) and all
	 * share {@code redis}.
	 */
	private static Process startServer(int n, int instances, int port, int llmPort, RedisServer redis)
			throws Exception {
		String index = "target/it-index";
		if (instances > 1) {
			index = "target/load-index-" + n;
			TestFiles.copyTree(Path.of("target/it-index"), Path.of(index));
		}
		String arguments = String.join(" ", "--server.port=" + port, "--rights.search.index-dir=" + index,
				"--spring.datasource.url=jdbc:h2:mem:load", "--rights.web.chat-per-minute=1000000",
				"--rights.web.socket-questions-per-minute=1000000", "--rights.web.max-sockets-per-client=100000");
		File logFile = new File("target/load-server" + ((instances > 1) ? "-" + n : "") + ".log");
		ProcessBuilder builder = new ProcessBuilder(mvn(), "-q", "-B", "spring-boot:run",
				"-Dspring-boot.run.arguments=" + arguments)
			.redirectErrorStream(true)
			.redirectOutput(logFile);
		builder.environment().put("LLM_BASE_URL", "http://localhost:" + llmPort + "/v1");
		builder.environment().put("LLM_API_KEY", "load");
		builder.environment().put("LLM_MODEL", "load");
		if (redis != null) {
			builder.environment().put("REDIS_URL", redis.url());
		}
		log("starting the service on port %d (log: %s)", port, logFile);
		return builder.start();
	}

	private static String mvn() {
		String home = System.getProperty("maven.home");
		return (home != null) ? Path.of(home, "bin", "mvn").toString() : "mvn";
	}

	/**
	 * The stub's own time to the first content token, measured by calling it directly, so
	 * the overhead reported is what the service adds on top of the model.
	 */
	private static double modelFirstToken(HttpClient http, int llmPort) throws Exception {
		List<Long> nanos = new ArrayList<>();
		String body = "{\"model\":\"load\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"试用期\"}]}";
		for (int i = 0; i < 20; i++) {
			long start = System.nanoTime();
			HttpResponse<Stream<String>> response = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + llmPort + LlmStubs.PATH))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofLines());
			try (Stream<String> lines = response.body()) {
				// The first chunk with content (the role chunk's content is empty).
				lines.filter((line) -> line.contains("\"content\":\"") && !line.contains("\"content\":\"\""))
					.findFirst();
			}
			if (i >= 5) {
				nanos.add(System.nanoTime() - start);
			}
		}
		return pct(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), 50);
	}

	private static void waitUntilReady(HttpClient http, int port) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < deadline) {
			try {
				if (http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("the service did not become ready; see target/load-server.log");
	}

	private static Results run(HttpClient http, List<Integer> ports, List<String> questions, boolean scripted,
			int conversations, int seconds, int thinkMs, int rampMs) throws InterruptedException {
		Results results = new Results();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < conversations; c++) {
			int id = c;
			long joinMs = (long) rampMs * id / conversations;
			Thread thread = new Thread(
					() -> converse(http, ports, questions, scripted, id, joinMs, end, thinkMs, results),
					"conversation-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return results;
	}

	/**
	 * One turn of a scripted conversation of three: the layoff, the years (which must
	 * reach the model with the layoff told before), the wage and the question (with the
	 * years and the layoff).
	 */
	record Turn(String message, List<String> expected) {

		static Turn of(int id, int asked) {
			int round = asked / 3;
			int years = 1 + (id + round) % 9;
			int months = 1 + (id * 7 + round) % 11;
			return switch (asked % 3) {
				case 0 -> new Turn("我在北京一家快递站干分拣，公司说要裁员，我被裁了", List.of());
				case 1 -> new Turn("在这干了" + years + "年" + months + "个月", List.of("单位裁员"));
				default -> new Turn("月薪8000，能拿多少补偿？", List.of("工作时间：" + years + "年" + months + "个月", "单位裁员"));
			};
		}

	}

	/** A socket to one instance and the frames it receives. */
	record Socket(WebSocket socket, BlockingQueue<JsonNode> frames) {

		static Socket open(HttpClient http, int port) throws Exception {
			BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
			StringBuilder partial = new StringBuilder();
			WebSocket socket = http.newWebSocketBuilder()
				.buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new WebSocket.Listener() {
					@Override
					public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
						partial.append(data);
						if (last) {
							frames.add(JSON.readTree(partial.toString()));
							partial.setLength(0);
						}
						ws.request(1);
						return null;
					}
				})
				.get(30, TimeUnit.SECONDS);
			return new Socket(socket, frames);
		}

	}

	/**
	 * A conversation: its questions alternate between the instances (with one instance,
	 * all go to it), each over a socket of its own to that instance, with the same
	 * session id, as a worker whose connection lands on another instance would.
	 */
	private static void converse(HttpClient http, List<Integer> ports, List<String> questions, boolean scripted, int id,
			long joinMs, long end, int thinkMs, Results results) {
		Map<Integer, Socket> sockets = new ConcurrentHashMap<>();
		try {
			// Conversations join spread over one think time, as people arrive, so the
			// first questions come at the same rate as the later ones.
			Thread.sleep(joinMs);
			String session = null;
			int asked = 0;
			while (System.nanoTime() < end) {
				int port = ports.get((id + asked) % ports.size());
				Socket socket = sockets.get(port);
				if (socket == null) {
					socket = Socket.open(http, port);
					sockets.put(port, socket);
				}
				Turn turn = scripted ? Turn.of(id, asked)
						: new Turn(questions.get((id * 7 + asked) % questions.size()), List.of());
				if (scripted && asked % 3 == 0) {
					session = null;
				}
				asked++;
				var ask = JSON.createObjectNode().put("type", "ask").put("message", turn.message());
				if (session != null) {
					ask.put("sessionId", session);
				}
				long start = System.nanoTime();
				socket.socket().sendText(ask.toString(), true).get(10, TimeUnit.SECONDS);
				long first = 0;
				String mode = null;
				StringBuilder text = new StringBuilder();
				while (mode == null) {
					JsonNode frame = socket.frames().poll(90, TimeUnit.SECONDS);
					if (frame == null) {
						throw new IllegalStateException("no frame within 90 s");
					}
					String type = frame.path("type").asString();
					if ("error".equals(type)) {
						results.error("error frame " + frame.path("code").asString());
						mode = "error";
					}
					else if ("start".equals(type)) {
						session = frame.path("sessionId").asString();
					}
					else if ("delta".equals(type)) {
						if (first == 0) {
							first = System.nanoTime() - start;
						}
						text.append(frame.path("text").asString());
					}
					else if ("done".equals(type)) {
						mode = frame.path("mode").asString();
					}
				}
				if (!"error".equals(mode)) {
					results.answered(mode, first);
					if (!turn.expected().isEmpty()) {
						results.followUp(mode, turn, text.toString());
					}
				}
				if (thinkMs > 0) {
					Thread.sleep(thinkMs / 2 + ThreadLocalRandom.current().nextInt(thinkMs));
				}
			}
			results.completed.incrementAndGet();
		}
		catch (Exception ex) {
			results.error(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			sockets.values().forEach((s) -> s.socket().sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
		}
	}

	/** What the conversations saw. */
	static final class Results {

		final AtomicInteger completed = new AtomicInteger();

		final Map<String, List<Long>> firstDeltaByMode = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

		final AtomicInteger followUps = new AtomicInteger();

		final AtomicInteger inContext = new AtomicInteger();

		final Map<String, AtomicInteger> followUpModes = new ConcurrentHashMap<>();

		final List<String> outOfContext = Collections.synchronizedList(new ArrayList<>());

		/**
		 * A scripted follow-up: in context when the answer shows every fact told before.
		 */
		void followUp(String mode, Turn turn, String answer) {
			this.followUps.incrementAndGet();
			this.followUpModes.computeIfAbsent(mode, (m) -> new AtomicInteger()).incrementAndGet();
			if (turn.expected().stream().allMatch(answer::contains)) {
				this.inContext.incrementAndGet();
			}
			else if (this.outOfContext.size() < 5) {
				this.outOfContext.add(turn.message() + " -> " + answer.substring(0, Math.min(60, answer.length())));
			}
		}

		void answered(String mode, long firstDeltaNanos) {
			this.firstDeltaByMode.computeIfAbsent(mode, (m) -> Collections.synchronizedList(new ArrayList<>()))
				.add(firstDeltaNanos);
		}

		void error(String what) {
			this.errors.computeIfAbsent(what, (w) -> new AtomicInteger()).incrementAndGet();
		}

		int answers() {
			return this.firstDeltaByMode.values().stream().mapToInt(List::size).sum();
		}

		int errorCount() {
			return this.errors.values().stream().mapToInt(AtomicInteger::get).sum();
		}

		void report(double modelFirstTokenMs) {
			log("conversations completed: %d; answers: %d; errors: %d %s", this.completed.get(), answers(),
					errorCount(), this.errors);
			if (this.followUps.get() > 0) {
				log("scripted follow-ups answered in context (the model was given every fact told before, on "
						+ "whichever instance): %d of %d, by mode %s; first misses: %s", this.inContext.get(),
						this.followUps.get(), this.followUpModes, this.outOfContext);
			}
			this.firstDeltaByMode.forEach((mode, nanos) -> {
				long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
				log("%-8s answers %5d: first delta p50 %.1f ms, p99 %.1f ms, max %.1f ms", mode, sorted.length,
						pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
				if ("llm".equals(mode)) {
					log("llm      server-side overhead to first delta (minus the model's %.1f ms): p50 %.1f ms, p99 %.1f ms",
							modelFirstTokenMs, pct(sorted, 50) - modelFirstTokenMs,
							pct(sorted, 99) - modelFirstTokenMs);
					// Answers are recorded in the order they finished: is the tail early
					// (arrivals, JIT) or spread over the run?
					List<Long> inOrder;
					synchronized (nanos) {
						inOrder = new ArrayList<>(nanos);
					}
					int half = inOrder.size() / 2;
					long[] early = inOrder.subList(0, half).stream().mapToLong(Long::longValue).sorted().toArray();
					long[] late = inOrder.subList(half, inOrder.size())
						.stream()
						.mapToLong(Long::longValue)
						.sorted()
						.toArray();
					log("llm      overhead p99, first half of the answers %.1f ms, second half %.1f ms",
							pct(early, 99) - modelFirstTokenMs, pct(late, 99) - modelFirstTokenMs);
				}
			});
		}

	}

	private static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static void log(String format, Object... args) {
		LOG.info(String.format(Locale.ROOT, format, args));
	}

}
