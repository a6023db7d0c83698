package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden tests of segmentation and synonym expansion on labour-law words. */
class ChineseAnalyzerTest {

	@Test
	void should_segment_labour_law_terms_into_words() throws IOException {
		assertThat(tokens(ChineseAnalyzer.plain(), "试用期工资不得低于最低工资标准")).contains("试用期", "工资", "最低", "标准");
		assertThat(tokens(ChineseAnalyzer.plain(), "解除劳动合同的经济补偿")).contains("解除", "劳动", "合同", "经济", "补偿");
	}

	@Test
	void should_drop_spoken_fillers_but_keep_negations() throws IOException {
		List<String> tokens = tokens(ChineseAnalyzer.plain(), "公司不给我签合同怎么办呢？");
		assertThat(tokens).contains("不", "签", "合同").doesNotContain("我", "怎么办", "呢", "？");
	}

	@Test
	void should_expand_workers_words_to_handbook_terms() throws IOException, ParseException {
		SynonymMap map = SynonymLoader.parse(new StringReader("炒鱿鱼, 被开了, 辞退, 解除劳动合同\n年假, 带薪年休假\n"));
		ChineseAnalyzer analyzer = new ChineseAnalyzer(map);
		assertThat(tokens(analyzer, "被老板炒鱿鱼了")).contains("解除", "劳动", "合同", "辞退");
		// The expansion carries the handbook term segmented exactly as the index segments
		// it.
		assertThat(tokens(analyzer, "年假有几天")).containsAll(tokens(ChineseAnalyzer.plain(), "带薪年休假"));
	}

	@Test
	void the_shipped_synonym_file_parses_without_errors() throws IOException, ParseException {
		try (var reader = Files.newBufferedReader(Path.of("knowledge/synonyms.txt"))) {
			SynonymMap map = SynonymLoader.parse(reader);
			assertThat(map.fst).isNotNull();
			ChineseAnalyzer analyzer = new ChineseAnalyzer(map);
			String[][] pairs = { { "骑手", "新就业形态劳动者" }, { "五险", "社会保险" }, { "小时工", "非全日制用工" }, { "双倍工资", "二倍工资" },
					{ "欠薪", "拖欠工资" }, { "被开了", "解除劳动合同" }, { "年假", "带薪年休假" } };
			for (String[] pair : pairs) {
				assertThat(tokens(analyzer, pair[0])).as(pair[0] + " -> " + pair[1])
					.containsAll(tokens(ChineseAnalyzer.plain(), pair[1]));
			}
		}
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> out = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(term.toString());
			}
			ts.end();
		}
		return out;
	}

}
