package cn.bjzgh.rights;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.bjzgh.rights.cluster.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the whole service (two Spring contexts, each with its own Jetty,
 * embedding model and Lucene directory) sharing one real Redis and one database, as
 * behind a load balancer: a conversation continues on the other instance, the rate limit
 * holds for both together, a re-index reaches the other, answers keep coming while Redis
 * is down and the conversation is shared again when it is back, and a conversation is
 * forgotten after its time-to-live.
 * <p>
 * These two contexts are started here and closed after this class, not cached by the
 * Spring test framework. Each client of a test has an address of its own (through
 * {@code X-Forwarded-For}), so the low rate limit of one test does not touch another.
 */
class TwoInstancesIT {

	private static final String TOKEN = "two-instances-admin-token";

	/** Low, so that a test can go over it: questions per client per minute. */
	private static final int CHAT_PER_MINUTE = 5;

	private static final Duration TTL = Duration.ofSeconds(20);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	static Path dir;

	private static RedisServer redis;

	private static Path knowledge;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void start() throws Exception {
		redis = new RedisServer();
		knowledge = dir.resolve("knowledge");
		TestFiles.copyTree(Path.of("knowledge"), knowledge);
		Path indexA = dir.resolve("index-a");
		Path built = Path.of("target/it-index");
		if (Files.isDirectory(built)) {
			// The other integration tests' index of the same knowledge: no embedding
			// here.
			TestFiles.copyTree(built, indexA);
		}
		a = instance("A", indexA);
		awaitReady(a);
		Path indexB = dir.resolve("index-b");
		TestFiles.copyTree(indexA, indexB);
		b = instance("B", indexB);
		awaitReady(b);
	}

