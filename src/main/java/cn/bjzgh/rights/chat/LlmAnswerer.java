package cn.bjzgh.rights.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import java.util.concurrent.TimeUnit;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;

/**
 * Streams one answer from the model, with a deadline for the first token and one for the
 * whole answer. Exactly one of {@code onComplete} and {@code onFailure} is called, once;
 * after a deadline passes, anything the model still sends is ignored.
 */
class LlmAnswerer {

	private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);

	private final StreamingChatModel model;

	private final Duration firstTokenTimeout;

	private final Duration answerTimeout;

	private final TaskScheduler scheduler;

	private final List<ToolSpecification> toolSpecifications;

	private final CircuitBreaker breaker;

	private final MeterRegistry meters;

	/**
	 * @param toolSpecifications the tools offered when an answer is given a
	 * {@link ToolBox.Run}
	 * @param breaker stops calling a failing provider for a while; answers are offline
	 * meanwhile
	 */
	LlmAnswerer(StreamingChatModel model, Duration firstTokenTimeout, Duration answerTimeout, TaskScheduler scheduler,
			List<ToolSpecification> toolSpecifications, CircuitBreaker breaker, MeterRegistry meters) {
		this.breaker = breaker;
		this.meters = meters;
		this.toolSpecifications = toolSpecifications;
		this.model = model;
		this.firstTokenTimeout = firstTokenTimeout;
		this.answerTimeout = answerTimeout;
		this.scheduler = scheduler;
	}

	/** Recorded by the circuit breaker as the cause of a failed call. */
	static final class LlmFailure extends RuntimeException {

		LlmFailure(Failure failure) {
			super(failure.name(), null, false, false);
		}

	}

	/** Why an answer failed, for logs and metrics. */
	enum Failure {

		ERROR, FIRST_TOKEN_TIMEOUT, ANSWER_TIMEOUT, EMPTY, CIRCUIT_OPEN

	}

	/** Rounds of tool calls allowed before the model must answer. */
	static final int MAX_TOOL_ROUNDS = 3;

	void stream(List<ChatMessage> messages, Consumer<String> onDelta, Consumer<String> onComplete,
			Consumer<Failure> onFailure) {
		stream(messages, null, onDelta, onComplete, onFailure);
	}

	/**
	 * @param tools calculator tools the model may call, or null; a tool call is executed
	 * and its result sent back, for at most {@link #MAX_TOOL_ROUNDS} rounds
	 */
	void stream(List<ChatMessage> messages, ToolBox.Run tools, Consumer<String> onDelta, Consumer<String> onComplete,
			Consumer<Failure> onFailure) {
		if (!this.breaker.tryAcquirePermission()) {
			this.meters.counter("rights.llm.errors", "reason", Failure.CIRCUIT_OPEN.name()).increment();
			onFailure.accept(Failure.CIRCUIT_OPEN);
			return;
		}
		long started = System.nanoTime();
		Consumer<String> done = (text) -> {
			long nanos = System.nanoTime() - started;
			this.breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
			this.meters.timer("rights.llm.latency").record(nanos, TimeUnit.NANOSECONDS);
			onComplete.accept(text);
		};
		Consumer<Failure> failed = (failure) -> {
			this.breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, new LlmFailure(failure));
			this.meters.counter("rights.llm.errors", "reason", failure.name()).increment();
			onFailure.accept(failure);
		};
		guarded(messages, tools, onDelta, done, failed);
	}

	private void guarded(List<ChatMessage> messages, ToolBox.Run tools, Consumer<String> onDelta,
			Consumer<String> onComplete, Consumer<Failure> onFailure) {
		AtomicBoolean finished = new AtomicBoolean();
		AtomicBoolean firstToken = new AtomicBoolean();
		StringBuilder text = new StringBuilder();
		Instant now = Instant.now();
		ScheduledFuture<?> firstDeadline = this.scheduler.schedule(() -> {
			if (!firstToken.get() && finished.compareAndSet(false, true)) {
				log.warn("LLM sent no token within {}; answering offline", this.firstTokenTimeout);
				onFailure.accept(Failure.FIRST_TOKEN_TIMEOUT);
			}
		}, now.plus(this.firstTokenTimeout));
		ScheduledFuture<?> answerDeadline = this.scheduler.schedule(() -> {
			if (finished.compareAndSet(false, true)) {
				log.warn("LLM answer not complete within {}; answering offline", this.answerTimeout);
				onFailure.accept(Failure.ANSWER_TIMEOUT);
			}
		}, now.plus(this.answerTimeout));
		Runnable cancelDeadlines = () -> {
			firstDeadline.cancel(false);
			answerDeadline.cancel(false);
		};
		round(new ArrayList<>(messages), 0, false, tools, finished, firstToken, text, cancelDeadlines, onDelta,
				onComplete, onFailure);
	}

	/**
	 * Whether a failed call never reached the model: the connection could not be made or
	 * broke before any response (a pooled connection the provider had already closed, a
	 * reset). An HTTP status from the provider (an {@code HttpException}: 4xx, 5xx) is
	 * the model's answer, and does not count.
	 */
	static boolean transport(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof java.net.http.HttpTimeoutException) {
				return false;
			}
			// The JDK's own I/O exceptions only: a parser's exception is also an
			// IOException, but a malformed stream is the provider's answer.
			if (t instanceof java.io.IOException && t.getClass().getName().startsWith("java.")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The exception chain in one line, for the log. Messages only of the JDK's own
	 * exceptions ("Connection reset"): a provider's error body can repeat what was sent,
	 * and the conversation stays out of the logs.
	 */
	static String describe(Throwable error) {
		StringBuilder line = new StringBuilder();
		for (Throwable t = error; t != null && line.length() < 300; t = t.getCause()) {
			if (!line.isEmpty()) {
				line.append(" <- ");
			}
			line.append(t.getClass().getSimpleName());
			if (t.getMessage() != null && t.getClass().getName().startsWith("java.")
					&& !(t.getCause() != null && t.getMessage().equals(t.getCause().toString()))) {
				String message = t.getMessage().replaceAll("\\s+", " ");
				line.append(": ").append(message, 0, Math.min(message.length(), 120));
			}
		}
		return line.toString();
	}

	/**
	 * @param retried whether this round was already sent once: a call that failed on the
	 * transport before the model sent anything is sent once more, within the same
	 * deadlines, because nothing of it reached the worker and a stale connection is the
	 * usual cause
	 */
	private void round(List<ChatMessage> messages, int depth, boolean retried, ToolBox.Run tools,
			AtomicBoolean finished, AtomicBoolean firstToken, StringBuilder text, Runnable cancelDeadlines,
			Consumer<String> onDelta, Consumer<String> onComplete, Consumer<Failure> onFailure) {
		ChatRequest.Builder request = ChatRequest.builder().messages(messages);
		if (tools != null && depth < MAX_TOOL_ROUNDS) {
			request.toolSpecifications(this.toolSpecifications);
		}
		try {
			this.model.chat(request.build(), new StreamingChatResponseHandler() {
				@Override
				public void onPartialResponse(String partial) {
					if (finished.get() || partial == null || partial.isEmpty()) {
						return;
					}
					firstToken.set(true);
					synchronized (text) {
						text.append(partial);
					}
					onDelta.accept(partial);
				}

				@Override
				public void onCompleteResponse(ChatResponse response) {
					AiMessage ai = response.aiMessage();
					if (tools != null && ai != null && ai.hasToolExecutionRequests() && !finished.get()) {
						// The model answered with tool calls: that counts as its first
						// response.
						firstToken.set(true);
						List<ChatMessage> next = new ArrayList<>(messages);
						next.add(ai);
						try {
							for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
								next.add(ToolExecutionResultMessage.from(call, tools.execute(call)));
							}
						}
						catch (RuntimeException ex) {
							onError(ex);
							return;
						}
						round(next, depth + 1, false, tools, finished, firstToken, text, cancelDeadlines, onDelta,
								onComplete, onFailure);
						return;
					}
					cancelDeadlines.run();
					String full;
					synchronized (text) {
						full = text.toString();
					}
					if (full.isBlank() && response.aiMessage() != null && response.aiMessage().text() != null) {
						full = response.aiMessage().text();
					}
					if (!finished.compareAndSet(false, true)) {
						return;
					}
					if (full.isBlank()) {
						onFailure.accept(Failure.EMPTY);
					}
					else {
						onComplete.accept(full);
					}
				}

				@Override
				public void onError(Throwable error) {
					if (!retried && !firstToken.get() && !finished.get() && transport(error)) {
						log.info("LLM call failed on the connection ({}); sending it once more", describe(error));
						round(messages, depth, true, tools, finished, firstToken, text, cancelDeadlines, onDelta,
								onComplete, onFailure);
						return;
					}
					cancelDeadlines.run();
					if (finished.compareAndSet(false, true)) {
						log.warn("LLM call failed ({}); answering offline", describe(error));
						onFailure.accept(Failure.ERROR);
					}
				}
			});
		}
		catch (RuntimeException ex) {
			cancelDeadlines.run();
			if (finished.compareAndSet(false, true)) {
				log.warn("LLM call could not start ({}); answering offline", describe(ex));
				onFailure.accept(Failure.ERROR);
			}
		}
	}

}
