package cn.bjzgh.rights.chat;

import java.util.List;

import cn.bjzgh.rights.calc.CalcResult;

/**
 * Receives an answer as it is made. Calls arrive in order: start, deltas, citations,
 * handoff (if any), done. They may come from a model's I/O thread.
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

	void onDone(ChatMode mode);

}