	@AfterAll
	static void stop() throws Exception {
		for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] { a, b }) {
			if (c != null) {
				c.close();
			}
		}
		if (redis != null) {
			redis.close();
		}
	}

	@BeforeEach
	void bothShared() throws Exception {
		redis.start();
		await("both instances in shared mode").atMost(Duration.ofSeconds(30))
			.until(() -> "UP".equals(redisHealth(a)) && "UP".equals(redisHealth(b)));
	}

	@Test
	void should_continue_a_conversation_on_the_other_instance_with_its_facts() throws Exception {
		JsonNode first = chat(a, "10.1.0.1", "被裁员了，在北京干了3年4个月", null);
		String session = first.path("sessionId").asString();
		JsonNode second = chat(b, "10.1.0.1", "月薪8000，能拿多少补偿？", session);
		assertThat(second.path("sessionId").asString()).isEqualTo(session);
		assertThat(second.path("answer").asString()).contains("按你前面说的").contains("28000");
		assertThat(second.path("calculation").path("result").asDouble()).isEqualTo(28000.0);
	}

	@Test
	void should_refuse_a_client_over_the_limit_on_both_instances_together() throws Exception {
		for (int i = 0; i < CHAT_PER_MINUTE; i++) {
			assertThat(ask(((i % 2) == 0) ? a : b, "10.2.0.1", "试用期最长多久", null).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = ask(b, "10.2.0.1", "试用期最长多久", null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("提问太频繁了");
		assertThat(ask(a, "10.2.0.1", "试用期最长多久", null).statusCode()).isEqualTo(429);
		// Another client is not affected.
		assertThat(ask(a, "10.2.0.2", "试用期最长多久", null).statusCode()).isEqualTo(200);
	}

	@Test
	void should_apply_a_reindex_requested_on_one_instance_on_the_other() throws Exception {
		String versionBefore = instances(a).get(0).path("indexVersion").asString();
		Files.writeString(knowledge.resolve("rights-handbook/zz-two-instances.md"), """
				---
				title: 测试用条目
				source: 职工维权手册
				category: hours
				region: 全国
				effective: 2008-01-01
				updated: 2026-11-30
				---

				# 测试用条目

				## 问：灯塔车间的夜班轮换表多久公布一次？

				灯塔车间的夜班轮换表每周一公布（只用于两个实例的测试）。

				法律依据：《劳动法》第三十六条
				""", StandardCharsets.UTF_8);
		HttpResponse<String> started = admin(a, "POST", "/api/admin/reindex");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		await("the other instance re-indexed").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> topQuestion(b, "灯塔车间夜班轮换表多久公布").contains("灯塔车间"));
		await("both report the same new version").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode list = instances(a);
			assertThat(list).hasSize(2);
			assertThat(list.get(0).path("indexVersion").asString()).isNotEqualTo(versionBefore)
				.isEqualTo(list.get(1).path("indexVersion").asString());
			assertThat(list.get(0).path("self").asBoolean()).isTrue();
			assertThat(list.get(1).path("id").asString()).isEqualTo("B");
		});
	}

	@Test
	void should_keep_answering_while_redis_is_down_and_share_again_when_it_is_back() throws Exception {
		JsonNode first = chat(a, "10.3.0.1", "公司要裁员，我被裁了", null);
		String session = first.path("sessionId").asString();
		double fallbacksBefore = metric(a, "rights_redis_fallbacks_total");
		redis.stop();
		try {
			JsonNode during = chat(a, "10.3.0.1", "在这干了3年4个月", session);
			assertThat(during.path("answer").asString()).isNotBlank();
			assertThat(metric(a, "rights_redis_fallbacks_total")).isGreaterThan(fallbacksBefore);
			assertThat(redisHealth(a)).isEqualTo("FALLBACK");
			assertThat(get(a, "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get(a, "/actuator/health").statusCode()).isEqualTo(200);
		}
		finally {
			redis.start();
		}
		await("shared mode returns by itself").atMost(Duration.ofSeconds(30))
			.until(() -> "UP".equals(redisHealth(a)) && "UP".equals(redisHealth(b)));
		// The turn answered during the outage was copied to Redis: B knows the years.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> redis.with((c) -> c.exists("rights:conv:" + session + ":case")) == 1);
		JsonNode after = chat(b, "10.3.0.1", "月薪8000，能拿多少补偿？", session);
		assertThat(after.path("answer").asString()).contains("28000");
	}

	@Test
	void should_forget_a_conversation_after_its_time_to_live() throws Exception {
		JsonNode first = chat(a, "10.4.0.1", "被裁员了，在北京干了3年4个月", null);
		String session = first.path("sessionId").asString();
		long ttl = redis.with((c) -> c.pttl("rights:conv:" + session + ":case"));
		assertThat(ttl).isPositive().isLessThanOrEqualTo(TTL.toMillis());
		await("expired").atMost(TTL.plusSeconds(15))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> redis.with(
					(c) -> c.exists("rights:conv:" + session + ":case", "rights:conv:" + session + ":messages")) == 0);
		// Neither instance brings it back from its own memory: the years must be asked
		// again.
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
			JsonNode later = chat(instance, "10.4.0.1", "月薪8000，能拿多少补偿？", session);
			assertThat(later.path("answer").asString()).doesNotContain("28000").doesNotContain("按你前面说的");
		}
	}

	private static ConfigurableApplicationContext instance(String id, Path index) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("server.port", "0");
		p.put("rights.redis.url", redis.url());
		p.put("rights.redis.instance-id", id);
		p.put("rights.redis.conversation-ttl", TTL.toSeconds() + "s");
		p.put("rights.redis.heartbeat", "1s");
		p.put("rights.redis.retry-after", "500ms");
		// Redis is killed, not slowed, in these tests (SharedStoresIT covers a slow one):
		// a generous timeout keeps a busy build machine from sending a turn to memory.
		p.put("rights.redis.command-timeout", "1s");
		p.put("rights.search.index-dir", index.toString());
		p.put("rights.knowledge.dir", knowledge.toString());
		p.put("rights.web.trusted-proxy-header", "X-Forwarded-For");
		p.put("rights.web.chat-per-minute", String.valueOf(CHAT_PER_MINUTE));
		p.put("rights.web.search-per-minute", "100000");
		p.put("rights.admin.token", TOKEN);
		// One database for both, as in production.
		p.put("spring.datasource.url", "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1");
		// As command-line arguments, which come before application.yml.
		return new SpringApplicationBuilder(Application.class)
			.run(p.entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	private static void awaitReady(ConfigurableApplicationContext instance) {
		await("instance ready").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> get(instance, "/actuator/health/readiness").statusCode() == 200);
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> admin(ConfigurableApplicationContext instance, String method, String path)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(instance, path))
			.header("Authorization", "Bearer " + TOKEN)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static JsonNode instances(ConfigurableApplicationContext instance) throws Exception {
		HttpResponse<String> response = admin(instance, "GET", "/api/admin/instances");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static HttpResponse<String> ask(ConfigurableApplicationContext instance, String client, String message,
			String session) throws IOException, InterruptedException {
		var body = JSON.createObjectNode().put("message", message);
		if (session != null) {
			body.put("sessionId", session);
		}
		return HTTP.send(HttpRequest.newBuilder(uri(instance, "/api/chat"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", client)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static JsonNode chat(ConfigurableApplicationContext instance, String client, String message, String session)
			throws IOException, InterruptedException {
		HttpResponse<String> response = ask(instance, client, message, session);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static String topQuestion(ConfigurableApplicationContext instance, String query) throws Exception {
		HttpResponse<String> response = get(instance,
				"/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		return JSON.readTree(response.body()).path("hits").path(0).path("question").asString();
	}

	private static String redisHealth(ConfigurableApplicationContext instance) throws Exception {
		return JSON.readTree(get(instance, "/actuator/health").body())
			.path("components")
			.path("redis")
			.path("status")
			.asString();
	}

	/** The sum of a Prometheus metric's samples on an instance. */
	private static double metric(ConfigurableApplicationContext instance, String name) throws Exception {
		return Prometheus.sum(get(instance, "/actuator/prometheus").body(), name + "(?:\\{[^}]*\\})?(?= )");
	}

}
