package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TyposTest {

	static Typos parse(String text) throws IOException {
		return Typos.parse(new StringReader(text));
	}

	@Test
	void puts_a_misspelling_right_and_leaves_the_rest() throws IOException {
		Typos typos = parse("# 注释\n\n年价 => 年假\n社宝 => 社保\n");
		assertThat(typos.size()).isEqualTo(2);
		assertThat(typos.fix("干了一年了有年价吗 社宝也没交")).isEqualTo("干了一年了有年假吗 社保也没交");
		assertThat(typos.fix("年假几天")).isEqualTo("年假几天");
	}

	@Test
	void the_longest_rule_wins_so_a_rule_can_name_its_context() throws IOException {
		Typos typos = parse("算工商 => 算工伤\n工商认定 => 工伤认定\n");
		assertThat(typos.fix("腿骨折了 算工商吗")).isEqualTo("腿骨折了 算工伤吗");
		assertThat(typos.fix("工商认定多久出结果")).isEqualTo("工伤认定多久出结果");
		assertThat(typos.fix("办了个体工商户执照")).as("工商 alone is a word").isEqualTo("办了个体工商户执照");
	}

	@Test
	void a_line_that_is_no_rule_is_refused_with_its_number() {
		assertThatThrownBy(() -> parse("年价 => 年假\n年价\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("line 2");
		assertThatThrownBy(() -> parse("年假 => 年假\n")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> parse("=> 年假\n")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void without_a_file_nothing_changes_and_a_broken_one_is_an_error_only_for_a_reindex(@TempDir Path dir)
			throws IOException {
		assertThat(Typos.load(dir.resolve("typos.txt")).fix("年价")).isEqualTo("年价");
		Path broken = dir.resolve("broken.txt");
		Files.writeString(broken, "年价 年假\n", StandardCharsets.UTF_8);
		assertThat(Typos.load(broken).size()).isZero();
		assertThatThrownBy(() -> Typos.loadStrictly(broken)).isInstanceOf(IOException.class)
			.hasMessageContaining("broken.txt");
	}

	@Test
	void the_shipped_file_parses_and_keeps_words_that_are_no_misspellings() throws IOException {
		Typos shipped = Typos.loadStrictly(Path.of("knowledge/typos.txt"));
		assertThat(shipped.size()).isGreaterThan(20);
		assertThat(shipped.fix("个体工商户 联合用工 去工商局 工会")).isEqualTo("个体工商户 联合用工 去工商局 工会");
		assertThat(shipped.fix("没签合用 算工商吗 公会管不管")).isEqualTo("没签合同 算工伤吗 工会管不管");
	}

}
