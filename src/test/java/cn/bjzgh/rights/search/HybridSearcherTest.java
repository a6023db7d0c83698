package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HybridSearcherTest {

	@TempDir
	Path knowledge;

	@TempDir
	Path indexDir;

	KnowledgeIndex index;

	HybridSearcher searcher;

	final KnowledgeLoader loader = new KnowledgeLoader(600);

	final SearchProperties properties = new SearchProperties(null, 20, 3f, 1.5f, 1, 1, 0.7);

	@BeforeEach
	void build() throws IOException {
		FixtureKnowledge.writeAll(this.knowledge);
		this.index = new KnowledgeIndex(FSDirectory.open(this.indexDir), FixtureKnowledge.MODEL, "test");
		this.searcher = new HybridSearcher(this.index, FixtureKnowledge.MODEL, this.properties, this.knowledge);
	}

	@AfterEach
	void close() throws IOException {
		this.index.close();
	}

	@Test
	void should_refuse_to_search_before_the_index_is_built() {
		assertThat(this.index.isReady()).isFalse();
		assertThatThrownBy(() -> this.searcher.search("试用期", 5, null)).isInstanceOf(IndexNotReadyException.class);
	}

	@Test
	void should_find_an_entry_by_one_of_its_phrasings_and_list_it_once() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		SearchResult result = this.searcher.search("俺一年能歇几天带工资的假", 5, null);
		SearchHit top = result.hits().get(0);
		assertThat(top.id()).isEqualTo("rights-handbook/leave#带薪年休假一年有几天");
		assertThat(top.questionSimilarity()).isGreaterThan(0.95);
		assertThat(top.text()).doesNotContain("相似问法").doesNotContain("俺一年能歇几天");
		assertThat(result.hits()).extracting(SearchHit::id).doesNotHaveDuplicates();
	}

	@Test
	void a_misspelling_is_put_right_before_the_query_is_embedded() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		this.searcher.useTypos(Typos.parse(new StringReader("年价 => 年假\n")));
		SearchHit misspelt = this.searcher.search("带薪年价一年有几天", 5, null).hits().get(0);
		SearchHit right = this.searcher.search("带薪年假一年有几天", 5, null).hits().get(0);
		assertThat(misspelt.id()).isEqualTo(right.id()).isEqualTo("rights-handbook/leave#带薪年休假一年有几天");
		assertThat(misspelt.questionSimilarity()).as("the same embedding")
			.isCloseTo(right.questionSimilarity(), within(1e-6));
	}

	@Test
	void a_follow_up_is_searched_with_the_messages_before_it_its_own_words_weighing_most() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		List<String> earlier = List.of("刚入职 试用期工资只给八成");
		assertThat(this.searcher.search("人在北京", earlier, 3, null).hits().get(0).id())
			.isEqualTo("rights-handbook/probation#试用期工资最低能给多少");
		// A message with a subject of its own keeps it.
		assertThat(this.searcher.search("一年几天", earlier, 3, null).hits().get(0).id())
			.isEqualTo("rights-handbook/leave#带薪年休假一年有几天");
		// Alone, the same fragment is searched for its own words (the ranking remembered
		// for it with the conversation is not reused).
		assertThat(this.searcher.search("人在北京", 3, null).hits().get(0).id())
			.isEqualTo("rights-handbook/leave#带薪年休假一年有几天");
	}

	@Test
	void with_no_weight_for_the_conversation_a_follow_up_is_searched_alone() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		HybridSearcher alone = new HybridSearcher(this.index, FixtureKnowledge.MODEL,
				new SearchProperties(null, 20, 3f, 1.5f, 1, 1, 0), this.knowledge);
		assertThat(alone.search("人在北京", List.of("刚入职 试用期工资只给八成"), 3, null).hits().get(0).id())
			.isEqualTo("rights-handbook/leave#带薪年休假一年有几天");
	}

	@Test
	void should_find_the_probation_answer_for_a_colloquial_question() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		SearchResult result = this.searcher.search("试用期最长多久", 3, null);
		assertThat(result.hits()).isNotEmpty();
		SearchHit top = result.hits().get(0);
		assertThat(top.id()).isEqualTo("rights-handbook/probation#试用期最长能约定多久");
		assertThat(top.source()).isEqualTo("职工维权手册");
		assertThat(top.legalBasis()).containsExactly("《劳动合同法》第十九条");
		assertThat(top.headingPath()).containsExactly("试用期", "问：试用期最长能约定多久？");
		assertThat(top.text()).contains("六个月");
		assertThat(result.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void should_give_every_candidate_its_exact_features_and_the_first_hit_a_confidence() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		List<Candidate> candidates = this.searcher.candidates("试用期最长多久");
		assertThat(candidates).extracting(Candidate::id).doesNotHaveDuplicates();
		for (Candidate c : candidates) {
			assertThat(c.question()).isBetween(-1.0, 1.0);
			assertThat(c.text()).isBetween(-1.0, 1.0);
			assertThat(c.bm25()).isBetween(0.0, 1.0);
			assertThat(c.category()).isBetween(0.0, 1.0);
			// Found by at least one of the three lists.
			assertThat(c.keywordRank() + c.questionRank() + c.textRank()).isPositive();
		}
		SearchResult result = this.searcher.search("试用期最长多久", 3, null);
		Candidate best = candidates.stream()
			.filter((c) -> c.id().equals(result.hits().get(0).id()))
			.findFirst()
			.orElseThrow();
		assertThat(result.hits().get(0).questionSimilarity()).isCloseTo(best.question(), within(1e-6));
		assertThat(result.hits().get(0).confidence()).isBetween(0.5, 1.0);
		assertThat(result.hits().get(1).confidence()).isLessThan(result.hits().get(0).confidence());
	}

	@Test
	void should_give_a_service_guide_hit_the_sources_its_facts_were_confirmed_from() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		SearchHit guide = this.searcher.search("12351 热线", 5, null)
			.hits()
			.stream()
			.filter((h) -> h.id().startsWith("service-guide/"))
			.findFirst()
			.orElseThrow();
		assertThat(guide.confirmedBy()).containsExactly("北京市总工会 2024-05-01 《12351职工服务热线介绍》");
		assertThat(this.searcher.search("试用期最长多久", 1, null).hits().get(0).confirmedBy()).isEmpty();
	}

	@Test
	void should_keep_the_highest_values_in_order_with_ties_by_ordinal() {
		float[] values = { 0.2f, 0.9f, 0.5f, 0.9f, 0f, 0.7f };
		// Without a category the table is not consulted.
		assertThat(CandidateFeatures.top(values, 3, null, null)).containsExactly(1, 3, 5);
		assertThat(CandidateFeatures.top(values, 10, null, null)).containsExactly(1, 3, 5, 2, 0);
	}

	@Test
	void should_reach_handbook_terms_through_synonyms_in_keyword_search() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		assertThat(this.searcher.searchKeyword("被炒鱿鱼了", 3).hits()).extracting(SearchHit::id)
			.first()
			.isEqualTo("rights-handbook/dismissal#公司违法解除劳动合同怎么赔");
		assertThat(this.searcher.searchKeyword("年假", 3).hits()).extracting(SearchHit::id)
			.first()
			.isEqualTo("rights-handbook/leave#带薪年休假一年有几天");
	}

	@Test
	void should_filter_by_category() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		assertThat(this.searcher.search("工资", 5, "union-services").hits()).extracting(SearchHit::category)
			.containsOnly("union-services");
	}

	@Test
	void should_re_embed_only_changed_files_and_drop_removed_ones() throws IOException {
		KnowledgeIndex.SyncReport first = this.index.sync(this.loader.load(this.knowledge));
		assertThat(first.filesEmbedded()).isEqualTo(4);
		// Asked before the change: the ranking kept for this query must not outlive it.
		assertThat(this.searcher.search("12351 热线", 5, null).hits()).extracting(SearchHit::id)
			.anyMatch((id) -> id.startsWith("service-guide/"));

		KnowledgeIndex.SyncReport unchanged = this.index.sync(this.loader.load(this.knowledge));
		assertThat(unchanged.filesEmbedded()).isZero();
		assertThat(unchanged.filesKept()).isEqualTo(4);

		FixtureKnowledge.write(this.knowledge, "rights-handbook/leave.md",
				FixtureKnowledge.LEAVE.replace("十五天", "十五天（不含法定节假日）"));
		Files.delete(this.knowledge.resolve("service-guide/union.md"));
		KnowledgeIndex.SyncReport changed = this.index.sync(this.loader.load(this.knowledge));
		assertThat(changed.filesEmbedded()).isEqualTo(1);
		assertThat(changed.filesRemoved()).isEqualTo(1);
		assertThat(this.searcher.search("12351 热线", 5, null).hits()).extracting(SearchHit::id)
			.noneMatch((id) -> id.startsWith("service-guide/"));
		assertThat(this.searcher.search("年休假几天", 1, null).hits().get(0).text()).contains("不含法定节假日");
	}

	@Test
	void should_keep_the_last_good_version_of_a_file_that_breaks() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		FixtureKnowledge.write(this.knowledge, "rights-handbook/probation.md", "没有前置信息的文件\n");
		KnowledgeIndex.SyncReport report = this.index.sync(this.loader.load(this.knowledge));
		assertThat(report.problems()).singleElement().satisfies((p) -> assertThat(p.file()).endsWith("probation.md"));
		assertThat(this.searcher.search("试用期最长多久", 1, null).hits().get(0).id())
			.isEqualTo("rights-handbook/probation#试用期最长能约定多久");
	}

	@Test
	void should_rebuild_everything_when_the_schema_changes() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		this.index.close();
		this.index = new KnowledgeIndex(FSDirectory.open(this.indexDir), FixtureKnowledge.MODEL, "test-v2");
		assertThat(this.index.sync(this.loader.load(this.knowledge)).filesEmbedded()).isEqualTo(4);
	}

	@Test
	void should_serve_as_a_langchain4j_content_retriever_with_citation_metadata() throws IOException {
		this.index.sync(this.loader.load(this.knowledge));
		List<Content> contents = new LuceneContentRetriever(this.searcher, 2).retrieve(Query.from("公司违法辞退我怎么赔"));
		assertThat(contents).hasSizeLessThanOrEqualTo(2).isNotEmpty();
		Content top = contents.get(0);
		assertThat(top.textSegment().metadata().getString(LuceneContentRetriever.META_ID))
			.isEqualTo("rights-handbook/dismissal#公司违法解除劳动合同怎么赔");
		assertThat(top.textSegment().metadata().getString(LuceneContentRetriever.META_LEGAL_BASIS))
			.isEqualTo("《劳动合同法》第四十八条、《劳动合同法》第八十七条");
		assertThat(top.textSegment().metadata().getString(LuceneContentRetriever.META_CONFIRMED_BY)).isEmpty();
		Content guide = new LuceneContentRetriever(this.searcher, 5).retrieve(Query.from("12351 热线"))
			.stream()
			.filter((c) -> c.textSegment()
				.metadata()
				.getString(LuceneContentRetriever.META_ID)
				.startsWith("service-guide/"))
			.findFirst()
			.orElseThrow();
		assertThat(guide.textSegment().metadata().getString(LuceneContentRetriever.META_CONFIRMED_BY))
			.isEqualTo("北京市总工会 2024-05-01 《12351职工服务热线介绍》");
	}

}
