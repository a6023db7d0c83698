package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import cn.bjzgh.rights.knowledge.KnowledgeProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Answers a query: its keyword list ({@link KeywordSearch}, on another core while the
 * query is embedded) and its vector lists (a first pass on the principal axes, exact
 * cosines for its short list) make the candidates ({@link CandidateFeatures}), ranked by
 * a weighted score of their features with weights fitted on the evaluation sets
 * ({@link FusionWeights}); each hit carries a calibrated {@link Confidence}. A repeated
 * query's embedding and ranking come from {@link RecentQueries}; the passages of the
 * searched index version from its {@link PassageTable} ({@link CurrentTable}). A text's
 * misspellings are put right ({@link Typos}) before it is embedded.
 */
public class HybridSearcher {

	private final KnowledgeIndex index;

	private final EmbeddingModel embeddingModel;

	private final SearchProperties properties;

	private final KeywordSearch keywords;

	private final CitationIndex citations = new CitationIndex();

	private final RecentQueries recent;

	private final FusionWeights weights;

	private final Confidence confidence;

	private final CurrentTable tables = new CurrentTable();

	private volatile Typos typos = Typos.NONE;

	public HybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties,
			Path knowledgeDir) {
		this(index, embeddingModel, properties, knowledgeDir, new RecentQueries(RecentQueries.DEFAULT_CAPACITY),
				FusionWeights.FITTED, Confidence.FITTED);
	}

	/**
	 * @param recent the recent queries' embeddings and rankings kept
	 * @param weights the fused score's weights
	 * @param confidence the model of the first hit's confidence
	 */
	HybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties, Path knowledgeDir,
			RecentQueries recent, FusionWeights weights, Confidence confidence) {
		this.recent = recent;
		this.index = index;
		this.embeddingModel = embeddingModel;
		this.properties = properties;
		this.keywords = new KeywordSearch(properties);
		this.weights = weights;
		this.confidence = confidence;
		loadVocabulary(knowledgeDir);
	}

	/**
	 * Reads the knowledge folder's synonym list and misspellings, where the re-index
	 * reads them too.
	 */
	private void loadVocabulary(Path knowledgeDir) {
		useSynonyms(SynonymLoader.load(KnowledgeProperties.synonymsFile(knowledgeDir)));
		useTypos(Typos.load(KnowledgeProperties.typosFile(knowledgeDir)));
	}

	/** The misspellings to put right in a query before it is embedded. */
	void useTypos(Typos typos) {
		this.typos = typos;
		this.recent.forgetRankings();
	}

	void useSynonyms(SynonymMap synonyms) {
		this.keywords.useSynonyms(synonyms);
		this.recent.forgetRankings();
	}

	/**
	 * Hybrid search: keyword and vector lists fused; {@code category} may be null for
	 * all.
	 */
	public SearchResult search(String query, int k, String category) {
		return search(query, List.of(), k, category, new SearchStages());
	}

	/**
	 * A message of a conversation searched with the messages before it, most recent
	 * first: each earlier message's BM25 scores and embedding count
	 * {@link SearchProperties#contextDecay()} times as much as the one after it ("人在北京"
	 * after "合同上写四千 试用只发三千二" is searched as both, the message weighing most). A follow-up
	 * keeps its thread without an earlier message outweighing what it asks now.
	 */
	public SearchResult search(String message, List<String> earlier, int k, String category) {
		return search(message, earlier, k, category, new SearchStages());
	}

	SearchResult search(String query, int k, String category, SearchStages stages) {
		return search(query, List.of(), k, category, stages);
	}

	/**
	 * Like {@link #search(String, List, int, String)}, adding each stage's time to
	 * {@code stages}.
	 */
	SearchResult search(String query, List<String> earlier, int k, String category, SearchStages stages) {
		long start = System.nanoTime();
		List<String> context = (this.properties.contextDecay() == 0) ? List.of() : earlier;
		// A ranking in context is looked up under the whole conversation; it is never
		// kept (only a query whose embedding is kept has its ranking kept), and the
		// separator, which no white-space normalisation touches, keeps it from ever
		// matching a plain query.
		String key = context.isEmpty() ? query : String.join("\u0001", query, String.join("\u0001", context));
		List<SearchHit> hits = withSearcher((searcher, table) -> {
			List<Candidate> ranked = this.recent.ranking(key, table, category);
			if (ranked == null) {
				ranked = context.isEmpty() ? rank(query, searcher, table, category, stages)
						: rankInContext(query, context, searcher, table, category, stages);
				this.recent.remember(key, table, category, ranked);
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
		String meant = this.typos.fix(query);
		float[] vector = this.recent.cached(meant);
		KeywordSearch.Ranked keyword;
		if (vector != null) {
			keyword = this.keywords.rank(searcher, table, query, category, stages);
		}
		else {
			// The keyword search runs on another core while this thread embeds the
			// query, so a new query costs about its embedding plus the vector lists.
			Future<KeywordSearch.Ranked> pending = this.keywords.rankMeanwhile(searcher, table, query, category,
					stages);
			long t = System.nanoTime();
			vector = embedMeant(meant);
			stages.embedding += System.nanoTime() - t;
			keyword = KeywordSearch.await(pending);
		}
		List<Candidate> candidates = CandidateFeatures.of(table, query, keyword, vector, category,
				this.properties.candidates(), stages);
		long start = System.nanoTime();
		List<Candidate> ranked = this.weights.rank(candidates);
		stages.ranking += System.nanoTime() - start;
		return ranked;
	}

	/**
	 * The candidates of a message searched with the earlier messages of its conversation,
	 * best first (see {@link #search(String, List, int, String)}).
	 */
	private List<Candidate> rankInContext(String message, List<String> earlier, IndexSearcher searcher,
			PassageTable table, String category, SearchStages stages) throws IOException {
		ConversationQuery conversation = ConversationQuery.of(message, earlier, this.properties.contextDecay());
		long t = System.nanoTime();
		Query keywordQuery = this.keywords.query(conversation.keywordTexts(), conversation.weights(),
				KeywordSearch.categoryFilter(category));
		stages.analysis += System.nanoTime() - t;
		Future<KeywordSearch.Ranked> pending = this.keywords.rankMeanwhile(searcher, table, keywordQuery, stages);
		t = System.nanoTime();
		// Earlier messages were embedded in their own turns, so their vectors usually
		// come from the recent queries; one that was searched in other words (a
		// follow-up's own words) is embedded now, once.
		float[] vector = conversation.vector(this::embed);
		stages.embedding += System.nanoTime() - t;
		KeywordSearch.Ranked keyword = KeywordSearch.await(pending);
		List<Candidate> candidates = CandidateFeatures.of(table, conversation.words(), keyword, vector, category,
				this.properties.candidates(), stages);
		long start = System.nanoTime();
		List<Candidate> ranked = this.weights.rank(candidates);
		stages.ranking += System.nanoTime() - start;
		return ranked;
	}

	/**
	 * Every candidate passage of a query with its features, unordered: for fitting the
	 * weights ({@code FusionFit}).
	 */
	List<Candidate> candidates(String query) {
		return candidates(query, false);
	}

	/**
	 * @param exhaustive whether the exact cosines of every passage are computed, instead
	 * of those of the first pass's short list (a check that the short list loses nothing)
	 */
	List<Candidate> candidates(String query, boolean exhaustive) {
		float[] vector = embed(query);
		SearchStages stages = new SearchStages();
		return withSearcher((searcher, table) -> {
			KeywordSearch.Ranked keyword = this.keywords.rank(searcher, table, query, null, stages);
			return CandidateFeatures.of(table, query, keyword, vector, null, this.properties.candidates(), stages,
					exhaustive);
		});
	}

	/**
	 * Completes when the current index version's vector first pass is ready (the
	 * benchmark and the check of the short list wait for it).
	 */
	CompletableFuture<?> firstPassReady() {
		return withSearcher((searcher, table) -> table.firstPassReady());
	}

	/** BM25 only, for comparison in the benchmark and as a fallback view. */
	public SearchResult searchKeyword(String query, int k) {
		long start = System.nanoTime();
		List<SearchHit> hits = withSearcher((searcher, table) -> {
			List<SearchHit> out = new ArrayList<>();
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc sd : searcher.search(this.keywords.query(query, null), k).scoreDocs) {
				out.add(PassageDocuments.hit(stored.document(sd.doc), sd.score, 0, 0));
			}
			return out;
		});
		return new SearchResult(query, (System.nanoTime() - start) / 1_000_000, hits);
	}

	/**
	 * A text's embedding, its misspellings put right first ({@link Typos}): the keyword
	 * search reads the worker's own words, which the handbook's phrasings carry with
	 * their common misspellings, while the embedding reads what was meant.
	 */
	private float[] embed(String asked) {
		return embedMeant(this.typos.fix(asked));
	}

	/** The embedding of a text whose misspellings are already put right. */
	private float[] embedMeant(String meant) {
		return this.recent.vector(meant,
				(q) -> PassageTable.normalised(this.embeddingModel.embed(q).content().vector()));
	}

	private <T> T withSearcher(SearcherFunction<T> fn) {
		try {
			IndexSearcher searcher = this.index.acquire();
			try {
				return fn.apply(searcher, this.tables.of(searcher.getIndexReader(), this.recent::forgetRankings));
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

		T apply(IndexSearcher searcher, PassageTable table) throws IOException;

	}

}
