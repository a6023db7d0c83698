package cn.bjzgh.rights.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeLoaderTest {

	static final String GOOD = """
			---
			title: 试用期
			source: 职工维权手册
			category: probation
			region: 全国
			effective: 2013-07-01
			updated: 2026-11-24
			---

			# 试用期

			## 问：试用期最长多久？

			三年以上的合同最长六个月。

			法律依据：《劳动合同法》第十九条
			""";

	@TempDir
	Path dir;

	@Test
	void should_load_good_files_and_report_broken_ones_by_name() throws IOException {
		write("rights-handbook/probation.md", GOOD);
		write("rights-handbook/no-front-matter.md", "# 没有前置信息\n\n正文。\n");
		write("rights-handbook/bad-category.md", GOOD.replace("category: probation", "category: salary"));
		write("rights-handbook/bad-date.md", GOOD.replace("effective: 2013-07-01", "effective: 去年"));
		Files.write(this.dir.resolve("rights-handbook/latin1.md"), new byte[] { (byte) 0xC3, (byte) 0x28, 'a' });
		write("synonyms.txt", "年假, 带薪年休假\n");

		KnowledgeBase kb = new KnowledgeLoader(600).load(this.dir);

		assertThat(kb.documents()).extracting(KnowledgeDocument::file).containsExactly("rights-handbook/probation");
		assertThat(kb.chunks()).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo("rights-handbook/probation#试用期最长多久");
			assertThat(c.category()).isEqualTo(Category.PROBATION);
			assertThat(c.source()).isEqualTo("职工维权手册");
		});
		assertThat(kb.problems()).extracting(KnowledgeProblem::file)
			.containsExactlyInAnyOrder("rights-handbook/no-front-matter.md", "rights-handbook/bad-category.md",
					"rights-handbook/bad-date.md", "rights-handbook/latin1.md");
		assertThat(kb.problems()).filteredOn((p) -> p.file().endsWith("bad-category.md"))
			.singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("category").contains("salary"));
		assertThat(kb.problems()).filteredOn((p) -> p.file().endsWith("latin1.md"))
			.singleElement()
			.satisfies((p) -> assertThat(p.message()).contains("UTF-8"));
	}

	@Test
	void should_hash_content_so_unchanged_files_are_recognised() throws IOException {
		write("a.md", GOOD);
		String first = new KnowledgeLoader(600).load(this.dir).documents().get(0).contentHash();
		write("a.md", GOOD);
		assertThat(new KnowledgeLoader(600).load(this.dir).documents().get(0).contentHash()).isEqualTo(first);
		write("a.md", GOOD.replace("六个月", "6个月"));
		assertThat(new KnowledgeLoader(600).load(this.dir).documents().get(0).contentHash()).isNotEqualTo(first);
	}

	@Test
	void should_load_nothing_from_a_missing_folder() {
		KnowledgeBase kb = new KnowledgeLoader(600).load(this.dir.resolve("missing"));
		assertThat(kb.documents()).isEmpty();
		assertThat(kb.problems()).isEmpty();
	}

	private void write(String rel, String content) throws IOException {
		Path file = this.dir.resolve(rel);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
