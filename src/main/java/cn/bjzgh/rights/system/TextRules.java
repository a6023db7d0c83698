package cn.bjzgh.rights.system;

/** Rules shared by every field that takes what a person typed. */
public final class TextRules {

	/**
	 * No control characters except tab and line breaks: they have no place in a question
	 * and could corrupt logs, exports or the model's input.
	 */
	public static final String NO_CONTROL_CHARACTERS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	private TextRules() {
	}

}
