package cn.bjzgh.rights.system;

/**
 * A part of the service that is still starting (the knowledge index, for one): a 503
 * problem with {@code Retry-After}, in Chinese and English. Features extend it so the
 * error handling does not need to know them.
 */
public class ServiceNotReadyException extends BilingualException {

	public ServiceNotReadyException(String code, String chinese, String english) {
		super(code, chinese, english);
	}

}
