package cn.bjzgh.rights.chat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines and the circuit breaker with a scripted model (no network). */
class LlmAnswererTest {

	final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	{
		this.scheduler.initialize();
	}

	@AfterEach
	void stop() {
		this.scheduler.shutdown();
	}

	static StreamingChatModel scripted(BiConsumer<ChatRequest, StreamingChatResponseHandler> script) {
		return new StreamingChatModel() {
			@Override
			public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
				script.accept(request, handler);
			}
		};
	}

	LlmAnswerer answerer(StreamingChatModel model, CircuitBreaker breaker) {
		return new LlmAnswerer(model, Duration.ofMillis(300), Duration.ofMillis(600), this.scheduler, List.of(),
				breaker, new SimpleMeterRegistry());
	}

	record Outcome(List<String> deltas, String text, LlmAnswerer.Failure failure) {
	}

	Outcome run(LlmAnswerer answerer) throws Exception {
		List<String> deltas = new CopyOnWriteArrayList<>();
		CompletableFuture<Outcome> done = new CompletableFuture<>();
		answerer.stream(List.of(UserMessage.from("问题")), deltas::add,
				(text) -> done.complete(new Outcome(deltas, text, null)),
				(failure) -> done.complete(new Outcome(deltas, null, failure)));
		return done.get(5, TimeUnit.SECONDS);
	}

	@Test
	void a_stream_that_stalls_after_its_first_token_fails_at_the_answer_deadline() throws Exception {
		LlmAnswerer answerer = answerer(scripted((req, h) -> h.onPartialResponse("上班超过一个月")),
				CircuitBreaker.ofDefaults("t"));
		long start = System.nanoTime();
		Outcome outcome = run(answerer);
		assertThat(outcome.deltas()).containsExactly("上班超过一个月");
		assertThat(outcome.failure()).isEqualTo(LlmAnswerer.Failure.ANSWER_TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(600 + 1000));
	}

	@Test
	void a_silent_model_fails_at_the_first_token_deadline_and_late_tokens_are_ignored() throws Exception {
		List<StreamingChatResponseHandler> handlers = new CopyOnWriteArrayList<>();
		LlmAnswerer answerer = answerer(scripted((req, h) -> handlers.add(h)), CircuitBreaker.ofDefaults("t"));
		Outcome outcome = run(answerer);
		assertThat(outcome.failure()).isEqualTo(LlmAnswerer.Failure.FIRST_TOKEN_TIMEOUT);
		handlers.get(0).onPartialResponse("太晚了");
		handlers.get(0).onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("太晚了")).build());
		assertThat(outcome.deltas()).isEmpty();
	}

	@Test
	void an_open_circuit_fails_at_once_without_calling_the_model() throws Exception {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("t");
		breaker.transitionToOpenState();
		List<ChatRequest> calls = new CopyOnWriteArrayList<>();
		Outcome outcome = run(answerer(scripted((req, h) -> calls.add(req)), breaker));
		assertThat(outcome.failure()).isEqualTo(LlmAnswerer.Failure.CIRCUIT_OPEN);
		assertThat(calls).isEmpty();
	}

	@Test
	void a_complete_answer_is_passed_on_and_counts_as_a_success() throws Exception {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("t");
		LlmAnswerer answerer = answerer(scripted((req, h) -> {
			h.onPartialResponse("可以");
			h.onPartialResponse("要求二倍工资。");
			h.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("可以要求二倍工资。")).build());
		}), breaker);
		Outcome outcome = run(answerer);
		assertThat(outcome.text()).isEqualTo("可以要求二倍工资。");
		assertThat(outcome.deltas()).containsExactly("可以", "要求二倍工资。");
		assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
	}

	@Test
	void a_call_that_breaks_on_the_connection_before_any_token_is_sent_once_more() throws Exception {
		List<ChatRequest> calls = new CopyOnWriteArrayList<>();
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("t");
		LlmAnswerer answerer = answerer(scripted((req, h) -> {
			calls.add(req);
			if (calls.size() == 1) {
				h.onError(new java.util.concurrent.CompletionException(
						new java.io.IOException("HTTP/1.1 header parser received no bytes")));
				return;
			}
			h.onPartialResponse("可以要求二倍工资。");
			h.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("可以要求二倍工资。")).build());
		}), breaker);
		Outcome outcome = run(answerer);
		assertThat(outcome.text()).isEqualTo("可以要求二倍工资。");
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).messages()).isEqualTo(calls.get(0).messages());
		assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void a_second_connection_failure_an_http_status_or_a_break_after_a_token_is_not_retried() throws Exception {
		List<ChatRequest> broken = new CopyOnWriteArrayList<>();
		Outcome twice = run(answerer(scripted((req, h) -> {
			broken.add(req);
			h.onError(
					new java.util.concurrent.CompletionException(new java.net.ConnectException("Connection refused")));
		}), CircuitBreaker.ofDefaults("t")));
		assertThat(twice.failure()).isEqualTo(LlmAnswerer.Failure.ERROR);
		assertThat(broken).hasSize(2);

		List<ChatRequest> refused = new CopyOnWriteArrayList<>();
		Outcome status = run(answerer(scripted((req, h) -> {
			refused.add(req);
			h.onError(new dev.langchain4j.exception.HttpException(503, "overloaded"));
		}), CircuitBreaker.ofDefaults("t")));
		assertThat(status.failure()).isEqualTo(LlmAnswerer.Failure.ERROR);
		assertThat(refused).hasSize(1);

		List<ChatRequest> midway = new CopyOnWriteArrayList<>();
		Outcome cut = run(answerer(scripted((req, h) -> {
			midway.add(req);
			h.onPartialResponse("可以");
			h.onError(new java.util.concurrent.CompletionException(new java.io.IOException("Connection reset")));
		}), CircuitBreaker.ofDefaults("t")));
		assertThat(cut.failure()).isEqualTo(LlmAnswerer.Failure.ERROR);
		assertThat(cut.deltas()).containsExactly("可以");
		assertThat(midway).hasSize(1);
	}

	@Test
	void the_log_line_names_the_cause_chain() {
		assertThat(LlmAnswerer.describe(new java.util.concurrent.CompletionException(
				new java.io.IOException("HTTP/1.1 header parser received no bytes"))))
			.isEqualTo("CompletionException <- IOException: HTTP/1.1 header parser received no bytes");
		// A provider's error body may repeat the question: only its class is logged.
		assertThat(LlmAnswerer.describe(new dev.langchain4j.exception.HttpException(400, "bad request: 我叫张三，月薪8000")))
			.isEqualTo("HttpException");
		assertThat(LlmAnswerer
			.transport(new dev.langchain4j.exception.TimeoutException(new java.util.concurrent.CompletionException(
					new java.net.http.HttpTimeoutException("request timed out")))))
			.isFalse();
		assertThat(LlmAnswerer.transport(new RuntimeException(
				new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character ('t')"))))
			.isFalse();
	}

}
