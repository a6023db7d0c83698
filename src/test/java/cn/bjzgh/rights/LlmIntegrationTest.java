package cn.bjzgh.rights;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the integration tests in LLM mode: the {@link IntegrationTest} service with a
 * model configured, WireMock ({@link LlmStubs}) standing in for it. Each test starts with
 * no stubs (an unstubbed call gets 404, a failure) and a closed circuit.
 * <p>
 * This is the second, and last, Spring context of the build. It cannot be merged with the
 * first: with a model configured the service routes questions differently (a calculation
 * goes to the model instead of straight to the offline calculation, see {@code Router}),
 * so the embedded default that the offline tests and the quality floors measure only
 * exists without one. Deadlines are short and the circuit opens after four failures, so
 * that the tests of both stay quick; the limits are {@link IntegrationTest}'s.
 */
@TestPropertySource(properties = { "rights.chat.llm.api-key=test-key", "rights.chat.llm.model=test-model",
		"rights.chat.llm.connect-timeout=1s", "rights.chat.llm.first-token-timeout=2s",
		"rights.chat.llm.answer-timeout=5s", "rights.chat.llm.breaker.window=4",
		"rights.chat.llm.breaker.minimum-calls=4", "rights.chat.llm.breaker.open-for=2s",
		// Its own database, so questions asked here never show in the other context's
		// admin statistics.
		"spring.datasource.url=jdbc:h2:mem:llm;DB_CLOSE_DELAY=-1" })
public abstract class LlmIntegrationTest extends IntegrationTest {

	/** The model: stub its replies per test. */
	protected static final WireMockServer llm = LlmStubs.server();

	private static boolean warm;

	@Autowired
	protected CircuitBreaker breaker;

	@DynamicPropertySource
	static void llmUrl(DynamicPropertyRegistry registry) {
		registry.add("rights.chat.llm.base-url", LlmStubs::baseUrl);
	}

	@BeforeEach
	void noStubsAndAClosedCircuit() throws Exception {
		if (!warm) {
			warmUp();
			warm = true;
		}
		llm.resetAll();
		this.breaker.reset();
	}

	/**
	 * The first model call of a JVM loads the OpenAI client and may miss the first-token
	 * deadline; made once here, before any test, so that no test's outcome depends on
	 * which test class happens to run first.
	 */
	private void warmUp() {
		llm.stubFor(LlmStubs.streaming().willReturn(LlmStubs.sse("可以要求二倍工资 [1]。")));
		Awaitility.await("a first answer from the model")
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.json
				.readTree(this.http.send(HttpRequest.newBuilder(uri("/api/chat"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"在饭店干了俩月了老板一直不给签合用，能多要钱不\"}"))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body())
				.path("mode")
				.asString()
				.equals("llm"));
	}

}
