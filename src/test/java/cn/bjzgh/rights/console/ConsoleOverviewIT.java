package cn.bjzgh.rights.console;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.bjzgh.rights.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's overview, unanswered groups and feedback review over the real server,
 * with questions and feedback the test sends first.
 */
class ConsoleOverviewIT extends IntegrationTest {

	@Test
	void the_overview_counts_what_was_asked_and_rated() throws Exception {
		// Other tests ask hundreds of questions in the same database: the overview must
		// count this one on top of theirs, whatever their topics.
		long before = admin("GET", "/api/admin/overview?days=7").path("questions").asLong();
		JsonNode answered = ask("试用期最长能约定多久？");
		rate(answered.path("answerId").asString(), "试用期最长能约定多久？", "down");
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode overview = admin("GET", "/api/admin/overview?days=7");
			assertThat(overview.path("questions").asLong()).isGreaterThan(before);
			assertThat(overview.path("perDay").size()).isEqualTo(7);
			assertThat(overview.path("feedback").path("down").asLong()).isPositive();
			assertThat(overview.path("topTopics")).isNotEmpty()
				.allSatisfy((t) -> assertThat(t.path("count").asLong()).isPositive());
		});
		assertThat(send("GET", "/api/admin/overview?days=8", ADMIN_TOKEN).statusCode()).isEqualTo(400);
		assertThat(send("GET", "/api/admin/overview?days=7", "wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void unanswered_wordings_of_one_question_form_one_group_that_can_be_dismissed() throws Exception {
		ask("小区物业费每年涨价合理吗");
		ask("物业费年年涨价合不合理");
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode group = group("小区物业费每年涨价合理吗");
			assertThat(group).isNotNull();
			assertThat(group.path("wordings").toString()).contains("小区物业费每年涨价合理吗", "物业费年年涨价合不合理");
		});
		// Other tests ask questions of their own about property fees in the same
		// database: the group is the one holding these two wordings.
		String id = group("小区物业费每年涨价合理吗").path("id").asString();
		assertThat(send("POST", "/api/admin/unanswered/groups/" + id + "/dismiss", ADMIN_TOKEN).statusCode())
			.isEqualTo(204);
		assertThat(group("小区物业费每年涨价合理吗")).isNull();
	}

	@Test
	void a_thumbs_down_shows_the_answer_it_was_about_and_can_be_marked_handled() throws Exception {
		JsonNode answered = ask("加班费怎么算");
		long id = rate(answered.path("answerId").asString(), "加班费怎么算", "down");
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode row = feedbackRow(id);
			assertThat(row.path("answer").asString()).isNotBlank();
			assertThat(row.path("citations").size()).isPositive();
			assertThat(row.path("handled").asBoolean()).isFalse();
		});
		assertThat(send("POST", "/api/admin/feedback/" + id + "/handled", ADMIN_TOKEN).statusCode()).isEqualTo(204);
		assertThat(feedbackRow(id).path("handled").asBoolean()).isTrue();
		assertThat(send("POST", "/api/admin/feedback/99999999/handled", ADMIN_TOKEN).statusCode()).isEqualTo(404);
	}

	private JsonNode group(String containing) throws Exception {
		for (JsonNode group : admin("GET", "/api/admin/unanswered/groups?days=7")) {
			if (group.path("wordings").toString().contains(containing)) {
				return group;
			}
		}
		return null;
	}

	private JsonNode feedbackRow(long id) throws Exception {
		for (JsonNode row : admin("GET", "/api/admin/feedback?rating=down&limit=50")) {
			if (row.path("id").asLong() == id) {
				return row;
			}
		}
		throw new AssertionError("feedback " + id + " not listed");
	}

	private JsonNode ask(String question) throws Exception {
		return this.json.readTree(post("/api/chat", "{\"message\":\"" + question + "\"}").body());
	}

	private long rate(String answerId, String question, String rating) throws Exception {
		HttpResponse<String> saved = post("/api/feedback", "{\"answerId\":\"" + answerId + "\",\"question\":\""
				+ question + "\",\"rating\":\"" + rating + "\",\"comment\":\"没说清楚\"}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		return this.json.readTree(saved.body()).path("id").asLong();
	}

	private JsonNode admin(String method, String path) throws Exception {
		HttpResponse<String> response = send(method, path, ADMIN_TOKEN);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> send(String method, String path, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
