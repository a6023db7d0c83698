package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One answer on its way to the worker: whichever way it was made, it ends here, once,
 * with its citations, calculation, hand-over and suggestions sent, the exchange added to
 * the chat memory, and the case file noting what the answer rested on.
 */
class Reply {

	private static final Pattern CITATION_MARK = Pattern.compile("\\[(\\d{1,2})]");

	/** Everything a reply needs that does not change from one question to the next. */
	record Tools(OfflineComposer composer, ChatCalculations calculations, Clarifier clarifier, CaseFileStore caseFiles,
			MeterRegistry meters) {
	}

	private final Tools tools;

	private final ChatListener listener;

	private final ChatMemory memory;

	private final UserMessage user;

	private final String session;

	private final CaseFile state;

	private final Audience audience;

	private final Handoff handoff;

	Reply(Tools tools, ChatListener listener, ChatMemory memory, UserMessage user, String session, CaseFile state,
			Audience audience, Handoff handoff) {
		this.tools = tools;
		this.listener = listener;
		this.memory = memory;
		this.user = user;
		this.session = session;
		this.state = state;
		this.audience = audience;
		this.handoff = handoff;
	}

	ChatListener listener() {
		return this.listener;
	}

	/** A fixed text: a refusal or a "not found". */
	void say(String text) {
		send(text, List.of(), ChatMode.OFFLINE, false, null, null, List.of());
	}

	/** A question back with the choices to tap. */
	void clarify(String text, List<Suggestion> choices) {
		send(text, List.of(), ChatMode.OFFLINE, false, null, Suggestion.Kind.CLARIFY, choices);
	}

	/** The handbook's own answer to a matching question. */
	void faq(List<Passage> passages) {
		OfflineComposer.Composed faq = this.tools.composer().faq(passages.get(0));
		send(Caveats.before(this.state, passages.get(0)) + faq.text(), faq.citations(), ChatMode.FAQ, false,
				passages.get(0), Suggestion.Kind.RELATED,
				this.tools.clarifier().related(passages, passages.get(0).id()));
	}

	/**
	 * The offline answer: a calculation first when the question asks for one (or what is
	 * missing for it), then the passages.
	 */
	void offline(List<Passage> passages, Optional<ChatCalculations.Planned> planned, String prefix) {
		OfflineComposer.Composed offline = this.tools.composer().compose(passages, this.audience);
		prefix = prefix + Caveats.before(this.state, passages.isEmpty() ? null : passages.get(0));
		String text = prefix + offline.text();
		if (planned.isPresent()) {
			ChatCalculations.Outcome outcome = this.tools.calculations().offline(planned.get());
			text = prefix + outcome.lead() + "\n\n" + offline.text();
			if (outcome.result() != null) {
				this.listener.onCalculation(outcome.result());
			}
		}
		Passage top = passages.isEmpty() ? null : passages.get(0);
		send(text, offline.citations(), ChatMode.OFFLINE, false, top, Suggestion.Kind.RELATED,
				(top == null) ? List.of() : this.tools.clarifier().related(passages, top.id()));
	}

	/** A model's answer that already went out as deltas; cites what it marked [n]. */
	void streamed(String full, List<Passage> passages) {
		List<Citation> all = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			all.add(passages.get(i).citation(i + 1));
		}
		Set<Integer> numbers = new TreeSet<>();
		Matcher m = CITATION_MARK.matcher(full);
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group(1)));
		}
		List<Citation> cited = all.stream().filter((c) -> numbers.contains(c.n())).toList();
		Passage top = passages.isEmpty() ? null : passages.get(0);
		send(full, cited.isEmpty() ? all : cited, ChatMode.LLM, true, top, Suggestion.Kind.RELATED,
				(top == null) ? List.of() : this.tools.clarifier().related(passages, top.id()));
	}

	private void send(String text, List<Citation> citations, ChatMode mode, boolean alreadyStreamed, Passage top,
			Suggestion.Kind kind, List<Suggestion> suggestions) {
		if (!alreadyStreamed) {
			this.listener.onDelta(text);
		}
		this.listener.onCitations(citations);
		if (this.handoff != null) {
			this.listener.onHandoff(this.handoff);
		}
		if (!suggestions.isEmpty()) {
			this.listener.onSuggestions(kind, suggestions);
		}
		this.memory.add(this.user);
		this.memory.add(AiMessage.from(text));
		CaseFile answered = (top == null) ? this.state : this.state.withTopic(top.category(), top.id());
		this.tools.caseFiles().put(this.session, answered);
		this.tools.meters()
			.counter("rights.chat.requests", "mode", mode.key(), "handoff",
					(this.handoff == null) ? "none" : this.handoff.reason())
			.increment();
		this.listener.onDone(mode);
	}

}
