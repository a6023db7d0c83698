package cn.bjzgh.rights.chat;

/** What a message became: the question to search with, and how it was read. */
record Resolution(String question, Kind kind) {

	enum Kind {

		/** Understood on its own. */
		STANDALONE,
		/** Only adds facts to the question before. */
		FRAGMENT,
		/** Leaves out its subject, which the question before supplies. */
		FOLLOW_UP

	}

}
