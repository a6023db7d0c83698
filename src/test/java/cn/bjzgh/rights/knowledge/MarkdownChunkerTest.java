package cn.bjzgh.rights.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownChunkerTest {

	private static final FrontMatter FM = new FrontMatter("劳动合同", "职工维权手册", Category.CONTRACT, "全国",
			LocalDate.of(2013, 7, 1), LocalDate.of(2026, 11, 24));

	@Test
	void should_make_one_chunk_per_question_with_its_legal_basis() {
		String body = """
				# 劳动合同的订立

				## 问：公司不跟我签合同怎么办？

				超过一个月不签书面合同，可以要求每月支付二倍工资。

				法律依据：《劳动合同法》第十条、第八十二条

				## 问：合同要写哪些内容？

				至少要写明工作内容、地点、报酬。

				法律依据：《劳动合同法》第十七条
				""";
		List<Chunk> chunks = new MarkdownChunker(600).chunk("rights-handbook/contract", FM, body);
		assertThat(chunks).hasSize(2);
		Chunk first = chunks.get(0);
		assertThat(first.id()).isEqualTo("rights-handbook/contract#公司不跟我签合同怎么办");
		assertThat(first.question()).isEqualTo("公司不跟我签合同怎么办？");
		assertThat(first.headingPath()).containsExactly("劳动合同的订立", "问：公司不跟我签合同怎么办？");
		assertThat(first.legalBasis()).extracting(LegalCitation::toString)
			.containsExactly("《劳动合同法》第十条", "《劳动合同法》第八十二条");
		assertThat(first.text()).startsWith("超过一个月").endsWith("第八十二条");
		assertThat(chunks.get(1).legalBasis()).extracting(LegalCitation::toString).containsExactly("《劳动合同法》第十七条");
	}

	@Test
	void should_split_long_sections_on_paragraphs_and_keep_the_heading_path_on_every_part() {
		String paragraph = "这是一句完整的话。".repeat(30);
		String body = "# 标题\n\n## 问：很长的问题？\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph
				+ "\n\n法律依据：《劳动法》第四十四条\n";
		List<Chunk> chunks = new MarkdownChunker(600).chunk("f", FM, body);
		assertThat(chunks).hasSizeGreaterThan(1);
		assertThat(chunks).allSatisfy((c) -> {
			assertThat(c.text().length()).isLessThanOrEqualTo(600);
			assertThat(c.headingPath()).containsExactly("标题", "问：很长的问题？");
			assertThat(c.legalBasis()).extracting(LegalCitation::toString).containsExactly("《劳动法》第四十四条");
			assertThat(c.text()).startsWith("这是一句").matches("(?s).*(。|第四十四条)$");
		});
		assertThat(chunks.get(1).id()).isEqualTo("f#很长的问题-p2");
	}

	@Test
	void should_cut_an_overlong_paragraph_between_sentences_only() {
		String body = "# 标题\n\n## 小节\n\n" + "第一句很长很长很长。第二句也很长！第三句？".repeat(40) + "\n";
		List<Chunk> chunks = new MarkdownChunker(200).chunk("f", FM, body);
		assertThat(chunks).hasSizeGreaterThan(1)
			.allSatisfy((c) -> assertThat(c.text()).matches("(?s)第[一二三]句.*[。！？]$").hasSizeLessThanOrEqualTo(200));
	}

	@Test
	void should_give_duplicate_headings_distinct_ids() {
		String body = "# T\n\n## 问：同一个问题？\n\n答一。\n\n## 问：同一个问题？\n\n答二。\n";
		List<Chunk> chunks = new MarkdownChunker(600).chunk("f", FM, body);
		assertThat(chunks).extracting(Chunk::id).containsExactly("f#同一个问题", "f#同一个问题-2");
	}

	@Test
	void should_take_the_article_from_a_law_section_heading() {
		String body = "# 《劳动合同法》要点\n\n## 《劳动合同法》第八十二条\n\n超过一个月不签合同要付二倍工资。\n";
		Chunk chunk = new MarkdownChunker(600).chunk("laws/lcl", FM, body).get(0);
		assertThat(chunk.id()).isEqualTo("laws/lcl#劳动合同法第八十二条");
		assertThat(chunk.question()).isNull();
		assertThat(chunk.legalBasis()).containsExactly(new LegalCitation("劳动合同法", "第八十二条"));
	}

	@Test
	void should_lift_the_phrasings_out_of_a_question_and_keep_them_apart() {
		String body = "## 问：试用期最长多久？\n\n相似问法：\n- 试用期能定半年不\n- 试用其最多几个月\n\n合同三年以上的，试用期最长六个月。\n\n法律依据：《劳动合同法》第十九条\n";
		List<Chunk> chunks = new MarkdownChunker(600).chunk("rights-handbook/p", FM, body);
		assertThat(chunks).singleElement().satisfies((c) -> {
			assertThat(c.phrasings()).containsExactly("试用期能定半年不", "试用其最多几个月");
			assertThat(c.text()).startsWith("合同三年以上的").doesNotContain("相似问法").doesNotContain("试用其");
		});
	}

}
