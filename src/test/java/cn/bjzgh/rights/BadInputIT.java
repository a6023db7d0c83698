package cn.bjzgh.rights;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and careless input on every endpoint, over the real server: each request gets
 * the 4xx it deserves with a bilingual problem body (never a 5xx), each bad socket frame
 * an error frame, and the service keeps answering a normal question afterwards.
 */
class BadInputIT extends IntegrationTest {

	static final String JSON = "application/json";

	/** About 100 kB of UTF-8 (three bytes a character). */
	static final String HUNDRED_KB = "工".repeat(34_000);

	record Case(String name, String method, String path, String contentType, byte[] body, String token, int status) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Case post(String name, String path, String body, int status) {
		return new Case(name, "POST", path, JSON, body.getBytes(StandardCharsets.UTF_8), null, status);
	}

	static Case get(String name, String path, int status) {
		return new Case(name, "GET", path, null, null, null, status);
	}

	static Case admin(String name, String method, String path, int status) {
		return new Case(name, method, path, null, (method.equals("POST") ? new byte[0] : null), ADMIN_TOKEN, status);
	}

	static Stream<Arguments> cases() {
		byte[] invalidUtf8 = { '{', '"', 'm', 'e', 's', 's', 'a', 'g', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
				(byte) 0xFF, '"', '}' };
		List<Case> cases = new ArrayList<>(List.of(
				// POST /api/chat
				post("chat: empty body", "/api/chat", "", 400),
				post("chat: whitespace body", "/api/chat", " \n\t ", 400),
				post("chat: blank message", "/api/chat", "{\"message\":\"   \"}", 400),
				post("chat: no message", "/api/chat", "{}", 400),
				post("chat: 100 kB body", "/api/chat", "{\"message\":\"" + HUNDRED_KB + "\"}", 413),
				post("chat: invalid JSON", "/api/chat", "{\"message\":", 400),
				post("chat: JSON array", "/api/chat", "[\"试用期\"]", 400),
				post("chat: message a number", "/api/chat", "{\"message\":12}", 400),
				post("chat: message a boolean", "/api/chat", "{\"message\":true}", 400),
				post("chat: message an array", "/api/chat", "{\"message\":[\"试用期\"]}", 400),
				post("chat: message an object", "/api/chat", "{\"message\":{\"q\":\"试用期\"}}", 400),
				post("chat: control characters", "/api/chat", "{\"message\":\"试用期\\u0000\\u001b[31m多久\"}", 400),
				new Case("chat: invalid UTF-8", "POST", "/api/chat", JSON, invalidUtf8, null, 400),
				post("chat: unknown audience", "/api/chat", "{\"message\":\"试用期多久\",\"audience\":\"boss\"}", 400),
				post("chat: audience a number", "/api/chat", "{\"message\":\"试用期多久\",\"audience\":1}", 400),
				post("chat: forged session id (path)", "/api/chat",
						"{\"message\":\"试用期多久\",\"sessionId\":\"s-../../../etc/passwd\"}", 400),
				post("chat: forged session id (SQL)", "/api/chat",
						"{\"message\":\"试用期多久\",\"sessionId\":\"s-' or '1'='1' --------\"}", 400),
				post("chat: forged session id (too long)", "/api/chat",
						"{\"message\":\"试用期多久\",\"sessionId\":\"s-" + "A".repeat(500) + "\"}", 400),
				new Case("chat: text/plain", "POST", "/api/chat", "text/plain",
						"试用期多久".getBytes(StandardCharsets.UTF_8), null, 415),
				get("chat: GET", "/api/chat", 405),
				// GET /api/search
				get("search: no q", "/api/search", 400), get("search: whitespace q", "/api/search?q=%20%20%09", 400),
				get("search: q too long", "/api/search?q=" + "工".repeat(600), 400),
				get("search: control characters", "/api/search?q=%E8%AF%95%00%07", 400),
				get("search: invalid UTF-8", "/api/search?q=%C3%28%FF", 400),
				get("search: k not a number", "/api/search?q=%E8%AF%95&k=abc", 400),
				get("search: k out of range", "/api/search?q=%E8%AF%95&k=100000", 400),
				// POST /api/feedback
				post("feedback: empty body", "/api/feedback", "", 400),
				post("feedback: 100 kB body", "/api/feedback",
						"{\"answerId\":\"a-AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"" + HUNDRED_KB
								+ "\",\"rating\":\"up\"}",
						413),
				post("feedback: unknown rating", "/api/feedback",
						"{\"answerId\":\"a-AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"试用期\",\"rating\":\"meh\"}", 400),
				post("feedback: forged answer id", "/api/feedback",
						"{\"answerId\":\"<script>\",\"question\":\"试用期\",\"rating\":\"up\"}", 400),
				post("feedback: control characters", "/api/feedback",
						"{\"answerId\":\"a-AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"试用期\",\"rating\":\"up\",\"comment\":\"\\u0007\"}",
						400),
				post("feedback: rating a number", "/api/feedback",
						"{\"answerId\":\"a-AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"试用期\",\"rating\":1}", 400),
				// POST /api/calc/{name}
				post("calc: unknown calculator", "/api/calc/lottery", "{}", 404),
				post("calc: invalid JSON", "/api/calc/severance", "{\"monthlyWage\":", 400),
				post("calc: wrong type", "/api/calc/severance", "{\"monthlyWage\":\"lots\"}", 400),
				post("calc: empty object", "/api/calc/severance", "{}", 400),
				post("calc: 100 kB body", "/api/calc/severance", "{\"note\":\"" + HUNDRED_KB + "\"}", 413),
				// GET /api/laws
				get("laws: no cite", "/api/laws", 400), get("laws: too many", "/api/laws?" + "cite=x&".repeat(30), 400),
				// Admin, with and without the token
				get("admin: stats without token", "/api/admin/stats", 401),
				admin("admin: stats days 0", "GET", "/api/admin/stats?days=0", 400),
				admin("admin: stats days not a number", "GET", "/api/admin/stats?days=many", 400),
				admin("admin: unanswered unknown outcome", "GET", "/api/admin/questions/unanswered?outcome=all", 400),
				admin("admin: reindex full not a boolean", "POST", "/api/admin/reindex?full=maybe", 400),
				admin("admin: feedback limit too large", "GET", "/api/admin/feedback?limit=999999999", 400),
				// Anything else
				get("unknown path", "/api/nothing-here", 404),
				new Case("DELETE on chat", "DELETE", "/api/chat", null, null, null, 405)));
		return cases.stream().map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void should_answer_bad_input_with_a_bilingual_4xx(Case c) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(c.path())).timeout(Duration.ofSeconds(30));
		HttpRequest.BodyPublisher body = (c.body() == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(c.body());
		request.method(c.method(), body);
		if (c.contentType() != null) {
			request.header("Content-Type", c.contentType());
		}
		if (c.token() != null) {
			request.header("Authorization", "Bearer " + c.token());
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("message_zh").asString()).containsPattern("[\\u4e00-\\u9fa5]");
		assertThat(problem.path("message_en").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.bjzgh");
		assertNormalQuestionAnswered();
	}

	@Test
	void should_cut_off_a_body_without_declared_length_at_the_cap() throws Exception {
		byte[] big = ("{\"message\":\"" + HUNDRED_KB + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/chat"))
			.header("Content-Type", JSON)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
		assertNormalQuestionAnswered();
	}

	@Test
	void should_answer_bad_socket_frames_with_error_frames_and_keep_the_socket_open() throws Exception {
		String[][] cases = { { "", "invalid_frame" }, { "   ", "invalid_frame" },
				{ "{\"type\":\"ask\"", "invalid_json" }, { "{not json", "invalid_json" },
				{ "\"ask\"", "invalid_frame" }, { "[1,2,3]", "invalid_frame" },
				{ "{\"type\":\"hello\"}", "invalid_frame" }, { "{\"type\":\"ask\",\"message\":[1]}", "invalid_json" },
				{ "{\"type\":\"ask\",\"message\":12}", "invalid_json" },
				{ "{\"type\":\"ask\",\"message\":\"   \"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"试用期\\u0000多久\"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"试用期多久\",\"sessionId\":\"s-../../x\"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"试用期\",\"sessionId\":\"forged\"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"试用期多久\",\"audience\":\"admin\"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"试用期\",\"audience\":\"boss\"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"" + "工".repeat(1001) + "\"}", "invalid_request" },
				{ "{\"type\":\"ask\",\"message\":\"" + "工".repeat(6000) + "\"}", "frame_too_large" } };
		try (SocketClient socket = new SocketClient(this.port, this.json)) {
			for (String[] c : cases) {
				socket.sendText(c[0]);
				JsonNode frame = socket.next(Duration.ofSeconds(5));
				assertThat(frame.path("type").asString()).as(c[0]).isEqualTo("error");
				assertThat(frame.path("code").asString()).as(c[0]).isEqualTo(c[1]);
				assertThat(frame.path("message").asString()).as(c[0])
					.containsPattern("[\\u4e00-\\u9fa5]")
					.contains(" / ");
			}
			for (byte[] binary : List.of(new byte[] { (byte) 0xC3, 0x28, 0, 1 }, new byte[] { 1, 2, 3 })) {
				socket.sendBinary(binary);
				assertThat(socket.next(Duration.ofSeconds(5)).path("code").asString())
					.isEqualTo("binary_not_supported");
			}
			socket.ask("试用期最长能约定多久？", null);
			assertThat(socket.untilDone(Duration.ofSeconds(30))).last()
				.satisfies((f) -> assertThat(f.path("type").asString()).isEqualTo("done"));
		}
		assertNormalQuestionAnswered();
	}

	@Test
	void should_close_a_socket_that_sends_a_frame_beyond_the_transport_limit() throws Exception {
		try (SocketClient socket = new SocketClient(this.port, this.json)) {
			boolean sendCut = false;
			try {
				socket.sendText("{\"type\":\"ask\",\"message\":\"" + "x".repeat(200_000) + "\"}");
			}
			catch (CompletionException ex) {
				// The server may close the socket before the client has written the
				// whole frame; the client then sees its output closed.
				sendCut = true;
			}
			int code = socket.closeCode().get(10, TimeUnit.SECONDS);
			if (sendCut) {
				assertThat(code).as("closed by the server (1009), or the connection cut").isIn(1009, -1);
			}
			else {
				assertThat(code).isEqualTo(1009);
			}
		}
		assertNormalQuestionAnswered();
	}

	@Test
	void should_shed_a_burst_of_thousands_of_frames_with_error_frames() throws Exception {
		int burst = 3000;
		try (SocketClient socket = new SocketClient(this.port, this.json)) {
			String frame = "{\"type\":\"ask\",\"message\":\"试用期最长能约定多久？\"}";
			for (int i = 0; i < burst; i++) {
				socket.sendText(frame);
			}
			int done = 0;
			int shed = 0;
			JsonNode next;
			while ((next = socket.poll(Duration.ofSeconds(5))) != null) {
				String type = next.path("type").asString();
				if ("done".equals(type)) {
					done++;
				}
				else if ("error".equals(type)) {
					assertThat(next.path("code").asString()).isIn("too_many_pending", "rate_limited");
					shed++;
				}
			}
			assertThat(done + shed).as("every frame was answered or refused").isEqualTo(burst);
			assertThat(done).as("some questions were answered").isPositive();
			assertThat(shed).as("most of the burst was shed").isGreaterThan(burst / 2);
			socket.ask("加班费怎么算？", null);
			assertThat(socket.untilDone(Duration.ofSeconds(30))).last()
				.satisfies((f) -> assertThat(f.path("type").asString()).isEqualTo("done"));
		}
		assertNormalQuestionAnswered();
	}

	void assertNormalQuestionAnswered() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/chat"))
			.header("Content-Type", JSON)
			.POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"试用期最长能约定多久？\"}"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).path("answer").asString()).contains("六个月");
	}

}
