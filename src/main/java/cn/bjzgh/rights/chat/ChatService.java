package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.bjzgh.rights.system.PersonalData;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one question of a conversation. The conversation, not the single message, is
 * the unit: the facts the worker gives go into the conversation's {@link CaseFile}, a
 * follow-up is made self-contained from it ({@link FollowUpResolver}) and retrieval runs
 * on that question; {@link Router} then decides once how to answer, and this class
 * carries the decision out.
 */
public class ChatService {

	private static final Logger log = LoggerFactory.getLogger(ChatService.class);

	/** The parts that do not change between questions. */
	record Parts(RetrievalAugmentor augmentor, ChatMemoryProvider memories, CaseFileStore caseFiles,
			FactExtractor facts, FollowUpResolver resolver, ChatCalculations calculations, Router router,
			Reply.Tools replyTools, LlmBranch llm, QuestionJournal journal, MeterRegistry meters,
			boolean logQuestions) {
	}

	private final Parts parts;

	ChatService(Parts parts) {
		this.parts = parts;
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
		// ID, phone and bank card numbers never reach memory, the case file, the model,
		// logs or storage.
		String message = PersonalData.mask(original);
		String session = (sessionId == null) ? SessionIds.next() : sessionId;
		if (this.parts.logQuestions()) {
			log.info("Question in {} ({}): {}", session, audience.key(), message);
		}
		// Both read at once: in shared mode one round trip to Redis, not two.
		CompletableFuture<CaseFile> earlier = this.parts.caseFiles().fetch(session);
		ChatMemory memory = this.parts.memories().get(session);
		List<ChatMessage> history = memory.messages();
		CaseFile before = earlier.join();
		CaseFile state = before.nextTurn(this.parts.facts().read(message, before));
		Resolution resolution = this.parts.resolver().resolve(message, state, before.anchor());
		state = state.withResolution(resolution);
		Optional<ChatCalculations.Planned> planned = this.parts.calculations().plan(state, resolution, message);
		String own = resolution.own();
		if (planned.isPresent() && !ChatCalculations.topicWords(planned.get()).isEmpty()) {
			// A figure is coming: search for the passages that explain how it is
			// reckoned.
			String topic = ChatCalculations.topicWords(planned.get());
			state = state.searchingFor(resolution.question() + " " + topic);
			own = own + " " + topic;
		}
		List<String> said = said(history);
		List<String> told = new ArrayList<>(said);
		Collections.reverse(told);
		CaseFileQueryTransformer.InContext inContext = new CaseFileQueryTransformer.InContext(own, told);
		// Stored now, so that a message sent before this answer ends builds on these
		// facts.
		this.parts.caseFiles().put(session, state);

		UserMessage user = UserMessage.from(message);
		Map<String, Content> byId = new HashMap<>();
		String toldAll = String.join(" ", said) + " " + message + " " + state.resolved();
		List<Passage> passages = Circumstances.preferTold(retrieve(user, session, history, state, inContext, byId),
				byId, toldAll);
		Router.Turn turn = new Router.Turn(message, resolution, state, said, passages, planned,
				this.parts.llm() != null);
		Route route = this.parts.router().route(turn);
		CaseFile current = state;
		SearchAgain.Result searched = SearchAgain.run(turn, route, before,
				(query, found) -> Circumstances.preferTold(
						lead(retrieve(user, session, history, current.searchingFor(query), null, byId), found), byId,
						toldAll),
				(others) -> this.parts.router().route(turn.withPassages(others)));
		passages = searched.passages();
		route = searched.route();
		// A message that only went on with the story is acknowledged with what it told.
		String noted = (searched.wentOn() || resolution.kind() == Resolution.Kind.FRAGMENT) ? FixedReplies.noted(state)
				: "";

		if (log.isDebugEnabled()) {
			log.debug("Turn {} of {}: {} «{}» searched as «{}», routed {}, passages {}", state.turn(), session,
					resolution.kind(), message, state.resolved(), route.getClass().getSimpleName(),
					passages.stream().limit(3).map((p) -> p.id() + " (" + p.confidence() + ")").toList());
		}
		JournalingListener listener = new JournalingListener(worker, this.parts.journal(), this.parts.meters(),
				acceptedNanos);
		listener.noting(message, audience, route, passages);
		listener.onStart(session, SessionIds.nextAnswerId());
		Reply reply = new Reply(this.parts.replyTools(), listener, memory, user, session, state, audience,
				route.handoff());
		if (route instanceof Route.Probe) {
			reply.say(FixedReplies.PROMPT_PROBE);
		}
		else if (route instanceof Route.Decline decline) {
			reply.say(decline.elsewhere() ? FixedReplies.OFF_SCOPE + FixedReplies.ELSEWHERE : FixedReplies.OFF_SCOPE);
		}
		else if (route instanceof Route.NotFound notFound) {
			if (notFound.nearest().isEmpty()) {
				reply.say(FixedReplies.NOT_FOUND);
			}
			else {
				reply.clarify(FixedReplies.NOT_FOUND + FixedReplies.NEAREST, notFound.nearest());
			}
		}
		else if (route instanceof Route.Introduced introduced) {
			Openings.answer(reply, introduced.opening(), current, resolution.question(), passages,
					this.parts.replyTools().clarifier(),
					(query) -> retrieve(user, session, history, current.searchingFor(query), null, byId));
		}
		else if (route instanceof Route.Thanks) {
			reply.say(FixedReplies.THANKS);
		}
		else if (route instanceof Route.Clarify clarify) {
			reply.clarify(FixedReplies.CLARIFY, clarify.choices());
		}
		else if (route instanceof Route.Calculate calculate) {
			reply.offline(calculate.passages(), Optional.of(calculate.planned()), "");
		}
		else if (route instanceof Route.Faq faq) {
			reply.faq(faq.passages());
		}
		else if (route instanceof Route.Llm llm) {
			listener.modelCalled();
			List<Content> contents = llm.passages().stream().map((p) -> byId.get(p.id())).toList();
			this.parts.llm().answer(reply, history, message, state, llm.passages(), contents, llm.planned(), audience);
		}
		else if (route instanceof Route.Offline offline) {
			reply.offline(offline.passages(), Optional.empty(), noted);
		}
	}

