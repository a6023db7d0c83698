package cn.bjzgh.rights.chat;

import java.util.concurrent.CompletableFuture;

/**
 * Where conversations keep their {@link CaseFile}, next to their chat memory and keyed by
 * the same id. The embedded default keeps them in memory; a shared store (a database,
 * Redis) can replace the bean.
 */
interface CaseFileStore {

	/** The file of a conversation, or {@link CaseFile#EMPTY} when there is none. */
	CaseFile get(String conversationId);

	/**
	 * Reads the file of a conversation without waiting, where the store can, so that the
	 * conversation's messages are read meanwhile.
	 */
	default CompletableFuture<CaseFile> fetch(String conversationId) {
		return CompletableFuture.completedFuture(get(conversationId));
	}

	/**
	 * Stores the file; a store may finish writing after it returns, as long as the next
	 * read sees it.
	 */
	void put(String conversationId, CaseFile file);

	void delete(String conversationId);

}
