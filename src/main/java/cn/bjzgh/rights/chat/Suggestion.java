package cn.bjzgh.rights.chat;

import java.util.Locale;

/**
 * A question the worker can tap to ask next: one of the choices of a question back, or a
 * related question after an answer. It is asked in the same conversation.
 *
 * @param text the question as the handbook asks it
 * @param id the passage that answers it
 */
public record Suggestion(String text, String id) {

	/** What a list of suggestions is for. */
	public enum Kind {

		/** The answer is a question back: which of these did you mean? */
		CLARIFY,
		/** After an answer: questions that often come next. */
		RELATED;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
