package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentQueriesTest {

	final List<String> embedded = new ArrayList<>();

	float[] embed(String query) {
		this.embedded.add(query);
		return new float[] { query.length() };
	}

	@Test
	void should_embed_a_repeated_query_once_whatever_its_spacing() {
		RecentQueries cache = new RecentQueries(10);
		float[] first = cache.vector("试用期 最长多久", this::embed);
		float[] again = cache.vector("  试用期   最长多久 ", this::embed);
		assertThat(again).isSameAs(first);
		assertThat(this.embedded).containsExactly("试用期 最长多久");
	}

	@Test
	void should_drop_the_least_recently_used_beyond_its_capacity() {
		RecentQueries cache = new RecentQueries(2);
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
		RecentQueries cache = new RecentQueries(0);
		cache.vector("a", this::embed);
		cache.vector("a", this::embed);
		assertThat(this.embedded).containsExactly("a", "a");
		assertThat(cache.size()).isZero();
	}

	@Test
	void should_keep_a_ranking_for_its_index_version_and_category_until_told_to_forget() {
		RecentQueries recent = new RecentQueries(10);
		List<Candidate> ranked = List.of(new Candidate(0, "a#1", 1, 0.9, 0.8, 1, 0, 1, 1, 1, 0));
		recent.remember("试用期多久", null, null, ranked);
		assertThat(recent.ranking("试用期多久", null, null)).as("not kept: the query was never embedded").isNull();

		recent.vector("试用期多久", this::embed);
		recent.remember("试用期多久", null, null, ranked);
		assertThat(recent.ranking(" 试用期多久 ", null, null)).isEqualTo(ranked);
		assertThat(recent.ranking("试用期多久", null, "probation")).as("another category").isNull();

		recent.forgetRankings();
		assertThat(recent.ranking("试用期多久", null, null)).isNull();
		assertThat(recent.cached("试用期多久")).as("the embedding stays").isNotNull();
	}

	@Test
	void should_keep_only_embeddings_when_rankings_are_turned_off() {
		RecentQueries recent = new RecentQueries(10, false);
		recent.vector("试用期多久", this::embed);
		recent.remember("试用期多久", null, null, List.of(new Candidate(0, "a#1", 1, 0.9, 0.8, 1, 0, 1, 1, 1, 0)));
		assertThat(recent.ranking("试用期多久", null, null)).isNull();
		assertThat(recent.cached("试用期多久")).isNotNull();
	}

}
