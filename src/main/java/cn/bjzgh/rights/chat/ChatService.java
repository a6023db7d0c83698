package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.concurrent.TimeUnit;

import cn.bjzgh.rights.knowledge.Category;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import cn.bjzgh.rights.system.PersonalData;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.query.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one question of a conversation. Retrieval (with the follow-up rewritten) always
 * runs first; then, in this order: prompt probes and off-scope questions are declined;
 * questions nothing reliable matches are handed to people; a close match to a handbook
 * question is answered by the handbook itself; otherwise the LLM writes the answer from
 * the passages, and whenever it is not configured or fails, the answer is composed
 * offline from the same passages.
 */
public class ChatService {

	private static final Logger log = LoggerFactory.getLogger(ChatService.class);

	static final String OFF_SCOPE = "抱歉，我只能回答劳动权益、社会保险和工会服务方面的问题，比如劳动合同、工资、加班、休假、社保、工伤、辞退补偿、劳动仲裁等。"
			+ "你可以换个方式问问工作中遇到的问题。";

	static final String PROMPT_PROBE = "抱歉，我不能提供内部设置。我可以回答劳动合同、工资、加班、社保、工伤等劳动权益方面的问题。";

	static final String NOT_FOUND = "这个问题我在工会的手册里没有找到可靠的答案，为了不误导你，建议直接联系工会，由工作人员帮你分析。";

	static final String LLM_INTERRUPTED = "\n\n（智能回答中断，以下是根据手册整理的回答）\n\n";

	/**
	 * Measured: paraphrases of a handbook question share at least half their bigrams with
	 * it.
	 */
	static final double FAQ_MIN_OVERLAP = 0.5;

	private static final Pattern CITATION_MARK = Pattern.compile("\\[(\\d{1,2})]");

	private final RetrievalAugmentor augmentor;

	private final ChatMemoryProvider memories;

	private final PromptLibrary prompts;

	private final Triage triage;

	private final OfflineComposer composer = new OfflineComposer();

	private final LlmAnswerer llm;

	private final ChatProperties properties;

	private final ChatCalculations calculations;

	/**
	 * @param llm the model, or null for offline mode
	 */
	private final MeterRegistry meters;

	private final QuestionJournal journal;

	private final java.util.Map<Audience, PromptEchoGuard> echoGuards = new java.util.concurrent.ConcurrentHashMap<>();

	ChatService(RetrievalAugmentor augmentor, ChatMemoryProvider memories, PromptLibrary prompts, LlmAnswerer llm,
			ChatProperties properties, ChatCalculations calculations, MeterRegistry meters, QuestionJournal journal) {
		this.meters = meters;
		this.journal = journal;
		this.calculations = calculations;
		this.augmentor = augmentor;
		this.memories = memories;
		this.prompts = prompts;
		this.llm = llm;
		this.properties = properties;
		this.triage = new Triage(properties.lowConfidenceSimilarity());
	}

	public boolean llmEnabled() {
		return this.llm != null;
	}

	/**
	 * Answers {@code message} in conversation {@code sessionId} (a new one when null).
	 * Retrieval runs on the calling thread; the rest of the answer may arrive on a model
	 * thread.
	 */
	public void ask(String original, String sessionId, Audience audience, ChatListener worker) {
		ask(original, sessionId, audience, worker, System.nanoTime());
	}

