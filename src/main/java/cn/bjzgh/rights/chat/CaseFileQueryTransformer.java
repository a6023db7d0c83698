package cn.bjzgh.rights.chat;

import java.util.Collection;
import java.util.List;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;

/**
 * The deterministic rewrite of a follow-up: the question {@link FollowUpResolver} made
 * self-contained for this turn, read from the conversation's {@link CaseFile} (which the
 * turn carries with its query). It is the whole rewrite offline, and the fallback when
 * the model's rewrite fails.
 */
class CaseFileQueryTransformer implements QueryTransformer {

	@Override
	public Collection<Query> transform(Query query) {
		String resolved = caseFile(query).resolved();
		if (resolved == null || resolved.isBlank()) {
			return List.of(query);
		}
		return List.of(Query.from(resolved, query.metadata()));
	}

	/**
	 * The case file of the query's conversation: the one its turn carries in the
	 * invocation parameters ({@link #CASE_FILE}; {@code ChatService} puts it there), so
	 * it is never read again from the store (a round trip to Redis in shared mode); empty
	 * for a query without one.
	 */
	static CaseFile caseFile(Query query) {
		Metadata metadata = query.metadata();
		if (metadata == null || metadata.invocationParameters() == null
				|| !metadata.invocationParameters().containsKey(CASE_FILE)) {
			return CaseFile.EMPTY;
		}
		return metadata.invocationParameters().get(CASE_FILE);
	}

	/** The invocation parameter that carries this turn's case file. */
	static final String CASE_FILE = "caseFile";

	/** A turn's query metadata, with its case file. */
	static Metadata metadata(UserMessage user, String session, List<ChatMessage> history, CaseFile state) {
		return Metadata.builder()
			.chatMessage(user)
			.chatMemory(history)
			.invocationContext(InvocationContext.builder()
				.chatMemoryId(session)
				.invocationParameters(InvocationParameters.from(CASE_FILE, state))
				.build())
			.build();
	}

}
