package cn.bjzgh.rights.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.bjzgh.rights.cluster.BoundedLru;

/**
 * Recent queries, least recently used dropped first: each one's embedding and its last
 * ranking. Workers ask the same things again and again ("试用期最长多久", a tapped suggestion,
 * the quick topics); a repeated query skips the embedding (most of a search's time) and,
 * while the index and the synonyms are unchanged, the ranking too. Queries are compared
 * after trimming and collapsing white space. A capacity of 0 turns it off; rankings can
 * be turned off alone (the benchmark measures each).
 * <p>
 * A plain synchronized {@link BoundedLru}: exact least-recently-used eviction, which the
 * tests check, for a map touched twice a search.
 */
final class RecentQueries {

	/**
	 * The default 2,048 queries hold about 4 MB of vectors (2 KB each) and up to 10 MB of
	 * rankings.
	 */
	static final int DEFAULT_CAPACITY = 2048;

	/** A ranking keeps this many candidates: more than any caller asks for (20). */
	static final int RANKING_DEPTH = 50;

	private final int capacity;

	private final boolean rankings;

	private final Map<String, Entry> entries;

	private static final class Entry {

		final float[] vector;

		/** The last ranking, for one index version and category; null when none. */
		Ranking ranking;

		Entry(float[] vector) {
			this.vector = vector;
		}

	}

	private record Ranking(PassageTable table, String category, List<Candidate> ranked) {
	}

	RecentQueries(int capacity) {
		this(capacity, true);
	}

	/**
	 * @param capacity how many queries to keep; 0 for none
	 * @param rankings whether to keep their rankings as well as their embeddings
	 */
	RecentQueries(int capacity, boolean rankings) {
		this.capacity = capacity;
		this.rankings = rankings;
		this.entries = new BoundedLru<>(capacity);
	}

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static String key(String query) {
		return WHITE_SPACE.matcher(query.strip()).replaceAll(" ");
	}

	/** The query's embedding if it is kept, else null. */
	float[] cached(String query) {
		if (this.capacity == 0) {
			return null;
		}
		return vectorOf(key(query));
	}

	private float[] vectorOf(String key) {
		synchronized (this.entries) {
			Entry e = this.entries.get(key);
			return (e == null) ? null : e.vector;
		}
	}

	/** The query's embedding, computed with {@code embed} if it is not kept. */
	float[] vector(String query, Function<String, float[]> embed) {
		if (this.capacity == 0) {
			return embed.apply(query);
		}
		String key = key(query);
		float[] cached = vectorOf(key);
		if (cached != null) {
			return cached;
		}
		// Embedded outside the lock: two threads may embed the same new query once each.
		float[] vector = embed.apply(key);
		synchronized (this.entries) {
			this.entries.putIfAbsent(key, new Entry(vector));
		}
		return vector;
	}

	/**
	 * The query's last ranking if it was made on this index version with this category,
	 * else null.
	 */
	List<Candidate> ranking(String query, PassageTable table, String category) {
		if (!this.rankings || this.capacity == 0) {
			return null;
		}
		synchronized (this.entries) {
			Entry e = this.entries.get(key(query));
			Ranking r = (e == null) ? null : e.ranking;
			boolean same = r != null && r.table() == table
					&& ((category == null) ? r.category() == null : category.equals(r.category()));
			return same ? r.ranked() : null;
		}
	}

	/** Keeps a kept query's ranking (its best {@value #RANKING_DEPTH} candidates). */
	void remember(String query, PassageTable table, String category, List<Candidate> ranked) {
		if (!this.rankings || this.capacity == 0) {
			return;
		}
		List<Candidate> top = List.copyOf(ranked.subList(0, Math.min(RANKING_DEPTH, ranked.size())));
		synchronized (this.entries) {
			Entry e = this.entries.get(key(query));
			if (e != null) {
				e.ranking = new Ranking(table, category, top);
			}
		}
	}

	/**
	 * Drops every ranking: the index or the synonyms changed. (Also lets the previous
	 * index version's table be collected.)
	 */
	void forgetRankings() {
		synchronized (this.entries) {
			this.entries.values().forEach((e) -> e.ranking = null);
		}
	}

	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
