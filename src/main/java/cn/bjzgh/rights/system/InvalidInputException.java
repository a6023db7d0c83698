package cn.bjzgh.rights.system;

/**
 * Input that is well-formed but impossible (a negative wage, an end before the start, a
 * date far in the future). Answered as a 400 problem naming the field, in Chinese and
 * English.
 */
public class InvalidInputException extends BilingualException {

	private final String field;

	public InvalidInputException(String field, String chinese, String english) {
		super("invalid_request", chinese, english);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
