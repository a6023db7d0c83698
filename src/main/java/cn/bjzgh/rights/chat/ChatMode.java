package cn.bjzgh.rights.chat;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an answer was made. */
public enum ChatMode {

	/** Written by the LLM from the retrieved passages. */
	LLM("llm"),
	/** Composed from the passages without a model. */
	OFFLINE("offline"),
	/** A curated handbook answer returned as it stands. */
	FAQ("faq");

	private final String key;

	ChatMode(String key) {
		this.key = key;
	}

	@JsonValue
	public String key() {
		return this.key;
	}

}
