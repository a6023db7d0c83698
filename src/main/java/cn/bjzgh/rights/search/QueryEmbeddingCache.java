package cn.bjzgh.rights.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The embeddings of recent queries, least recently used dropped first. Workers ask the
 * same things again and again ("试用期最长多久", a tapped suggestion, the quick topics), and the
 * query embedding is most of a search's time; a repeated query skips it. Queries are
 * compared after trimming and collapsing white space. A capacity of 0 turns it off (the
 * benchmark measures both).
 */
final class QueryEmbeddingCache {

	/** 2 KB a vector (512 floats): the default 2,048 entries hold about 4 MB. */
	static final int DEFAULT_CAPACITY = 2048;

	private final int capacity;

	private final Map<String, float[]> vectors;

	QueryEmbeddingCache(int capacity) {
		this.capacity = capacity;
		this.vectors = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
				return size() > capacity;
			}
		};
	}

	float[] vector(String query, Function<String, float[]> embed) {
		if (this.capacity == 0) {
			return embed.apply(query);
		}
		String key = query.strip().replaceAll("\\s+", " ");
		synchronized (this.vectors) {
			float[] cached = this.vectors.get(key);
			if (cached != null) {
				return cached;
			}
		}
		// Embedded outside the lock: two threads may embed the same new query once each.
		float[] vector = embed.apply(key);
		synchronized (this.vectors) {
			this.vectors.put(key, vector);
		}
		return vector;
	}

	int size() {
		synchronized (this.vectors) {
			return this.vectors.size();
		}
	}

}
