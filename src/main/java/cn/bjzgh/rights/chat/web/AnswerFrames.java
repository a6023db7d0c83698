package cn.bjzgh.rights.chat.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.bjzgh.rights.calc.CalcResult;
import cn.bjzgh.rights.chat.ChatListener;
import cn.bjzgh.rights.chat.ChatMode;
import cn.bjzgh.rights.chat.Citation;
import cn.bjzgh.rights.chat.Handoff;
import cn.bjzgh.rights.chat.Suggestion;

/**
 * One answer as socket frames: start, delta…, calculation, citations, handoff,
 * suggestions, done (the protocol in the README). The socket handler decides where frames
 * go and what happens when the answer is done.
 */
final class AnswerFrames implements ChatListener {

	private final Consumer<Map<String, Object>> send;

	private final Runnable done;

	AnswerFrames(Consumer<Map<String, Object>> send, Runnable done) {
		this.send = send;
		this.done = done;
	}

	@Override
	public void onStart(String sessionId, String answerId) {
		this.send.accept(Map.of("type", "start", "sessionId", sessionId, "answerId", answerId));
	}

	@Override
	public void onDelta(String text) {
		this.send.accept(Map.of("type", "delta", "text", text));
	}

	@Override
	public void onCalculation(CalcResult calculation) {
		this.send.accept(Map.of("type", "calculation", "result", calculation));
	}

	@Override
	public void onCitations(List<Citation> citations) {
		this.send.accept(Map.of("type", "citations", "items", citations));
	}

	@Override
	public void onHandoff(Handoff handoff) {
		Map<String, Object> frame = new LinkedHashMap<>();
		frame.put("type", "handoff");
		frame.put("reason", handoff.reason());
		frame.put("message", handoff.message());
		frame.put("hotlines", handoff.hotlines());
		frame.put("caseCard", handoff.caseCard());
		this.send.accept(frame);
	}

	@Override
	public void onSuggestions(Suggestion.Kind kind, List<Suggestion> suggestions) {
		this.send.accept(Map.of("type", "suggestions", "kind", kind.key(), "items", suggestions));
	}

	@Override
	public void onDone(ChatMode mode) {
		this.send.accept(Map.of("type", "done", "mode", mode.key()));
		this.done.run();
	}

}
