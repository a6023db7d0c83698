package cn.bjzgh.rights.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.bjzgh.rights.cluster.SharedValues;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

/**
 * Conversations' messages in Redis (shared mode), as LangChain4j's JSON, so a follow-up
 * sent to another instance continues the conversation. A conversation is bounded in Redis
 * as in memory: by the window of messages the memory keeps and, in bytes, by dropping its
 * oldest messages first. Only masked text is ever stored.
 */
class SharedChatMemoryStore implements ChatMemoryStore {

	private final SharedValues values;

	private final int maxBytes;

	SharedChatMemoryStore(SharedValues values, int maxBytes) {
		this.values = values;
		this.maxBytes = maxBytes;
	}

	@Override
	public List<ChatMessage> getMessages(Object memoryId) {
		return this.values.get(memoryId.toString())
			.map(ChatMessageDeserializer::messagesFromJson)
			.map(ArrayList::new)
			.map(List.class::cast)
			.orElse(List.of());
	}

	@Override
	public void updateMessages(Object memoryId, List<ChatMessage> messages) {
		List<ChatMessage> kept = new ArrayList<>(messages);
		String json = ChatMessageSerializer.messagesToJson(kept);
		while (json.getBytes(StandardCharsets.UTF_8).length > this.maxBytes && kept.size() > 1) {
			kept.remove(0);
			json = ChatMessageSerializer.messagesToJson(kept);
		}
		this.values.put(memoryId.toString(), json);
	}

	@Override
	public void deleteMessages(Object memoryId) {
		this.values.delete(memoryId.toString());
	}

}
