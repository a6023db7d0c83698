package cn.bjzgh.rights.search;

import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.bjzgh.rights.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The search API as a worker's client sees it, over the real handbooks. */
class SearchApiIT extends IntegrationTest {

	@Test
	void should_report_health_up_once_the_index_is_ready() throws Exception {
		JsonNode health = getJson("/actuator/health");
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("knowledgeIndex").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void should_answer_the_probation_question_with_probation_passages() throws Exception {
		JsonNode body = getJson("/api/search?q=" + URLEncoder.encode("试用期最长多久", StandardCharsets.UTF_8));
		assertThat(body.path("query").asString()).isEqualTo("试用期最长多久");
		JsonNode hits = body.path("hits");
		assertThat(hits.size()).isEqualTo(5);
		assertThat(hits.get(0).path("text").asString()).contains("试用期");
		assertThat(hits.get(0).path("category").asString()).isEqualTo("probation");
		assertThat(hits.get(0).path("legalBasis").toString()).contains("《劳动合同法》第十九条");
	}

	@Test
	void should_accept_unencoded_utf8_in_the_query_string_like_curl_sends() throws Exception {
		// A raw-bytes request line, as `curl 'localhost:8080/api/search?q=试用期最长多久'` sends
		// it.
		try (var socket = new Socket("localhost", this.port)) {
			String request = "GET /api/search?q=试用期最长多久&k=2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 200").contains("试用期");
		}
	}

	@Test
	void should_reject_blank_queries_with_a_problem() throws Exception {
		HttpResponse<String> response = get("/api/search?q=%20%20");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("invalid_request");
	}

}
