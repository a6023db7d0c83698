package cn.bjzgh.rights.chat;

import java.util.Map;

import cn.bjzgh.rights.cluster.BoundedLru;

/**
 * Case files in memory, at most {@code maxSessions} of them, the least recently used
 * dropped first: the same bound as the chat memory, so a conversation's facts and
 * messages are forgotten together.
 */
class InMemoryCaseFileStore implements CaseFileStore {

	private final Map<String, CaseFile> files;

	InMemoryCaseFileStore(int maxSessions) {
		this.files = new BoundedLru<>(maxSessions);
	}

	@Override
	public synchronized CaseFile get(String conversationId) {
		return this.files.getOrDefault(conversationId, CaseFile.EMPTY);
	}

	@Override
	public synchronized void put(String conversationId, CaseFile file) {
		this.files.put(conversationId, file);
	}

	@Override
	public synchronized void delete(String conversationId) {
		this.files.remove(conversationId);
	}

}
