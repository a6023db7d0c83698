package cn.bjzgh.rights.system;

/**
 * A part of the service that is still starting (the knowledge index, for one): a 503
 * problem with {@code Retry-After}, in Chinese and English. Features extend it so the
 * error handling does not need to know them.
 */
public class ServiceNotReadyException extends RuntimeException {

	private final String code;

	private final String chinese;

	private final String english;

	public ServiceNotReadyException(String code, String chinese, String english) {
		super(english);
		this.code = code;
		this.chinese = chinese;
		this.english = english;
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
