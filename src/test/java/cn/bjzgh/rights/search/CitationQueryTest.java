package cn.bjzgh.rights.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CitationQueryTest {

	static final List<String> LAWS = List.of("劳动合同法", "劳动合同法实施条例", "劳动法", "工伤保险条例", "社会保险法",
			"最高人民法院关于审理劳动争议案件适用法律问题的解释二");

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "劳动合同法第47条|劳动合同法|47", "《劳动合同法》第四十七条|劳动合同法|47", "中华人民共和国劳动合同法第四十七条|劳动合同法|47", "劳动合同法 47|劳动合同法|47",
					"工伤条例 第十四条|工伤保险条例|14", "劳动合同法实施条例第6条|劳动合同法实施条例|6", "社保法第五十八条|社会保险法|58",
					"《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》第一条|最高人民法院关于审理劳动争议案件适用法律问题的解释二|1",
					"解释二第十一条|最高人民法院关于审理劳动争议案件适用法律问题的解释二|11", "劳动法第一百条|劳动法|100" })
	void should_read_the_law_and_the_article(String query, String law, int article) {
		assertThat(CitationQuery.parse(query, LAWS)).isEqualTo(new CitationQuery.Citation(law, List.of(article)));
	}

	@Test
	void should_read_several_articles_at_once() {
		assertThat(CitationQuery.parse("劳动合同法38、46条", LAWS).articles()).containsExactly(38, 46);
		assertThat(CitationQuery.parse("劳动合同法第三十八条和第四十六条", LAWS).articles()).containsExactly(38, 46);
	}

	@Test
	void should_leave_a_question_without_an_article_alone() {
		assertThat(CitationQuery.parse("劳动合同法规定试用期多久", LAWS)).isNull();
		assertThat(CitationQuery.parse("试用期最长多久", LAWS)).isNull();
	}

	@Test
	void should_write_article_numbers_as_the_handbook_does() {
		assertThat(List.of(1, 10, 11, 20, 47, 100, 105, 110, 120, 999)).extracting(CitationQuery::chinese)
			.containsExactly("一", "十", "十一", "二十", "四十七", "一百", "一百零五", "一百一十", "一百二十", "九百九十九");
		assertThat(List.of("一", "十", "十一", "四十七", "一百零五", "一百一十")).extracting(CitationQuery::number)
			.containsExactly(1, 10, 11, 47, 105, 110);
	}

}
