package cn.bjzgh.rights.system;

/**
 * An error the client is told about: a stable code and a message in Chinese and English,
 * which {@code ApiExceptionHandler} turns into a problem response (and the socket into an
 * error frame). The English message is the exception's message, for logs.
 */
public abstract class BilingualException extends RuntimeException {

	private final String code;

	private final String chinese;

	private final String english;

	protected BilingualException(String code, String chinese, String english) {
		super(english);
		this.code = code;
		this.chinese = chinese;
		this.english = english;
	}

	/**
	 * The HTTP status a feature's own error is answered with (400 unless it says
	 * otherwise); the handler's specific mappings come first.
	 */
	public int status() {
		return 400;
	}

	public String code() {
		return this.code;
	}

	public String chinese() {
		return this.chinese;
	}

	public String english() {
		return this.english;
	}

}