	/**
	 * @param acceptedNanos when the question was handed to the chat executor
	 * ({@link System#nanoTime()}), so the overhead timer includes the wait in its queue
	 */
	public void ask(String original, String sessionId, Audience audience, ChatListener worker, long acceptedNanos) {
		// ID, phone and bank card numbers never reach memory, the model, logs or storage.
		String message = PersonalData.mask(original);
		String session = (sessionId == null) ? SessionIds.next() : sessionId;
		if (this.properties.logQuestions()) {
			log.info("Question in {} ({}): {}", session, audience.key(), message);
		}
		ChatMemory memory = this.memories.get(session);
		List<ChatMessage> history = memory.messages();
		UserMessage user = UserMessage.from(message);
		long retrievalStart = System.nanoTime();
		AugmentationResult augmented = this.augmentor
			.augment(new AugmentationRequest(user, Metadata.from(user, session, history)));
		this.meters.timer("rights.retrieval").record(System.nanoTime() - retrievalStart, TimeUnit.NANOSECONDS);
		List<Passage> passages = augmented.contents().stream().map(Passage::from).toList();
		Triage.Decision decision = this.triage.decide(message, passages);
		Handoff handoff = decision.handoff() ? handoff(decision.handoffReason(), history, message, passages) : null;
		java.util.concurrent.atomic.AtomicBoolean modelCalled = new java.util.concurrent.atomic.AtomicBoolean();
		ChatListener listener = observed(worker, message, audience, decision, handoff, passages, acceptedNanos,
				modelCalled);
		listener.onStart(session, SessionIds.nextAnswerId());

		if (decision.promptProbe()) {
			finish(listener, memory, user, PROMPT_PROBE, List.of(), handoff, ChatMode.OFFLINE);
			return;
		}
		if (decision.offScope()) {
			finish(listener, memory, user, OFF_SCOPE, List.of(), handoff, ChatMode.OFFLINE);
			return;
		}
		if ("low-confidence".equals(decision.handoffReason())) {
			finish(listener, memory, user, NOT_FOUND, List.of(), handoff, ChatMode.OFFLINE);
			return;
		}
		Passage top = passages.get(0);
		Optional<cn.bjzgh.rights.calc.CalcIntent.Match> calculation = this.calculations.detect(message);
		if (calculation.isEmpty() && isFaqMatch(message, top)) {
			OfflineComposer.Composed faq = this.composer.faq(top);
			finish(listener, memory, user, faq.text(), faq.citations(), handoff, ChatMode.FAQ);
			return;
		}
		if (this.llm == null) {
			answerOffline(listener, memory, user, passages, audience, handoff, calculation, "");
			return;
		}
		String systemPrompt = this.prompts.system(audience);
		List<ChatMessage> messages = new ArrayList<>();
		messages.add(SystemMessage.from(systemPrompt));
		messages.addAll(history);
		messages.add(augmented.chatMessage());
		PromptEchoGuard guard = echoGuard(audience, systemPrompt);
		StringBuilder streamed = new StringBuilder();
		boolean[] echoed = { false };
		ToolBox.Run tools = this.calculations.newToolRun();
		modelCalled.set(true);
		overhead("llm", acceptedNanos);
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
				answerOffline(listener, memory, user, passages, audience, handoff, calculation, LLM_INTERRUPTED);
				return;
			}
			tools.results().stream().reduce((first, second) -> second).ifPresent(listener::onCalculation);
			finishStreamed(listener, memory, user, full, passages, handoff);
		}, (failure) -> {
			boolean partial;
			synchronized (streamed) {
				partial = streamed.length() > 0;
			}
			log.info("Answered offline after LLM failure {}", failure);
			this.meters.counter("rights.chat.fallbacks", "reason", failure.name()).increment();
			answerOffline(listener, memory, user, passages, audience, handoff, calculation,
					partial ? LLM_INTERRUPTED : "");
		});
	}

	/**
	 * The time this service adds before the worker sees an answer: from the question
	 * entering the chat queue to the model being called ({@code llm}), or to the whole
	 * answer being sent when no model is involved ({@code direct}). Follow-up rewriting
	 * counts, since it runs before the model is called.
	 */
	private void overhead(String path, long acceptedNanos) {
		Timer.builder("rights.chat.overhead")
			.tag("path", path)
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(this.meters)
			.record(System.nanoTime() - acceptedNanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * The guard for this audience's prompt, built again only when the prompt file
	 * changed.
	 */
	private PromptEchoGuard echoGuard(Audience audience, String prompt) {
		return this.echoGuards.compute(audience,
				(key, guard) -> (guard != null && guard.prompt().equals(prompt)) ? guard : new PromptEchoGuard(prompt));
	}

	/**
	 * When the answer is done: notes the question in the journal and, if no model was
	 * called, the {@code direct} overhead.
	 */
	private ChatListener observed(ChatListener worker, String message, Audience audience, Triage.Decision decision,
			Handoff handoff, List<Passage> passages, long acceptedNanos,
			java.util.concurrent.atomic.AtomicBoolean modelCalled) {
		String outcome;
		if (decision.promptProbe()) {
			outcome = QuestionJournal.AskedQuestion.PROMPT_PROBE;
		}
		else if (decision.offScope()) {
			outcome = QuestionJournal.AskedQuestion.OFF_SCOPE;
		}
		else if ("low-confidence".equals(decision.handoffReason())) {
			outcome = QuestionJournal.AskedQuestion.NOT_FOUND;
		}
		else {
			outcome = QuestionJournal.AskedQuestion.ANSWERED;
		}
		String category = (QuestionJournal.AskedQuestion.ANSWERED.equals(outcome) && !passages.isEmpty())
				? passages.get(0).category() : null;
		String reason = (handoff == null) ? null : handoff.reason();
		return new ChatListener() {

			@Override
			public void onStart(String sessionId, String answerId) {
				worker.onStart(sessionId, answerId);
			}

			@Override
			public void onDelta(String text) {
				worker.onDelta(text);
			}

			@Override
			public void onCalculation(cn.bjzgh.rights.calc.CalcResult calculation) {
				worker.onCalculation(calculation);
			}

			@Override
			public void onCitations(List<Citation> citations) {
				worker.onCitations(citations);
			}

			@Override
			public void onHandoff(Handoff h) {
				worker.onHandoff(h);
			}

			@Override
			public void onDone(ChatMode mode) {
				if (!modelCalled.get()) {
					overhead("direct", acceptedNanos);
				}
				try {
					ChatService.this.journal.record(new QuestionJournal.AskedQuestion(message, audience.key(),
							mode.key(), outcome, reason, category));
				}
				catch (RuntimeException ex) {
					log.warn("Could not note a question for the statistics: {}", ex.toString());
				}
				worker.onDone(mode);
			}

		};
	}

	/**
	 * The offline answer: a calculation first when the question carries one (or what is
	 * missing for it), then the passages.
	 */
	private void answerOffline(ChatListener listener, ChatMemory memory, UserMessage user, List<Passage> passages,
			Audience audience, Handoff handoff, Optional<cn.bjzgh.rights.calc.CalcIntent.Match> calculation,
			String prefix) {
		OfflineComposer.Composed offline = this.composer.compose(passages, audience);
		String text = prefix + offline.text();
		if (calculation.isPresent()) {
			ChatCalculations.Outcome outcome = this.calculations.offline(calculation.get());
			text = prefix + outcome.lead() + "\n\n" + offline.text();
			if (outcome.result() != null) {
				listener.onCalculation(outcome.result());
			}
		}
		finish(listener, memory, user, text, offline.citations(), handoff, ChatMode.OFFLINE, false);
	}

	/**
	 * A handbook question matches when its meaning (vector) and its wording (shared
	 * bigrams) are both close to the worker's question.
	 */
	boolean isFaqMatch(String message, Passage top) {
		return top.isQuestion() && top.questionSimilarity() >= this.properties.faqSimilarity()
				&& TextOverlap.dice(message, top.question()) >= FAQ_MIN_OVERLAP;
	}

	private void finishStreamed(ChatListener listener, ChatMemory memory, UserMessage user, String full,
			List<Passage> passages, Handoff handoff) {
		List<Citation> all = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			all.add(passages.get(i).citation(i + 1));
		}
		List<Citation> cited = new ArrayList<>();
		Matcher m = CITATION_MARK.matcher(full);
		java.util.Set<Integer> numbers = new java.util.TreeSet<>();
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group(1)));
		}
		for (Citation c : all) {
			if (numbers.contains(c.n())) {
				cited.add(c);
			}
		}
		finish(listener, memory, user, full, cited.isEmpty() ? all : cited, handoff, ChatMode.LLM, true);
	}

	private void finish(ChatListener listener, ChatMemory memory, UserMessage user, String text,
			List<Citation> citations, Handoff handoff, ChatMode mode) {
		finish(listener, memory, user, text, citations, handoff, mode, false);
	}

	/**
	 * @param alreadyStreamed whether the text already went out as deltas
	 */
	private void finish(ChatListener listener, ChatMemory memory, UserMessage user, String text,
			List<Citation> citations, Handoff handoff, ChatMode mode, boolean alreadyStreamed) {
		if (!alreadyStreamed) {
			listener.onDelta(text);
		}
		listener.onCitations(citations);
		if (handoff != null) {
			listener.onHandoff(handoff);
		}
		memory.add(user);
		memory.add(AiMessage.from(text));
		this.meters
			.counter("rights.chat.requests", "mode", mode.key(), "handoff",
					(handoff == null) ? "none" : handoff.reason())
			.increment();
		listener.onDone(mode);
	}

	private Handoff handoff(String reason, List<ChatMessage> history, String message, List<Passage> passages) {
		List<String> said = new ArrayList<>();
		for (ChatMessage m : history) {
			if (m instanceof UserMessage u && u.hasSingleText()) {
				said.add(u.singleText());
			}
		}
		said.add(message);
		// A topic guessed from passages that did not match well would mislead the
		// volunteer.
		String topic = (passages.isEmpty() || "low-confidence".equals(reason)) ? "未能判断"
				: Optional.ofNullable(passages.get(0).category())
					.flatMap(Category::fromKey)
					.map(Category::label)
					.orElse("未能判断");
		Handoff.CaseCard card = this.triage.caseCard(said, topic);
		return new Handoff(reason, HandoffMessages.message(reason), HandoffMessages.hotlines(reason), card);
	}

}
