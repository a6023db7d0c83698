package cn.bjzgh.rights.chat;

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
		return this.values.get(conversationId)
			.map((text) -> this.json.readValue(text, CaseFile.class))
			.orElse(CaseFile.EMPTY);
	}

	@Override
	public void put(String conversationId, CaseFile file) {
		this.values.put(conversationId, this.json.writeValueAsString(file));
	}

	@Override
	public void delete(String conversationId) {
		this.values.delete(conversationId);
	}

}
