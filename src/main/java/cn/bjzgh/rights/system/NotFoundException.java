package cn.bjzgh.rights.system;

/** A named thing that does not exist (a calculator, a session…): a 404 problem. */
public class NotFoundException extends RuntimeException {

	private final String code;

	private final String chinese;

	private final String english;

	public NotFoundException(String code, String chinese, String english) {
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
