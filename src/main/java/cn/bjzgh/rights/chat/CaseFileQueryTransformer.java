package cn.bjzgh.rights.chat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.search.LuceneContentRetriever;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;

/**
 * The deterministic rewrite of a follow-up. A turn's message is searched with its own
 * words ({@link Resolution#own()}) and the conversation's earlier messages behind it,
 * each weighing less than the one after it ({@link LuceneContentRetriever#EARLIER}); a
 * search without a conversation, or one asked for a given question (a search again), uses
 * the question in the conversation's {@link CaseFile} (which the turn carries with its
 * query). It is the whole rewrite offline, and the fallback when the model's rewrite
 * fails; the model's rewrite is self-contained and searched alone.
 */
class CaseFileQueryTransformer implements QueryTransformer {

	/**
	 * A turn's own search words and the conversation's earlier messages, most recent
	 * first.
	 */
	record InContext(String own, List<String> earlier) {
	}

	/** The invocation parameter that carries this turn's {@link InContext}. */
	static final String IN_CONTEXT = "inContext";

	@Override
	public Collection<Query> transform(Query query) {
		Metadata metadata = query.metadata();
		if (metadata != null && metadata.invocationParameters() != null
				&& metadata.invocationParameters().get(IN_CONTEXT) instanceof InContext plan && !plan.own().isBlank()) {
			// Read by the retriever of this very query, so only this rewrite's search is
			// read in context, not the model's.
			metadata.invocationParameters().put(LuceneContentRetriever.EARLIER, plan.earlier());
			return List.of(Query.from(plan.own(), metadata));
		}
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

	/**
	 * A turn's query metadata, with its case file and, unless null, how to search it in
	 * context.
	 */
	static Metadata metadata(UserMessage user, String session, List<ChatMessage> history, CaseFile state,
			InContext inContext) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(CASE_FILE, state);
		if (inContext != null) {
			parameters.put(IN_CONTEXT, inContext);
		}
		return Metadata.builder()
			.chatMessage(user)
			.chatMemory(history)
			.invocationContext(InvocationContext.builder()
				.chatMemoryId(session)
				.invocationParameters(InvocationParameters.from(parameters))
				.build())
			.build();
	}

}
