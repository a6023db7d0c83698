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
import io.micrometer.core.instrument.MeterRegistry;
import cn.bjzgh.rights.chat.ChatListener;
import cn.bjzgh.rights.chat.ChatMode;
import cn.bjzgh.rights.chat.ChatService;
import cn.bjzgh.rights.system.RateLimits;
import cn.bjzgh.rights.system.WebProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jetty.autoconfigure.servlet.JettyServletWebServerAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.willAnswer;

/**
 * The socket limits over a real Jetty: caps per client and in total, foreign origins,
 * idle sockets, and the per-socket question rate. Slots come back when sockets close, and
 * refused handshakes never use one up.
 * <p>
 * A slice, not the whole service: limits this tight would starve the integration tests
 * that share {@code IntegrationTest}'s context, and another full context would load the
 * embedding model and the index once more for nothing the socket limits need. Only the
 * socket's configuration runs here, on Jetty, in front of a stand-in for the chat that
 * answers every question at once.
 */
@SpringBootTest(classes = SocketLimitsTest.SocketOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rights.web.max-sockets-per-client=2", "rights.web.max-sockets=3",
				"rights.web.socket-idle-timeout=2s", "rights.web.socket-questions-per-minute=2",
				"rights.web.allowed-origins=https://union.example.cn" })
class SocketLimitsTest {

	/** The socket endpoint and what it needs, without the rest of the service. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ JettyServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			JacksonAutoConfiguration.class, ValidationAutoConfiguration.class })
	@EnableConfigurationProperties(WebProperties.class)
	@Import(WebSocketConfiguration.class)
	static class SocketOnly {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		RateLimits rateLimits(MeterRegistry meters) {
			return new RateLimits(meters);
		}

		@Bean
		TaskExecutor chatExecutor() {
			return new SyncTaskExecutor();
		}

	}

	@MockitoBean
	ChatService chat;

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

	@BeforeEach
	void noSocketsOpenAndEveryQuestionAnswered() {
		willAnswer((invocation) -> {
			ChatListener listener = invocation.getArgument(3);
			listener.onStart("s-AAAAAAAAAAAAAAAAAAAAAA", "a-AAAAAAAAAAAAAAAAAAAAAA");
			listener.onDelta("试用期最长六个月。");
			listener.onDone(ChatMode.OFFLINE);
			return null;
		}).given(this.chat).ask(any(), any(), any(), any(), anyLong());
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
