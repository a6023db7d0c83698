package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryEmbeddingCacheTest {

	final List<String> embedded = new ArrayList<>();

	float[] embed(String query) {
		this.embedded.add(query);
		return new float[] { query.length() };
	}

	@Test
	void should_embed_a_repeated_query_once_whatever_its_spacing() {
		QueryEmbeddingCache cache = new QueryEmbeddingCache(10);
		float[] first = cache.vector("试用期 最长多久", this::embed);
		float[] again = cache.vector("  试用期   最长多久 ", this::embed);
		assertThat(again).isSameAs(first);
		assertThat(this.embedded).containsExactly("试用期 最长多久");
	}

	@Test
	void should_drop_the_least_recently_used_beyond_its_capacity() {
		QueryEmbeddingCache cache = new QueryEmbeddingCache(2);
		cache.vector("a", this::embed);
		cache.vector("b", this::embed);
		cache.vector("a", this::embed);
		cache.vector("c", this::embed);
		cache.vector("a", this::embed);
		cache.vector("b", this::embed);
		assertThat(this.embedded).containsExactly("a", "b", "c", "b");
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void should_embed_every_time_when_turned_off() {
		QueryEmbeddingCache cache = new QueryEmbeddingCache(0);
		cache.vector("a", this::embed);
		cache.vector("a", this::embed);
		assertThat(this.embedded).containsExactly("a", "a");
		assertThat(cache.size()).isZero();
	}

}
