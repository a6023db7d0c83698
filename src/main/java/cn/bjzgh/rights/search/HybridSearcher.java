package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Answers a query from three ranked lists — BM25 over the question (with its phrasings),
 * heading and text fields, and exact vector search over the question vectors (question
 * and phrasings) and the text vectors — and ranks their union by a weighted score of the
 * features every candidate has (see {@link Candidate}), with weights fitted on the
 * evaluation sets ({@link FusionWeights}). The first hit carries a calibrated
 * {@link Confidence}.
 */
public class HybridSearcher {

	/**
	 * The constant of reciprocal-rank fusion (one of the features); 60 is the value of
	 * the original paper and LangChain4j.
	 */
	static final int RRF_K = 60;

	/** The category of the service guide's passages. */
	private static final String UNION_SERVICES = "union-services";

	/**
	 * Words that name the union or one of its services: a query with one of them is about
	 * what the union does, one without is about a right, where a handbook answer leads.
	 */
	static final java.util.regex.Pattern UNION_WORDS = java.util.regex.Pattern
		.compile("工会|会员|入会|京卡|会费|职代会|职工代表|集体合同|集体协商|驿站|互助|二次报销|送温暖|助学|帮扶|疗休养|文化宫|技能大赛|12351");

	/** How many leaders of each list vote on the query's topic. */
	private static final int CATEGORY_LEADERS = 5;

	/**
	 * Runs a new query's keyword search while its embedding is computed; when busy, the
	 * caller runs it itself.
	 */
	private static final ExecutorService KEYWORD_SEARCH = keywordSearchPool();

	private final KnowledgeIndex index;

	private final EmbeddingModel embeddingModel;

	private final SearchProperties properties;

	private volatile QueryBuilder queryBuilder;

	private final CitationIndex citations = new CitationIndex();

	private final RecentQueries recent;

	private final FusionWeights weights;

	private final Confidence confidence;

	private volatile PassageTable table;

