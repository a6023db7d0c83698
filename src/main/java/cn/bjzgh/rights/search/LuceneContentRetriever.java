package cn.bjzgh.rights.search;

import java.util.List;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

/**
 * The hybrid Lucene search as a LangChain4j {@link ContentRetriever}, so a
 * {@code RetrievalAugmentor} can use it directly. Each content carries the passage's id,
 * title, source, heading and legal basis as metadata for citations.
 */
public class LuceneContentRetriever implements ContentRetriever {

	public static final String META_ID = "id";

	public static final String META_TITLE = "title";

	public static final String META_SOURCE = "source";

	public static final String META_HEADING = "heading";

	public static final String META_LEGAL_BASIS = "legalBasis";

	public static final String META_SCORE = "score";

	public static final String META_SIMILARITY = "questionSimilarity";

	public static final String META_CONFIDENCE = "confidence";

	public static final String META_CONFIRMED_BY = "confirmedBy";

	/** Separator of the confirmed-by list in metadata (titles may hold 、). */
	public static final String SOURCES_SEPARATOR = "\n";

	public static final String META_CATEGORY = "category";

	public static final String META_QUESTION = "question";

	/** Separator of the legal-basis list in metadata. */
	public static final String BASIS_SEPARATOR = "、";

	private final HybridSearcher searcher;

	private final int maxResults;

	public LuceneContentRetriever(HybridSearcher searcher, int maxResults) {
		this.searcher = searcher;
		this.maxResults = maxResults;
	}

	/**
	 * The invocation parameter with a conversation's earlier messages, most recent first
	 * (a list of strings): a query that carries it is searched with them behind it
	 * ({@link HybridSearcher#search(String, List, int, String)}).
	 */
	public static final String EARLIER = "earlierMessages";

	@Override
	public List<Content> retrieve(Query query) {
		return this.searcher.search(query.text(), earlier(query), this.maxResults, null)
			.hits()
			.stream()
			.map(LuceneContentRetriever::toContent)
			.toList();
	}

	private static List<String> earlier(Query query) {
		if (query.metadata() == null || query.metadata().invocationParameters() == null) {
			return List.of();
		}
		Object earlier = query.metadata().invocationParameters().get(EARLIER);
		if (!(earlier instanceof List<?> messages)) {
			return List.of();
		}
		return messages.stream().map(String::valueOf).toList();
	}

	static Content toContent(SearchHit hit) {
		Metadata metadata = new Metadata().put(META_ID, hit.id())
			.put(META_TITLE, hit.title())
			.put(META_SOURCE, hit.source())
			.put(META_HEADING, hit.heading())
			.put(META_LEGAL_BASIS, String.join(BASIS_SEPARATOR, hit.legalBasis()))
			.put(META_SCORE, hit.score())
			.put(META_SIMILARITY, hit.questionSimilarity())
			.put(META_CONFIDENCE, hit.confidence())
			.put(META_CONFIRMED_BY, String.join(SOURCES_SEPARATOR, hit.confirmedBy()))
			.put(META_CATEGORY, hit.category());
		if (hit.question() != null) {
			metadata.put(META_QUESTION, hit.question());
		}
		return Content.from(TextSegment.from(hit.text(), metadata));
	}

}
