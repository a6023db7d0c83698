package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.cluster.BoundedLru;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * Conversations in memory, at most {@code maxSessions} of them: the least recently used
 * is dropped first. LangChain4j's {@code InMemoryChatMemoryStore} grows without bound,
 * which a public widget cannot afford; a persistent {@link ChatMemoryStore} (a database,
 * Redis) can replace this bean.
 */
class BoundedChatMemoryStore implements ChatMemoryStore {

	private final Map<Object, List<ChatMessage>> sessions;

	BoundedChatMemoryStore(int maxSessions) {
		this.sessions = new BoundedLru<>(maxSessions);
	}

	@Override
	public synchronized List<ChatMessage> getMessages(Object memoryId) {
		List<ChatMessage> messages = this.sessions.get(memoryId);
		return (messages == null) ? List.of() : new ArrayList<>(messages);
	}

	@Override
	public synchronized void updateMessages(Object memoryId, List<ChatMessage> messages) {
		this.sessions.put(memoryId, new ArrayList<>(messages));
	}

	@Override
	public synchronized void deleteMessages(Object memoryId) {
		this.sessions.remove(memoryId);
	}

	synchronized boolean contains(Object memoryId) {
		return this.sessions.containsKey(memoryId);
	}

	synchronized int size() {
		return this.sessions.size();
	}

}
