package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.Content;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer the model writes: streamed to the worker as it comes, grounded in the
 * numbered passages, with the conversation's facts in the question so its calculator
 * tools get them too. A model that fails, stalls or recites its instructions is replaced
 * by the offline answer from the same passages.
 */
class LlmBranch {

	private static final Logger log = LoggerFactory.getLogger(LlmBranch.class);

	static final String LLM_INTERRUPTED = "\n\n（智能回答中断，以下是根据手册整理的回答）\n\n";

	private final LlmAnswerer llm;

	private final PromptLibrary prompts;

	private final PassageInjector injector;

	private final ChatCalculations calculations;

	private final MeterRegistry meters;

	private final Map<Audience, PromptEchoGuard> echoGuards = new ConcurrentHashMap<>();

	LlmBranch(LlmAnswerer llm, PromptLibrary prompts, PassageInjector injector, ChatCalculations calculations,
			MeterRegistry meters) {
		this.llm = llm;
		this.prompts = prompts;
		this.injector = injector;
		this.calculations = calculations;
		this.meters = meters;
	}

	/**
	 * @param history the conversation so far
	 * @param message the worker's words (masked)
	 * @param state the case file, whose facts go with the question
	 * @param contents the passages as retrieved, in the order of {@code passages}
	 */
	void answer(Reply reply, List<ChatMessage> history, String message, CaseFile state, List<Passage> passages,
			List<Content> contents, Optional<ChatCalculations.Planned> planned, Audience audience) {
		String systemPrompt = this.prompts.system(audience);
		List<ChatMessage> messages = new ArrayList<>();
		messages.add(SystemMessage.from(systemPrompt));
		messages.addAll(history);
		messages
			.add(this.injector.inject(contents, UserMessage.from(withFacts(message, state) + caveat(state, passages))));
		PromptEchoGuard guard = echoGuard(audience, systemPrompt);
		StringBuilder streamed = new StringBuilder();
		boolean[] echoed = { false };
		ToolBox.Run tools = this.calculations.newToolRun();
		ChatListener listener = reply.listener();
		this.llm.stream(messages, tools, (delta) -> {
			synchronized (streamed) {
				if (echoed[0]) {
					return;
				}
				streamed.append(delta);
				if (guard.echoes(streamed, delta.length())) {
					// The model is reciting its instructions: stop passing it on.
					echoed[0] = true;
					return;
				}
			}
			listener.onDelta(delta);
		}, (full) -> {
			boolean leaked;
			synchronized (streamed) {
				leaked = echoed[0] || guard.echoes(full, full.length());
			}
			if (leaked) {
				log.warn("The model repeated its system prompt; answering offline instead");
				this.meters.counter("rights.chat.fallbacks", "reason", "PROMPT_ECHO").increment();
				reply.offline(passages, planned, LLM_INTERRUPTED);
				return;
			}
			tools.results().stream().reduce((first, second) -> second).ifPresent(listener::onCalculation);
			reply.streamed(full, passages);
		}, (failure) -> {
			boolean partial;
			synchronized (streamed) {
				partial = streamed.length() > 0;
			}
			log.info("Answered offline after LLM failure {}", failure);
			this.meters.counter("rights.chat.fallbacks", "reason", failure.name()).increment();
			reply.offline(passages, planned, partial ? LLM_INTERRUPTED : "");
		});
	}

	/**
	 * For a worker hired by a family, before a rule not written for household work, or a
	 * pregnancy short of the months a rule is about: the offline answer's caveats
	 * ({@link Caveats}), which the model is asked to say first, word for word.
	 */
	static String caveat(CaseFile state, List<Passage> passages) {
		String caveat = Caveats.before(state, passages.isEmpty() ? null : passages.get(0)).strip();
		return caveat.isEmpty() ? "" : "\n（回答的第一段请原样写这句提醒：" + caveat + "）";
	}

	/**
	 * The worker's words with the facts of the conversation, so the model (and the
	 * calculator tools it calls) use what was said in earlier turns.
	 */
	static String withFacts(String message, CaseFile state) {
		List<String> facts = state.describe();
		return facts.isEmpty() ? message : message + "\n（职工在对话中已经说明的情况：" + String.join("；", facts) + "）";
	}

	/**
	 * The guard for this audience's prompt, built again only when the prompt file
	 * changed.
	 */
	private PromptEchoGuard echoGuard(Audience audience, String prompt) {
		return this.echoGuards.compute(audience,
				(key, guard) -> (guard != null && guard.prompt().equals(prompt)) ? guard : new PromptEchoGuard(prompt));
	}

}
