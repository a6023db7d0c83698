package cn.bjzgh.rights.chat;

import java.util.HashSet;
import java.util.Set;

/**
 * Notices a model answer that repeats the system prompt: any run of {@link #WINDOW}
 * characters taken word for word from the prompt. Shorter runs are ordinary phrases an
 * answer may share with the prompt (such as the hotline, "职工维权服务热线12351"); a model
 * reciting its rules produces long ones. Checking a streamed answer costs one set lookup
 * per new character.
 */
final class PromptEchoGuard {

	static final int WINDOW = 24;

	private final Set<String> windows = new HashSet<>();

	private final String prompt;

	PromptEchoGuard(String prompt) {
		this.prompt = prompt;
		String text = normalize(prompt);
		for (int i = 0; i + WINDOW <= text.length(); i++) {
			this.windows.add(text.substring(i, i + WINDOW));
		}
	}

	String prompt() {
		return this.prompt;
	}

	/**
	 * Whether the answer so far repeats the prompt, looking only at windows that end in
	 * its last {@code newChars} characters.
	 */
	boolean echoes(CharSequence answerSoFar, int newChars) {
		String text = normalize(answerSoFar.subSequence(Math.max(0, answerSoFar.length() - newChars - WINDOW * 2),
				answerSoFar.length()));
		for (int i = 0; i + WINDOW <= text.length(); i++) {
			if (this.windows.contains(text.substring(i, i + WINDOW))) {
				return true;
			}
		}
		return false;
	}

	/** Whitespace and line breaks do not hide an echo. */
	private static String normalize(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
