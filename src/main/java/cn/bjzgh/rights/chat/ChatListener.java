package cn.bjzgh.rights.chat;

import java.util.List;

/**
 * Receives an answer as it is made. Calls arrive in order: start, deltas, citations,
 * handoff (if any), done. They may come from a model's I/O thread.
 */
public interface ChatListener {

	void onStart(String sessionId);

	void onDelta(String text);

	void onCitations(List<Citation> citations);

	void onHandoff(Handoff handoff);

	void onDone(ChatMode mode);

}
