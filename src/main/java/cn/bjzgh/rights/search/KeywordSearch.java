package cn.bjzgh.rights.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.synonym.SynonymMap;
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
 * The keyword list of a query: BM25 over the question field (with the phrasings), the
 * heading path and the text, weighted by {@link SearchProperties}, with the worker
 * vocabulary's synonyms applied at query time. It can run on another core while the query
 * is embedded.
 */
final class KeywordSearch {

	/**
	 * Runs a new query's keyword search while its embedding is computed; when busy, the
	 * caller runs it itself.
	 */
	private static final ExecutorService POOL = pool();

	private final SearchProperties properties;

	private volatile QueryBuilder queryBuilder;

	KeywordSearch(SearchProperties properties) {
		this.properties = properties;
	}

	/**
	 * The BM25 list: passage ordinals best first, and each one's score relative to the
	 * best.
	 */
	record Ranked(int[] order, double[] bm25) {
	}

	void useSynonyms(SynonymMap synonyms) {
		this.queryBuilder = new QueryBuilder(new ChineseAnalyzer(synonyms));
	}

	/** The filter that keeps one category's passages; null for all. */
	static Query categoryFilter(String category) {
		return (category == null) ? null : new TermQuery(new Term(IndexedFields.CATEGORY, category));
	}

	/** The query over the three fields, restricted by {@code filter} when not null. */
	Query query(String query, Query filter) {
		return restricted(fields(query), filter);
	}

	/**
	 * Several texts searched at once, each one's scores multiplied by its weight: a
	 * message with the earlier messages of its conversation behind it.
	 */
	Query query(List<String> texts, double[] weights, Query filter) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (int i = 0; i < texts.size(); i++) {
			Query q = fields(texts.get(i));
			all.add((weights[i] == 1) ? q : new BoostQuery(q, (float) weights[i]), Occur.SHOULD);
		}
		return restricted(all.build(), filter);
	}

	private Query fields(String query) {
		BooleanQuery.Builder fields = new BooleanQuery.Builder();
		addField(fields, IndexedFields.QUESTION, query, this.properties.questionBoost());
		addField(fields, IndexedFields.HEADING_TEXT, query, this.properties.headingBoost());
		addField(fields, IndexedFields.TEXT, query, 1f);
		return fields.build();
	}

	private static Query restricted(Query query, Query filter) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
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

	/** The keyword list of a query, {@code category} null for all. */
	Ranked rank(IndexSearcher searcher, PassageTable table, String query, String category, SearchStages stages)
			throws IOException {
		long t = System.nanoTime();
		Query filter = categoryFilter(category);
		Query keyword = query(query, filter);
		stages.analysis += System.nanoTime() - t;
		return rank(searcher, table, keyword, stages);
	}

	/** The keyword list of an already built query. */
	Ranked rank(IndexSearcher searcher, PassageTable table, Query keyword, SearchStages stages) throws IOException {
		long t = System.nanoTime();
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
		return new Ranked(order.stream().mapToInt(Integer::intValue).toArray(), bm25);
	}

	/**
	 * {@link #rank} of a built query on another thread; the searcher must stay acquired
	 * until it is awaited.
	 */
	Future<Ranked> rankMeanwhile(IndexSearcher searcher, PassageTable table, Query keyword, SearchStages stages) {
		return POOL.submit(() -> rank(searcher, table, keyword, stages));
	}

	/**
	 * {@link #rank} on another thread; the searcher must stay acquired until it is
	 * awaited.
	 */
	Future<Ranked> rankMeanwhile(IndexSearcher searcher, PassageTable table, String query, String category,
			SearchStages stages) {
		return POOL.submit(() -> rank(searcher, table, query, category, stages));
	}

	static Ranked await(Future<Ranked> pending) throws IOException {
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

	private static ExecutorService pool() {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ThreadFactory daemons = (r) -> {
			Thread t = new Thread(r, "keyword-search");
			t.setDaemon(true);
			return t;
		};
		return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(threads),
				daemons, new ThreadPoolExecutor.CallerRunsPolicy());
	}

}
