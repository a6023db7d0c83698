package cn.bjzgh.rights.chat;

/**
 * What a message became.
 *
 * @param question the message made self-contained: what scope, urgency and the model's
 * fallback read
 * @param kind how it was read
 * @param own the message's own search words (with the employer's conduct told earlier
 * where it decides the claim), searched with the conversation's earlier messages behind
 * it
 */
record Resolution(String question, Kind kind, String own) {

	enum Kind {

		/** Understood on its own. */
		STANDALONE,
		/** Only adds facts to the question before. */
		FRAGMENT,
		/** Leaves out its subject, which the question before supplies. */
		FOLLOW_UP,
		/**
		 * The first trouble told by a worker who had only said who they are: the question
		 * joins it to that introduction (scope and urgency read both); its own words are
		 * searched with the introduction behind them, like any earlier message.
		 */
		INTRODUCED

	}

}
