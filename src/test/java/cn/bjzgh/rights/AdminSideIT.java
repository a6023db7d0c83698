package cn.bjzgh.rights;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin side over the real server: the bearer token guards every endpoint, questions
 * the handbooks do not answer show up masked, and re-indexing runs in the background.
 */
class AdminSideIT extends IntegrationTest {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/admin/feedback, 200", "GET, /api/admin/stats, 200",
			"GET, /api/admin/questions/unanswered, 200", "GET, /api/admin/reindex, 200",
			"GET, /api/admin/instances, 200" })
	void should_answer_only_the_right_bearer_token(String method, String path, int ok) throws Exception {
		HttpResponse<String> none = send(method, path, null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(send(method, path, "wrong-token").statusCode()).isEqualTo(401);
		assertThat(send(method, path, ADMIN_TOKEN + "x").statusCode()).isEqualTo(401);
		assertThat(send(method, path, ADMIN_TOKEN).statusCode()).isEqualTo(ok);
	}

	@Test
	void should_list_questions_nothing_answered_masked_and_count_them() throws Exception {
		HttpResponse<String> asked = this.http.send(HttpRequest.newBuilder(uri("/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"单位食堂的饭太难吃了，我电话13912345678\"}"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(asked.body()).path("handoff").path("reason").asString())
			.isEqualTo("low-confidence");

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode unanswered = this.json
				.readTree(send("GET", "/api/admin/questions/unanswered?days=1", ADMIN_TOKEN).body());
			assertThat(unanswered.toString()).contains("单位食堂的饭太难吃了，我电话139****5678").doesNotContain("13912345678");
		});
		JsonNode stats = this.json.readTree(send("GET", "/api/admin/stats?days=7", ADMIN_TOKEN).body());
		assertThat(stats.path("questions").asLong()).isPositive();
		assertThat(stats.path("byOutcome").path("not_found").asLong()).isPositive();
		assertThat(stats.path("byDay").size()).isPositive();
	}

	@Test
	void should_reindex_in_the_background_and_report_how_it_went() throws Exception {
		HttpResponse<String> started = send("POST", "/api/admin/reindex", ADMIN_TOKEN);
		assertThat(started.statusCode()).isIn(202, 409);
		Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			JsonNode status = this.json.readTree(send("GET", "/api/admin/reindex", ADMIN_TOKEN).body());
			assertThat(status.path("state").asString()).isEqualTo("SUCCEEDED");
			assertThat(status.path("report").path("chunks").asInt()).isGreaterThan(1000);
			assertThat(status.path("problems").size()).isZero();
		});
		assertThat(getJson("/api/search?q=%E8%AF%95%E7%94%A8%E6%9C%9F").path("hits").size()).isPositive();
	}

	@Test
	void should_list_this_instance_alone_with_its_index_version_without_redis() throws Exception {
		JsonNode instances = this.json.readTree(send("GET", "/api/admin/instances", ADMIN_TOKEN).body());
		assertThat(instances.size()).isEqualTo(1);
		assertThat(instances.get(0).path("self").asBoolean()).isTrue();
		assertThat(instances.get(0).path("shared").asBoolean()).isFalse();
		assertThat(instances.get(0).path("indexVersion").asString()).matches("[0-9a-f]{12}");
		// The embedded default has no Redis at all: no health component, nothing to wait
		// on.
		assertThat(getJson("/actuator/health").path("components").has("redis")).isFalse();
	}

	HttpResponse<String> send(String method, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
