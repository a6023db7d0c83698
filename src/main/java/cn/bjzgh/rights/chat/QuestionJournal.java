package cn.bjzgh.rights.chat;

/**
 * Where each answered question is noted for the union's statistics and its list of
 * questions the handbooks do not answer. Implementations must not block the answer and
 * only ever receive the masked text.
 */
public interface QuestionJournal {

	/** Does nothing: for tests and for running without a database. */
	QuestionJournal NONE = (question) -> {
	};

	void record(AskedQuestion question);

	/**
	 * One question and what became of it.
	 *
	 * @param question the worker's words with ID, phone and bank card numbers masked
	 * @param audience worker or volunteer
	 * @param mode how it was answered (llm, faq, offline)
	 * @param outcome answered, not_found, off_scope or prompt_probe
	 * @param handoffReason why it was handed to people, or null
	 * @param category the topic of the passage it was answered from, or null
	 * @param answerId the answer's id (feedback names it), or null
	 * @param answer the answer's text as sent, or null
	 * @param citations the cited passages as "id 标题" lines, or null
	 */
	record AskedQuestion(String question, String audience, String mode, String outcome, String handoffReason,
			String category, String answerId, String answer, String citations) {

		/** A question noted without its answer. */
		public AskedQuestion(String question, String audience, String mode, String outcome, String handoffReason,
				String category) {
			this(question, audience, mode, outcome, handoffReason, category, null, null, null);
		}

		public static final String ANSWERED = "answered";

		public static final String NOT_FOUND = "not_found";

		public static final String OFF_SCOPE = "off_scope";

		public static final String PROMPT_PROBE = "prompt_probe";

	}

}
