package cn.bjzgh.rights.chat;

import java.util.Collection;
import java.util.List;

import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;

/**
 * The deterministic rewrite of a follow-up: the question {@link FollowUpResolver} made
 * self-contained for this turn, read from the conversation's {@link CaseFile}. It is the
 * whole rewrite offline, and the fallback when the model's rewrite fails.
 */
class CaseFileQueryTransformer implements QueryTransformer {

	private final CaseFileStore caseFiles;

	CaseFileQueryTransformer(CaseFileStore caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Collection<Query> transform(Query query) {
		Object id = (query.metadata() == null) ? null : query.metadata().chatMemoryId();
		if (id == null) {
			return List.of(query);
		}
		String resolved = this.caseFiles.get(id.toString()).resolved();
		if (resolved == null || resolved.isBlank()) {
			return List.of(query);
		}
		return List.of(Query.from(resolved, query.metadata()));
	}

}