	/**
	 * The passages for this turn: its own words with the conversation behind them
	 * ({@code inContext}), or, when that is null, {@code state}'s resolved question; the
	 * query transformers read both from the query, not again from the store.
	 */
	private List<Passage> retrieve(UserMessage user, String session, List<ChatMessage> history, CaseFile state,
			CaseFileQueryTransformer.InContext inContext, Map<String, Content> byId) {
		long start = System.nanoTime();
		AugmentationResult augmented = this.parts.augmentor()
			.augment(new AugmentationRequest(user,
					CaseFileQueryTransformer.metadata(user, session, history, state, inContext)));
		this.parts.meters().timer("rights.retrieval").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		List<Passage> passages = new ArrayList<>();
		for (Content c : augmented.contents()) {
			Passage p = Passage.from(c);
			byId.putIfAbsent(p.id(), c);
			passages.add(p);
		}
		return passages;
	}

	/** {@code first}'s passages ahead of the others, each once, as many as there were. */
	static List<Passage> lead(List<Passage> first, List<Passage> others) {
		int size = Math.max(others.size(), first.size());
		Map<String, Passage> merged = new LinkedHashMap<>();
		first.forEach((p) -> merged.putIfAbsent(p.id(), p));
		others.forEach((p) -> merged.putIfAbsent(p.id(), p));
		return merged.values().stream().limit(size).toList();
	}

	private static List<String> said(List<ChatMessage> history) {
		List<String> said = new ArrayList<>();
		for (ChatMessage m : history) {
			if (m instanceof UserMessage u && u.hasSingleText()) {
				said.add(u.singleText());
			}
		}
		return said;
	}

}
