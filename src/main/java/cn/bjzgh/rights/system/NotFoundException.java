package cn.bjzgh.rights.system;

/** A named thing that does not exist (a calculator, a session…): a 404 problem. */
public class NotFoundException extends BilingualException {

	public NotFoundException(String code, String chinese, String english) {
		super(code, chinese, english);
	}

}
