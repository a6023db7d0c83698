package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.ChatListener;
import cn.bjzgh.rights.chat.ChatMode;
import cn.bjzgh.rights.chat.Citation;
import cn.bjzgh.rights.chat.Handoff;
import cn.bjzgh.rights.chat.Suggestion;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import cn.bjzgh.rights.calc.CalcResult;

/** Gathers a streamed answer into one {@link ChatAnswer} for the REST endpoint. */
public class AnswerCollector implements ChatListener {

	private final CompletableFuture<ChatAnswer> future = new CompletableFuture<>();

	private final StringBuilder text = new StringBuilder();

	private String sessionId;

	private String answerId;

	private List<Citation> citations = List.of();

	private Handoff handoff;

	private CalcResult calculation;

	private List<Suggestion> suggestions = List.of();

	private String suggestionKind;

	@Override
	public synchronized void onSuggestions(Suggestion.Kind kind, List<Suggestion> suggestions) {
		this.suggestionKind = kind.key();
		this.suggestions = List.copyOf(suggestions);
	}

	@Override
	public synchronized void onCalculation(CalcResult calculation) {
		this.calculation = calculation;
	}

	public CompletableFuture<ChatAnswer> future() {
		return this.future;
	}

	@Override
	public synchronized void onStart(String sessionId, String answerId) {
		this.sessionId = sessionId;
		this.answerId = answerId;
	}

	@Override
	public synchronized void onDelta(String delta) {
		this.text.append(delta);
	}

	@Override
	public synchronized void onCitations(List<Citation> citations) {
		this.citations = citations;
	}

	@Override
	public synchronized void onHandoff(Handoff handoff) {
		this.handoff = handoff;
	}

	@Override
	public synchronized void onDone(ChatMode mode) {
		this.future.complete(new ChatAnswer(this.sessionId, this.answerId, this.text.toString(), mode, this.citations,
				this.handoff, this.calculation, this.suggestions, this.suggestionKind));
	}

}
