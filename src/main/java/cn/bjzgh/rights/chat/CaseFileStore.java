package cn.bjzgh.rights.chat;

/**
 * Where conversations keep their {@link CaseFile}, next to their chat memory and keyed by
 * the same id. The embedded default keeps them in memory; a shared store (a database,
 * Redis) can replace the bean.
 */
interface CaseFileStore {

	/** The file of a conversation, or {@link CaseFile#EMPTY} when there is none. */
	CaseFile get(String conversationId);

	void put(String conversationId, CaseFile file);

	void delete(String conversationId);

}
