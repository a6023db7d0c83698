package cn.bjzgh.rights.chat;

import java.util.concurrent.CompletableFuture;

import cn.bjzgh.rights.cluster.SharedValues;
import tools.jackson.databind.ObjectMapper;

/**
 * Conversations' case files in Redis (shared mode), as JSON next to their messages and
 * with the same time-to-live, so the facts a worker gave on one instance are known on
 * every other.
 */
class SharedCaseFileStore implements CaseFileStore {

	private final SharedValues values;

	private final ObjectMapper json;

	SharedCaseFileStore(SharedValues values, ObjectMapper json) {
		this.values = values;
		this.json = json;
	}

	@Override
	public CaseFile get(String conversationId) {
		return fetch(conversationId).join();
	}

	@Override
	public CompletableFuture<CaseFile> fetch(String conversationId) {
		return this.values.fetch(conversationId)
			.thenApply((text) -> text.map((t) -> this.json.readValue(t, CaseFile.class)).orElse(CaseFile.EMPTY));
	}

	@Override
	public void put(String conversationId, CaseFile file) {
		// Read back by the next turn, on this instance or another, not by this one:
		// nothing waits for it.
		this.values.send(conversationId, this.json.writeValueAsString(file));
	}

	@Override
	public void delete(String conversationId) {
		this.values.delete(conversationId);
	}

}
