package cn.bjzgh.rights.search;

import cn.bjzgh.rights.system.ServiceNotReadyException;

/** Thrown while the index is still being built after start-up; the API answers 503. */
public class IndexNotReadyException extends ServiceNotReadyException {

	public IndexNotReadyException() {
		super("index_not_ready", "服务正在准备知识库，请稍后再试", "The knowledge base is still loading; please try again shortly");
	}

}
