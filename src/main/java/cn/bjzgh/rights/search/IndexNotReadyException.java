package cn.bjzgh.rights.search;

/** Thrown while the index is still being built after start-up; the API answers 503. */
public class IndexNotReadyException extends RuntimeException {

	public IndexNotReadyException() {
		super("knowledge index is not ready yet");
	}

}
