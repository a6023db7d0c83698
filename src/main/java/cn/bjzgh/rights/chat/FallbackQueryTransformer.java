package cn.bjzgh.rights.chat;

import java.util.Collection;

import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites with the model, and without it when the model fails: a question is never lost.
 */
class FallbackQueryTransformer implements QueryTransformer {

	private static final Logger log = LoggerFactory.getLogger(FallbackQueryTransformer.class);

	private final QueryTransformer primary;

	private final QueryTransformer fallback;

	FallbackQueryTransformer(QueryTransformer primary, QueryTransformer fallback) {
		this.primary = primary;
		this.fallback = fallback;
	}

	@Override
	public Collection<Query> transform(Query query) {
		try {
			Collection<Query> rewritten = this.primary.transform(query);
			if (rewritten != null && !rewritten.isEmpty()
					&& rewritten.stream().allMatch((q) -> q.text() != null && !q.text().isBlank())) {
				return rewritten;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Follow-up rewriting with the LLM failed ({}); rewriting without it",
					ex.getClass().getSimpleName());
		}
		return this.fallback.transform(query);
	}

}
