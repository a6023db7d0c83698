package cn.bjzgh.rights.chat;

import java.util.List;

import cn.bjzgh.rights.calc.CalcResult;

/**
 * Receives an answer as it is made. Calls arrive in order: start, deltas, citations,
 * handoff (if any), suggestions (if any), done. They may come from a model's I/O thread.
 */
public interface ChatListener {

	/**
	 * @param sessionId the conversation
	 * @param answerId this answer, for feedback
	 */
	void onStart(String sessionId, String answerId);

	void onDelta(String text);

	/** A calculation the answer leads with or quotes; sent before the citations. */
	default void onCalculation(CalcResult calculation) {
	}

	void onCitations(List<Citation> citations);

	void onHandoff(Handoff handoff);

	/**
	 * Questions to tap: the choices of a question back, or related questions after an
	 * answer; sent after the hand-over and before done.
	 */
	default void onSuggestions(Suggestion.Kind kind, List<Suggestion> suggestions) {
	}

	void onDone(ChatMode mode);

}
