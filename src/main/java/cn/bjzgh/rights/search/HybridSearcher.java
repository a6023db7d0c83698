package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
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
import org.apache.lucene.util.VectorUtil;

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
			return cited(searcher, query, fused, k);
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
			String key = passageId(searcher, sd.doc);
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
	 * A query that names a law and articles ("劳动合同法第47条") gets those articles' sections
	 * first, then the rest of the results (which hold the handbook entries citing them).
	 */
	private List<SearchHit> cited(IndexSearcher searcher, String query, List<SearchHit> fused, int k)
			throws IOException {
		List<String> ids = this.citations.ids(searcher.getIndexReader(), query);
		if (ids.isEmpty()) {
			return fused;
		}
		List<SearchHit> out = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (String id : ids) {
			ScoreDoc[] found = searcher.search(new TermQuery(new Term(IndexedFields.ID, id)), 1).scoreDocs;
			if (found.length > 0 && out.size() < k) {
				// Named exactly: scored as if every list put it first.
				out.add(toHit(stored.document(found[0].doc), 3.0 / (RRF_K + 1), 1.0));
			}
		}
		for (SearchHit hit : fused) {
			if (out.size() < k && !ids.contains(hit.id())) {
				out.add(hit);
			}
		}
		return out;
	}

	/**
	 * The passage's own document: {@code doc} itself, or, when the passage was found
	 * through one of its phrasings, the document that holds its text.
	 */
	private static int passageDoc(IndexSearcher searcher, String id, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedSetDocValues kind = DocValues.getSortedSet(leaf.reader(), IndexedFields.KIND);
		if (!kind.advanceExact(doc - leaf.docBase)) {
			return doc;
		}
		Query own = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexedFields.ID, id)), Occur.FILTER)
			.add(new TermQuery(new Term(IndexedFields.KIND, IndexedFields.KIND_PHRASING)), Occur.MUST_NOT)
			.build();
		ScoreDoc[] found = searcher.search(own, 1).scoreDocs;
		return (found.length == 0) ? doc : found[0].doc;
	}

	/** The passage id of a document, from the id's doc values (no stored fields read). */
	private static String passageId(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), IndexedFields.ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			return "#" + doc;
		}
		return ids.lookupOrd(ids.nextOrd()).utf8ToString();
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
					: questionSimilarity(searcher, docs.get(id), queryVector);
			hits.add(toHit(stored.document(passageDoc(searcher, id, docs.get(id))), rrfScore(id, rankedIds),
					similarity));
		}
		return hits;
	}

	/**
	 * The cosine of the query and the passage's question vector, read from the index; 0
	 * when the passage has no question (a law section) or no query vector is given.
	 */
	private static double questionSimilarity(IndexSearcher searcher, int doc, float[] queryVector) throws IOException {
		if (queryVector == null) {
			return 0;
		}
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		FloatVectorValues vectors = leaf.reader().getFloatVectorValues(IndexedFields.VECTOR_QUESTION);
		int target = doc - leaf.docBase;
		if (vectors == null || vectors.advance(target) != target) {
			return 0;
		}
		return VectorUtil.cosine(queryVector, vectors.vectorValue());
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

	static SearchHit toHit(Document doc, double score, double questionSimilarity) {
		List<String> path = split(doc.get(IndexedFields.HEADING_PATH));
		return new SearchHit(doc.get(IndexedFields.ID), doc.get(IndexedFields.TITLE), doc.get(IndexedFields.SOURCE),
				doc.get(IndexedFields.CATEGORY), doc.get(IndexedFields.REGION), path.get(path.size() - 1), path,
				doc.get(IndexedFields.QUESTION), doc.get(IndexedFields.TEXT), split(doc.get(IndexedFields.LEGAL_BASIS)),
				score, questionSimilarity);
	}

	private static List<String> split(String joined) {
		if (joined == null || joined.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(joined.split(IndexedFields.LIST_SEPARATOR));
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
