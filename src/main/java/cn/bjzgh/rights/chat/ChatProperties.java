package cn.bjzgh.rights.chat;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Chat settings. With no LLM configured the service answers offline from the passages.
 *
 * @param promptsDir the folder of prompt files (env {@code PROMPTS_DIR}), re-read when
 * they change
 * @param memoryMessages messages of a conversation kept for follow-up questions
 * @param maxSessions conversations kept in memory; the least recently used is dropped
 * beyond this
 * @param passages passages retrieved per question
 * @param faqSimilarity cosine similarity to a handbook question above which the handbook
 * answer is returned as it stands
 * @param minConfidence the search's calibrated confidence in its first passage (the
 * estimated probability that it answers the question) below which the answer hands off to
 * people instead
 * @param llm the OpenAI-compatible model
 * @param clarify when a question back replaces a guess
 * @param logQuestions a debug setting: log each question (masked) at INFO; off by
 * default, so logs never hold what workers wrote
 */
@Validated
@ConfigurationProperties("rights.chat")
public record ChatProperties(@NotNull @DefaultValue("prompts") Path promptsDir,
		@Min(2) @Max(50) @DefaultValue("10") int memoryMessages, @Min(10) @DefaultValue("10000") int maxSessions,
		@Min(1) @Max(10) @DefaultValue("5") int passages,
		@DecimalMin("0.5") @DecimalMax("1.0") @DefaultValue("0.86") double faqSimilarity,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double minConfidence,
		@Valid @NotNull @DefaultValue Llm llm, @DefaultValue("false") boolean logQuestions,
		@Valid @NotNull @DefaultValue Clarify clarify) {

	/**
	 * When to ask back instead of guessing (see {@code Clarifier}).
	 *
	 * @param maxLength questions with more letters than this are answered directly
	 * @param maxGap best passages whose question similarities differ by less than this
	 * cannot be told apart
	 */
	public record Clarify(@Min(0) @DefaultValue("8") int maxLength,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.02") double maxGap) {
	}

	/**
	 * The OpenAI-compatible chat API. All three of base URL, key and model must be set
	 * for LLM mode.
	 *
	 * @param baseUrl e.g. {@code https://api.deepseek.com/v1} (env {@code LLM_BASE_URL})
	 * @param apiKey secret, from the environment only (env {@code LLM_API_KEY})
	 * @param model model name (env {@code LLM_MODEL})
	 * @param connectTimeout TCP connect timeout
	 * @param firstTokenTimeout longest wait for the first streamed token before answering
	 * offline
	 * @param answerTimeout longest time for a whole answer before answering offline
	 * @param temperature sampling temperature; low, because answers must stick to the
	 * passages
	 */
	public record Llm(String baseUrl, String apiKey, String model, @NotNull @DefaultValue("3s") Duration connectTimeout,
			@NotNull @DefaultValue("8s") Duration firstTokenTimeout,
			@NotNull @DefaultValue("60s") Duration answerTimeout, @DefaultValue("0.2") double temperature,
			@Valid @NotNull @DefaultValue Breaker breaker) {

		public boolean configured() {
			return hasText(this.baseUrl) && hasText(this.apiKey) && hasText(this.model);
		}

		private static boolean hasText(String s) {
			return s != null && !s.isBlank();
		}

	}

	/**
	 * The circuit breaker around the LLM (Resilience4j, count-based window).
	 *
	 * @param failureRatePercent failure rate that opens the circuit
	 * @param window calls in the sliding window
	 * @param minimumCalls calls needed before the rate is judged
	 * @param openFor how long the circuit stays open before trying again
	 */
	public record Breaker(@DefaultValue("50") float failureRatePercent, @Min(1) @DefaultValue("10") int window,
			@Min(1) @DefaultValue("5") int minimumCalls, @NotNull @DefaultValue("30s") Duration openFor) {
	}

}
