package cn.bjzgh.rights.chat;

import java.util.List;

/**
 * The hand-over to people: hotlines to call and a case card a volunteer can pick up.
 *
 * @param reason why the conversation is handed over: low-confidence, asked-for-person or
 * urgent
 * @param message what the worker is told
 * @param hotlines numbers to call
 * @param caseCard the facts the worker gave
 */
public record Handoff(String reason, String message, List<Hotline> hotlines, CaseCard caseCard) {

	/** A phone line. */
	public record Hotline(String number, String name, String purpose) {
	}

	/**
	 * A short summary for a volunteer.
	 *
	 * @param topic the topic the question seems to concern
	 * @param facts facts taken from the worker's words (amounts, durations, numbers of
	 * people…)
	 * @param questions what the worker asked, in order
	 * @param text the whole card as plain text, ready to copy
	 */
	public record CaseCard(String topic, List<String> facts, List<String> questions, String text) {
	}

}
