package cn.bjzgh.rights.system;

/**
 * Input that is well-formed but impossible (a negative wage, an end before the start, a
 * date far in the future). Answered as a 400 problem naming the field, in Chinese and
 * English.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String chinese;

	private final String english;

	public InvalidInputException(String field, String chinese, String english) {
		super(field + ": " + english);
		this.field = field;
		this.chinese = chinese;
		this.english = english;
	}

	public String field() {
		return this.field;
	}

	public String chinese() {
		return this.chinese;
	}

	public String english() {
		return this.english;
	}

}