	public HybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties,
			Path synonymsFile) {
		this(index, embeddingModel, properties, synonymsFile, new RecentQueries(RecentQueries.DEFAULT_CAPACITY),
				FusionWeights.FITTED, Confidence.FITTED);
	}

	/**
	 * @param recent the recent queries' embeddings and rankings kept
	 * @param weights the fused score's weights
	 * @param confidence the model of the first hit's confidence
	 */
	HybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties, Path synonymsFile,
			RecentQueries recent, FusionWeights weights, Confidence confidence) {
		this.recent = recent;
		this.index = index;
		this.embeddingModel = embeddingModel;
		this.properties = properties;
		this.weights = weights;
		this.confidence = confidence;
		reloadSynonyms(synonymsFile);
	}

	/** Re-reads the synonym list; used at start-up and on re-index. */
	public final void reloadSynonyms(Path synonymsFile) {
		useSynonyms(SynonymLoader.load(synonymsFile));
	}

	void useSynonyms(org.apache.lucene.analysis.synonym.SynonymMap synonyms) {
		this.queryBuilder = new QueryBuilder(new ChineseAnalyzer(synonyms));
		this.recent.forgetRankings();
	}

	/**
	 * Hybrid search: keyword and vector lists fused; {@code category} may be null for
	 * all.
	 */
	public SearchResult search(String query, int k, String category) {
		return search(query, k, category, new SearchStages());
	}

	/**
	 * Like {@link #search(String, int, String)}, adding each stage's time to
	 * {@code stages}.
	 */
	SearchResult search(String query, int k, String category, SearchStages stages) {
		long start = System.nanoTime();
		List<SearchHit> hits = withSearcher((searcher, table) -> {
			List<Candidate> ranked = this.recent.ranking(query, table, category);
			if (ranked == null) {
				ranked = rank(query, searcher, table, category, stages);
				this.recent.remember(query, table, category, ranked);
			}
			long t = System.nanoTime();
			List<SearchHit> out = new ArrayList<>();
			StoredFields stored = searcher.storedFields();
			for (int i = 0; i < Math.min(k, ranked.size()); i++) {
				Candidate c = ranked.get(i);
				double score = this.weights.score(c);
				double other = (ranked.size() < 2) ? 0 : this.weights.score(ranked.get((i == 0) ? 1 : 0));
				double conf = this.confidence.of(score - other, c);
				out.add(PassageDocuments.hit(stored.document(table.ownDocs[c.passage()]), score, c.question(), conf));
			}
			out = this.citations.first(searcher, query, out, k);
			stages.storedFields += System.nanoTime() - t;
			return out;
		});
		return new SearchResult(query, (System.nanoTime() - start) / 1_000_000, hits);
	}

	/** The query's candidates, best first. */
	private List<Candidate> rank(String query, IndexSearcher searcher, PassageTable table, String category,
			SearchStages stages) throws IOException {
		float[] vector = this.recent.cached(query);
		KeywordList keywords;
		if (vector != null) {
			keywords = keywordList(searcher, table, query, category, stages);
		}
		else {
			// The keyword search runs on another core while this thread embeds the
			// query, so a new query costs about its embedding plus the vector lists.
			Callable<KeywordList> keyword = () -> keywordList(searcher, table, query, category, stages);
			Future<KeywordList> pending = KEYWORD_SEARCH.submit(keyword);
			long t = System.nanoTime();
			vector = embed(query);
			stages.embedding += System.nanoTime() - t;
			keywords = await(pending);
		}
		return rank(candidates(table, query, keywords, vector, category, stages), stages);
	}

	/**
	 * Every candidate passage of a query with its features, unordered: for fitting the
	 * weights ({@code FusionFit}).
	 */
	List<Candidate> candidates(String query) {
		float[] vector = embed(query);
		SearchStages stages = new SearchStages();
		return withSearcher((searcher, table) -> candidates(table, query,
				keywordList(searcher, table, query, null, stages), vector, null, stages));
	}

	/** BM25 only, for comparison in the benchmark and as a fallback view. */
	public SearchResult searchKeyword(String query, int k) {
		long start = System.nanoTime();
		List<SearchHit> hits = withSearcher((searcher, table) -> {
			List<SearchHit> out = new ArrayList<>();
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc sd : searcher.search(keywordQuery(query, null), k).scoreDocs) {
				out.add(PassageDocuments.hit(stored.document(sd.doc), sd.score, 0, 0));
			}
			return out;
		});
		return new SearchResult(query, (System.nanoTime() - start) / 1_000_000, hits);
	}

	private float[] embed(String query) {
		return this.recent.vector(query,
				(q) -> PassageTable.normalised(this.embeddingModel.embed(q).content().vector()));
	}

	/** The BM25 list: passages best first, and each one's score relative to the best. */
	private record KeywordList(int[] order, double[] bm25) {
	}

	private KeywordList keywordList(IndexSearcher searcher, PassageTable table, String query, String category,
			SearchStages stages) throws IOException {
		long t = System.nanoTime();
		Query filter = (category == null) ? null : new TermQuery(new Term(IndexedFields.CATEGORY, category));
		Query keyword = keywordQuery(query, filter);
		stages.analysis += System.nanoTime() - t;
		t = System.nanoTime();
		double[] bm25 = new double[table.size()];
		List<Integer> order = new ArrayList<>();
		ScoreDoc[] found = searcher.search(keyword, this.properties.candidates()).scoreDocs;
		for (ScoreDoc sd : found) {
			int p = table.passageOf(sd.doc);
			if (p >= 0 && bm25[p] == 0) {
				order.add(p);
				bm25[p] = sd.score / found[0].score;
			}
		}
		stages.keyword += System.nanoTime() - t;
		return new KeywordList(order.stream().mapToInt(Integer::intValue).toArray(), bm25);
	}

	private static KeywordList await(Future<KeywordList> pending) throws IOException {
		try {
			return pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while searching", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private List<Candidate> candidates(PassageTable table, String query, KeywordList keywords, float[] vector,
			String category, SearchStages stages) {
		double asksUnion = UNION_WORDS.matcher(query).find() ? 1 : -1;
		int n = this.properties.candidates();
		int size = table.size();
		long t = System.nanoTime();
		float[] question = table.questionSimilarities(vector);
		float[] text = table.textSimilarities(vector);
		int[] questionList = top(question, n, table, category);
		int[] textList = top(text, n, table, category);
		stages.vectors += System.nanoTime() - t;
		t = System.nanoTime();
		int[] keywordOrder = keywords.order();
		double[] keywordRank = reciprocalRanks(keywordOrder, size);
		double[] questionRank = reciprocalRanks(questionList, size);
		double[] textRank = reciprocalRanks(textList, size);
		Map<String, Integer> topics = new HashMap<>();
		int voters = 0;
		for (int[] list : new int[][] { keywordOrder, questionList }) {
			for (int i = 0; i < Math.min(CATEGORY_LEADERS, list.length); i++) {
				topics.merge(table.categories[list[i]], 1, Integer::sum);
				voters++;
			}
		}
		List<Candidate> out = new ArrayList<>();
		for (int p = 0; p < size; p++) {
			if (keywordRank[p] + questionRank[p] + textRank[p] > 0) {
				double topic = (voters == 0) ? 0 : topics.getOrDefault(table.categories[p], 0) / (double) voters;
				out.add(new Candidate(p, table.ids[p], keywords.bm25()[p], question[p], text[p], topic,
						table.lawSections[p] ? 1 : 0, keywordRank[p], questionRank[p], textRank[p],
						UNION_SERVICES.equals(table.categories[p]) ? asksUnion : 0));
			}
		}
		stages.ranking += System.nanoTime() - t;
		return out;
	}

	/** Candidates by fused score, best first; ties by passage id for a stable order. */
	private List<Candidate> rank(List<Candidate> candidates, SearchStages stages) {
		long t = System.nanoTime();
		List<Candidate> ranked = new ArrayList<>(candidates);
		ranked.sort(Comparator.comparingDouble((Candidate c) -> -this.weights.score(c))
			.thenComparingInt(Candidate::passage));
		stages.ranking += System.nanoTime() - t;
		return ranked;
	}

	/** Each passage's reciprocal-rank term in one list, scaled to 1 at the top. */
	private static double[] reciprocalRanks(int[] list, int size) {
		double[] out = new double[size];
		for (int rank = 0; rank < list.length; rank++) {
			out[list[rank]] = (RRF_K + 1.0) / (RRF_K + rank + 1);
		}
		return out;
	}

	/**
	 * The ordinals of the {@code n} passages with the highest values, best first (ties by
	 * ordinal): one pass with an insertion into a sorted array of n, no boxing.
	 */
	static int[] top(float[] values, int n, PassageTable table, String category) {
		int[] best = new int[n];
		int size = 0;
		for (int p = 0; p < values.length; p++) {
			float v = values[p];
			if (v <= 0 || (category != null && !category.equals(table.categories[p]))
					|| (size == n && v <= values[best[n - 1]])) {
				continue;
			}
			int i = (size < n) ? size++ : n - 1;
			while (i > 0 && values[best[i - 1]] < v) {
				best[i] = best[i - 1];
				i--;
			}
			best[i] = p;
		}
		return Arrays.copyOf(best, size);
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

	private <T> T withSearcher(SearcherFunction<T> fn) {
		try {
			IndexSearcher searcher = this.index.acquire();
			try {
				return fn.apply(searcher, table(searcher));
			}
			finally {
				this.index.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ExecutorService keywordSearchPool() {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ThreadFactory daemons = (r) -> {
			Thread t = new Thread(r, "keyword-search");
			t.setDaemon(true);
			return t;
		};
		return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(threads),
				daemons, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/** The table of the searcher's index version, built on its first use. */
	private PassageTable table(IndexSearcher searcher) throws IOException {
		PassageTable t = this.table;
		if (t == null || t.reader != searcher.getIndexReader()) {
			synchronized (this) {
				t = this.table;
				if (t == null || t.reader != searcher.getIndexReader()) {
					t = PassageTable.build(searcher.getIndexReader());
					this.table = t;
					this.recent.forgetRankings();
				}
			}
		}
		return t;
	}

	@FunctionalInterface
	private interface SearcherFunction<T> {

		T apply(IndexSearcher searcher, PassageTable table) throws IOException;

	}

}
