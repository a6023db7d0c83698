package cn.bjzgh.rights.chat.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import cn.bjzgh.rights.SocketClient;
import cn.bjzgh.rights.search.KnowledgeIndex;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The socket limits over the real server: caps per client and in total, foreign origins,
 * idle sockets, and the per-socket question rate. Slots come back when sockets close, and
 * refused handshakes never use one up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rights.search.index-dir=target/it-index", "rights.web.max-sockets-per-client=2",
				"rights.web.max-sockets=3", "rights.web.socket-idle-timeout=2s",
				"rights.web.socket-questions-per-minute=2", "rights.web.allowed-origins=https://union.example.cn",
				"spring.datasource.url=jdbc:h2:mem:sockets;DB_CLOSE_DELAY=-1" })
class SocketLimitsIT {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	MeterRegistry meters;

	/** Open sockets, as the {@code rights.ws.open} gauge reports them. */
	int open() {
		return (int) this.meters.get("rights.ws.open").gauge().value();
	}

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	KnowledgeIndex index;

	@BeforeEach
	void readyWithNoSocketsOpen() {
		Awaitility.await().atMost(Duration.ofMinutes(5)).until(() -> this.index.isReady());
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> open() == 0);
	}

	@Test
	void should_refuse_a_third_socket_from_one_client_and_take_one_again_after_a_close() throws Exception {
		try (SocketClient first = new SocketClient(this.port, this.json)) {
			SocketClient second = new SocketClient(this.port, this.json);
			// The server takes the slot just after the handshake answer has gone out.
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> open() == 2);
			assertThat(handshakeStatus(null)).isEqualTo(429);
			second.close();
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> open() == 1);
			try (SocketClient again = new SocketClient(this.port, this.json)) {
				Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> open() == 2);
			}
		}
	}

	@Test
	void should_refuse_foreign_origins_without_using_up_a_slot() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(handshakeStatus("https://evil.example.com")).isEqualTo(403);
		}
		assertThat(open()).isZero();
		WebSocket allowed = open("https://union.example.cn").get(5, TimeUnit.SECONDS);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> open() == 1);
		allowed.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
	}

	@Test
	void should_close_an_idle_socket() throws Exception {
		try (SocketClient idle = new SocketClient(this.port, this.json)) {
			assertThat(idle.closeCode().get(10, TimeUnit.SECONDS)).isEqualTo(1001);
		}
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> open() == 0);
	}

	@Test
	void should_answer_questions_over_the_socket_rate_with_an_error_frame() throws Exception {
		try (SocketClient socket = new SocketClient(this.port, this.json)) {
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				socket.ask("试用期最长能约定多久？", null);
			}
			JsonNode frame;
			while ((frame = socket.poll(Duration.ofSeconds(3))) != null) {
				if ("error".equals(frame.path("type").asString())) {
					codes.add(frame.path("code").asString());
					assertThat(frame.path("message").asString()).contains("秒后再试").contains(" / ");
				}
			}
			assertThat(codes).containsExactly("rate_limited");
			assertThat(this.meters.counter("rights.ratelimit.rejections", "kind", "socket").count()).isPositive();
		}
	}

	private CompletableFuture<WebSocket> open(String origin) {
		WebSocket.Builder builder = this.http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
		if (origin != null) {
			builder.header("Origin", origin);
		}
		return builder.buildAsync(URI.create("ws://localhost:" + this.port + "/ws/chat"), new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
				ws.request(1);
				return null;
			}
		});
	}

	/** The HTTP status of a refused handshake. */
	private int handshakeStatus(String origin) {
		Throwable failure = catchThrowable(() -> open(origin).join());
		assertThat(failure).isInstanceOf(CompletionException.class)
			.hasCauseInstanceOf(WebSocketHandshakeException.class);
		return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
	}

}
