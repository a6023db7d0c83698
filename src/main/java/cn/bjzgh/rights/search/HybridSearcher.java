package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Answers a query with BM25 over the question, heading and text fields (question weighted
 * highest), k-nearest-neighbour search over the question and passage vectors, and
 * reciprocal-rank fusion of the three ranked lists with LangChain4j's
 * {@link ReciprocalRankFuser}.
 */
public class HybridSearcher {

	/**
	 * The constant of reciprocal-rank fusion; 60 is the value of the original paper and
	 * LangChain4j.
	 */
	static final int RRF_K = 60;

	private final KnowledgeIndex index;

	private final EmbeddingModel embeddingModel;

	private final SearchProperties properties;

	private volatile QueryBuilder queryBuilder;

	private final CitationIndex citations = new CitationIndex();

	private final QueryEmbeddingCache embeddings;

	public HybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties,
			Path synonymsFile) {
		this(index, embeddingModel, properties, synonymsFile, QueryEmbeddingCache.DEFAULT_CAPACITY);
	}

	/**
	 * @param embeddingCache how many recent query embeddings to keep; 0 for none
	 */
	HybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties, Path synonymsFile,
			int embeddingCache) {
		this.embeddings = new QueryEmbeddingCache(embeddingCache);
		this.index = index;
		this.embeddingModel = embeddingModel;
		this.properties = properties;
		reloadSynonyms(synonymsFile);
	}

	/** Re-reads the synonym list; used at start-up and on re-index. */
	public final void reloadSynonyms(Path synonymsFile) {
		useSynonyms(SynonymLoader.load(synonymsFile));
	}

	void useSynonyms(org.apache.lucene.analysis.synonym.SynonymMap synonyms) {
		this.queryBuilder = new QueryBuilder(new ChineseAnalyzer(synonyms));
	}

	/**
	 * Hybrid search: keyword and vector lists fused; {@code category} may be null for
	 * all.
	 */
	public SearchResult search(String query, int k, String category) {
		long start = System.nanoTime();
		float[] vector = this.embeddings.vector(query, (q) -> this.embeddingModel.embed(q).content().vector());
		List<SearchHit> hits = withSearcher((searcher) -> {
			Query filter = (category == null) ? null : new TermQuery(new Term(IndexedFields.CATEGORY, category));
			int n = this.properties.candidates();
			Map<String, Float> questionScores = new HashMap<>();
			Map<String, Integer> docs = new HashMap<>();
			List<List<String>> lists = new ArrayList<>();
			lists.add(run(searcher, keywordQuery(query, filter), n, null, docs));
			lists.add(run(searcher, new KnnFloatVectorQuery(IndexedFields.VECTOR_QUESTION, vector, n, filter), n,
					questionScores, docs));
			lists.add(run(searcher, new KnnFloatVectorQuery(IndexedFields.VECTOR_TEXT, vector, n, filter), n, null,
					docs));
			List<SearchHit> fused = fuse(lists, searcher, k, questionScores, vector, docs);
			return this.citations.first(searcher, query, fused, k);
		});
		return new SearchResult(query, (System.nanoTime() - start) / 1_000_000, hits);
	}

	/** BM25 only, for comparison in the benchmark and as a fallback view. */
	public SearchResult searchKeyword(String query, int k) {
		long start = System.nanoTime();
		List<SearchHit> hits = withSearcher((searcher) -> {
			Map<String, Integer> docs = new HashMap<>();
			List<String> ids = run(searcher, keywordQuery(query, null), k, null, docs);
			return fuse(List.of(ids), searcher, k, Map.of(), null, docs);
		});
		return new SearchResult(query, (System.nanoTime() - start) / 1_000_000, hits);
	}

	private Query keywordQuery(String query, Query filter) {
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		addField(fields, IndexedFields.QUESTION, query, this.properties.questionBoost());
		addField(fields, IndexedFields.HEADING_TEXT, query, this.properties.headingBoost());
		addField(fields, IndexedFields.TEXT, query, 1f);
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(fields.build(), Occur.MUST);
		if (filter != null) {
			builder.add(filter, Occur.FILTER);
		}
		return builder.build();
	}

	private void addField(BooleanQuery.Builder builder, String field, String query, float boost) {
		Query q = this.queryBuilder.createBooleanQuery(field, query, Occur.SHOULD);
		if (q != null) {
			builder.add((boost == 1f) ? q : new BoostQuery(q, boost), Occur.SHOULD);
		}
	}

	/**
	 * One ranked list, as Lucene document numbers (valid within this searcher). Stored
	 * fields are read only for the fused top k: reading them for every candidate of every
	 * list (up to 120 a query) was the largest cost under load.
	 */
	private static List<String> run(IndexSearcher searcher, Query query, int n, Map<String, Float> scores,
			Map<String, Integer> docs) throws IOException {
		List<String> keys = new ArrayList<>();
		for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
			// A passage's phrasings are documents of their own: the list keeps the
			// passage once, at its best rank, with its best score.
			String key = PassageDocuments.id(searcher, sd.doc);
			if (keys.contains(key)) {
				continue;
			}
			keys.add(key);
			docs.putIfAbsent(key, sd.doc);
			if (scores != null) {
				scores.put(key, sd.score);
			}
		}
		return keys;
	}

	/**
	 * @param queryVector the query's embedding, to compute the question similarity of a
	 * hit that the question-vector search did not return (it came from BM25 or the text
	 * vectors); null to leave it at 0
	 */
	private static List<SearchHit> fuse(List<List<String>> rankedIds, IndexSearcher searcher, int k,
			Map<String, Float> questionScores, float[] queryVector, Map<String, Integer> docs) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<List<Content>> lists = rankedIds.stream()
			.map((ids) -> ids.stream().map(HybridSearcher::content).toList())
			.toList();
		List<Content> fused = ReciprocalRankFuser.fuse(lists, RRF_K);
		List<SearchHit> hits = new ArrayList<>();
		for (Content c : fused.subList(0, Math.min(k, fused.size()))) {
			String id = c.textSegment().text();
			Float knnScore = questionScores.get(id);
			// Lucene scores a COSINE vector match as (1 + cos) / 2; report the cosine
			// itself.
			double similarity = (knnScore != null) ? 2.0 * knnScore - 1.0
					: PassageDocuments.questionSimilarity(searcher, docs.get(id), queryVector);
			Document own = stored.document(PassageDocuments.own(searcher, id, docs.get(id)));
			hits.add(PassageDocuments.hit(own, rrfScore(id, rankedIds), similarity));
		}
		return hits;
	}

	/** Fusion compares contents by segment; the id alone identifies a passage. */
	private static Content content(String id) {
		return Content.from(TextSegment.from(id, new Metadata()));
	}

	/**
	 * The fused score for display: the fuser orders the hits but does not expose the
	 * score, so it is recomputed with the same formula.
	 */
	private static double rrfScore(String id, List<List<String>> rankedIds) {
		double score = 0;
		for (List<String> ids : rankedIds) {
			int rank = ids.indexOf(id);
			if (rank >= 0) {
				score += 1.0 / (RRF_K + rank + 1);
			}
		}
		return score;
	}

	private <T> T withSearcher(SearcherFunction<T> fn) {
		try {
			IndexSearcher searcher = this.index.acquire();
			try {
				return fn.apply(searcher);
			}
			finally {
				this.index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
