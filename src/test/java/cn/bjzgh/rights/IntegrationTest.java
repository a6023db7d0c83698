package cn.bjzgh.rights;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests: the whole service on a random port over the real
 * {@code knowledge/} folder, on its embedded defaults (no LLM configured, so answers are
 * composed offline from the passages).
 * <p>
 * Every integration test shares this one configuration, so Spring starts one context for
 * all of them: one embedding model, one Jetty, one on-disk index under {@code target/}
 * that is embedded once per build (and not at all when the knowledge has not changed). Do
 * not add properties, {@code @MockitoBean}s or {@code @Import}s to a subclass: each makes
 * another full context. A case that needs other limits belongs in a unit or slice test
 * (see {@code SocketLimitsTest}, {@code LimitsAndOriginsTest}). The one variant is
 * {@link LlmIntegrationTest}, the service with a model configured.
 * <p>
 * The limits are generous so that tests can ask as fast as they like; the admin side is
 * on, with {@link #ADMIN_TOKEN}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rights.search.index-dir=target/it-index", "rights.knowledge.dir=knowledge",
				"rights.web.chat-per-minute=100000", "rights.web.search-per-minute=100000",
				"rights.web.socket-questions-per-minute=100000", "rights.web.max-sockets-per-client=1000",
				"rights.admin.token=" + IntegrationTest.ADMIN_TOKEN,
				"spring.datasource.url=jdbc:h2:mem:it;DB_CLOSE_DELAY=-1" })
public abstract class IntegrationTest {

	/** The bearer token of the admin side. */
	protected static final String ADMIN_TOKEN = "integration-test-admin-token";

	protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected ObjectMapper json;

	@BeforeEach
	void waitUntilReady() {
		Awaitility.await("knowledge index ready")
			.atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> get("/actuator/health/readiness").statusCode() == 200);
	}

	protected URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	protected HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	protected JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
		return this.json.readTree(get(pathAndQuery).body());
	}

}
