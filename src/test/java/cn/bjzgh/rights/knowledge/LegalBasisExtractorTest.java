package cn.bjzgh.rights.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalBasisExtractorTest {

	@Test
	void should_split_a_list_of_articles_of_one_law() {
		assertThat(LegalBasisExtractor.extract("法律依据：《劳动合同法》第十条、第八十二条；《劳动合同法实施条例》第六条")).containsExactly(
				new LegalCitation("劳动合同法", "第十条"), new LegalCitation("劳动合同法", "第八十二条"),
				new LegalCitation("劳动合同法实施条例", "第六条"));
	}

	@Test
	void should_drop_paragraph_and_item_suffixes_but_keep_the_article() {
		assertThat(LegalBasisExtractor.extract("依照《劳动合同法》第十四条第二款第（三）项和第八十二条第二款"))
			.containsExactly(new LegalCitation("劳动合同法", "第十四条"), new LegalCitation("劳动合同法", "第八十二条"));
	}

	@Test
	void should_read_numbered_items_of_a_guideline() {
		assertThat(LegalBasisExtractor.extract("《关于维护新就业形态劳动者劳动保障权益的指导意见》第（十）项、第（十一）项")).containsExactly(
				new LegalCitation("关于维护新就业形态劳动者劳动保障权益的指导意见", "第（十）项"),
				new LegalCitation("关于维护新就业形态劳动者劳动保障权益的指导意见", "第（十一）项"));
	}

	@Test
	void should_ignore_book_titles_without_an_article() {
		assertThat(LegalBasisExtractor.extract("可以看看《职工维权手册》的其他章节")).isEmpty();
	}

	@Test
	void should_not_repeat_a_citation() {
		assertThat(LegalBasisExtractor.extract("《劳动法》第四十四条……《劳动法》第四十四条")).hasSize(1);
	}

}
