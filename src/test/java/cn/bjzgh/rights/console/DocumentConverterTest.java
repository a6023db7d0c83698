package cn.bjzgh.rights.console;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.bjzgh.rights.console.TestDocuments.Para;
import cn.bjzgh.rights.knowledge.Category;
import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

class DocumentConverterTest {

	private static final DocumentMetadata META = new DocumentMetadata("劳动合同签订指引", "工会服务指南", Category.CONTRACT, "北京",
			LocalDate.of(2024, 1, 1), "staff-wang");

	private static final Clock NOV_30 = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	private static final String DOUBLE_WAGES = "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。";

	private final DocumentConverter converter = new DocumentConverter(DocumentConverter.DEFAULT_MAX_UPLOAD_BYTES, 600,
			DocumentConverter.MAX_TEXT_CHARS, NOV_30);

	@TempDir
	Path dir;

	@Test
	void should_turn_a_word_document_into_passages_under_its_headings_with_the_legal_basis() throws Exception {
		byte[] docx = TestDocuments.docx(List.of(new Para(1, "第一章 劳动合同的订立"), new Para(0, "用人单位自用工之日起即与劳动者建立劳动关系。"),
				new Para(2, "一、不签书面合同的后果"), new Para(0, DOUBLE_WAGES + "依据是《劳动合同法》第八十二条。"), new Para(1, "第二章 试用期"),
				new Para(0, "同一用人单位与同一劳动者只能约定一次试用期，试用期包含在劳动合同期限内。")));

		Converted converted = this.converter.convert("指引.docx", "application/octet-stream", docx, META);

		assertThat(converted.markdown()).contains("## 第一章 劳动合同的订立\n", "### 一、不签书面合同的后果\n", "## 第二章 试用期\n");
		assertThat(converted.passages()).extracting(Converted.Passage::heading)
			.containsExactly("第一章 劳动合同的订立", "一、不签书面合同的后果", "第二章 试用期");
		assertThat(converted.passages().get(1).text()).startsWith("用人单位自用工之日起超过一个月");
		assertThat(converted.passages().get(1).legalBasis()).containsExactly("《劳动合同法》第八十二条");
	}

	@Test
	void should_write_front_matter_from_the_uploaders_metadata() throws Exception {
		byte[] docx = TestDocuments.docx(List.of(new Para(0, DOUBLE_WAGES)));

		String markdown = this.converter.convert("a.docx", null, docx, META).markdown();

		assertThat(markdown).startsWith("""
				---
				title: "劳动合同签订指引"
				source: "工会服务指南"
				category: contract
				region: "北京"
				effective: 2024-01-01
				updated: 2026-11-30
				uploaded_by: "staff-wang"
				---

				# 劳动合同签订指引
				""");
	}

	@Test
	void should_give_exactly_the_passages_the_knowledge_loader_makes_of_the_markdown() throws Exception {
		String paragraph = "职工遇到欠薪，可以先与单位协商，也可以向劳动保障监察机构投诉。".repeat(12);
		byte[] docx = TestDocuments.docx(List.of(new Para(1, "欠薪怎么办"), new Para(0, paragraph), new Para(0, paragraph)));

		Converted converted = new DocumentConverter(200).convert("a.docx", null, docx, META);

		List<Chunk> chunks = new KnowledgeLoader(200)
			.loadFile("x.md", converted.markdown().getBytes(StandardCharsets.UTF_8))
			.chunks();
		assertThat(converted.passages()).hasSizeGreaterThan(1);
		assertThat(converted.passages()).extracting(Converted.Passage::text)
			.containsExactlyElementsOf(chunks.stream().map(Chunk::text).toList());
	}

	@Test
	void should_recover_headings_from_a_chinese_pdf_and_drop_what_every_page_repeats() throws Exception {
		assumeThat(TestDocuments.canPrintChinesePdf())
			.as("headless Chromium (/usr/bin/chromium) and a CJK font (fonts-noto-cjk) are needed to print a Chinese PDF")
			.isTrue();
		String html = """
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>劳动合同指引</title>
				<style>body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 14pt; }
				section + section { break-before: page; }</style></head><body>
				<section><p>第一章 劳动合同的订立</p><p>用人单位自用工之日起即与劳动者建立劳动关系，应当建立职工名册备查。</p>
				<p>一、不签书面合同的后果</p><p>%s依据是《劳动合同法》第八十二条。</p></section>
				<section><p>第二章 试用期</p><p>同一用人单位与同一劳动者只能约定一次试用期。试用期包含在劳动合同期限内。</p></section>
				<section><p>第三章 附则</p><p>本指引由区总工会法律服务中心整理，供职工参考。</p></section>
				</body></html>""".replace("%s", DOUBLE_WAGES);
		byte[] pdf = TestDocuments.chromiumPdf(html, this.dir);

		Converted converted = this.converter.convert("guide.pdf", "application/pdf", pdf, META);

		assertThat(converted.markdown()).contains("## 第一章 劳动合同的订立\n", "### 一、不签书面合同的后果\n", "## 第三章 附则\n")
			.doesNotContain("file:", "1/3", "page.html");
		assertThat(converted.passages()).extracting(Converted.Passage::heading)
			.containsExactly("第一章 劳动合同的订立", "一、不签书面合同的后果", "第二章 试用期", "第三章 附则");
		// The sentence wrapped over two lines in the PDF is one paragraph again.
		assertThat(converted.passages().get(1).text()).isEqualTo(DOUBLE_WAGES + "依据是《劳动合同法》第八十二条。");
		assertThat(converted.passages().get(1).legalBasis()).containsExactly("《劳动合同法》第八十二条");
	}

	@Test
	void should_keep_the_headings_of_an_html_page_and_leave_out_scripts_and_styles() {
		String html = """
				<!DOCTYPE html><html><head><meta charset="utf-8"><title>网页标题</title>
				<script>var tracking = "不应出现";</script><style>p { color: red; }</style></head>
				<body><h2>加班费怎么算</h2><p>工作日延长工作时间，支付不低于工资的百分之一百五十的工资报酬。</p>
				<h3>休息日加班</h3><p>休息日安排工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬，见《劳动法》第四十四条。</p>
				<table><tr><th>情形</th><th>倍数</th></tr><tr><td>法定休假日</td><td>300%</td></tr></table></body></html>""";

		Converted converted = this.converter.convert("overtime.htm", "text/html", utf8(html), META);

		assertThat(converted.markdown()).contains("## 加班费怎么算\n", "### 休息日加班\n", "法定休假日 | 300%")
			.doesNotContain("tracking", "color");
		assertThat(converted.passages()).extracting(Converted.Passage::heading).containsExactly("加班费怎么算", "休息日加班");
		assertThat(converted.passages().get(1).legalBasis()).containsExactly("《劳动法》第四十四条");
	}

	@Test
	void should_find_chapters_and_articles_in_plain_text() {
		String text = """
				第一章 总则

				第一条 为了保护劳动者的合法权益，调整劳动关系，根据宪法，制定本规定。
				第二条 本规定适用于本市行政区域内的企业和与之形成劳动关系的劳动者。

				第二章 工资支付
				第八条 用人单位应当按照《北京市工资支付规定》第八条，至少每月支付一次工资。
				""";

		Converted converted = this.converter.convert("rules.txt", "text/plain", utf8(text), META);

		assertThat(converted.markdown()).contains("## 第一章 总则\n", "### 第一条\n", "## 第二章 工资支付\n", "### 第八条\n");
		assertThat(converted.passages()).extracting(Converted.Passage::heading).containsExactly("第一条", "第二条", "第八条");
		assertThat(converted.passages().get(0).text()).isEqualTo("为了保护劳动者的合法权益，调整劳动关系，根据宪法，制定本规定。");
		assertThat(converted.passages().get(2).legalBasis()).containsExactly("《北京市工资支付规定》第八条");
	}

	@Test
	void should_read_plain_text_saved_in_gbk() {
		String text = "一、工资支付\n\n" + "用人单位应当以货币形式按月支付劳动者本人工资，不得克扣或者无故拖欠劳动者的工资。".repeat(3) + "\n";

		Converted converted = this.converter.convert("gbk.txt", null, text.getBytes(Charset.forName("GBK")), META);

		assertThat(converted.passages()).singleElement()
			.satisfies((p) -> assertThat(p.heading()).isEqualTo("一、工资支付"))
			.satisfies((p) -> assertThat(p.text()).startsWith("用人单位应当以货币形式按月支付"));
	}

	@Test
	void should_take_markdown_as_it_is_but_with_the_uploaders_front_matter() {
		String markdown = """
				---
				title: 旧标题
				source: 别的来源
				---

				# 试用期

				## 问：试用期最长多久？

				劳动合同期限三年以上的，试用期不得超过六个月。

				法律依据：《劳动合同法》第十九条
				""";

		Converted converted = this.converter.convert("faq.md", "text/markdown", utf8(markdown), META);

		assertThat(converted.markdown()).startsWith("---\ntitle: \"劳动合同签订指引\"")
			.doesNotContain("旧标题", "别的来源")
			.contains("# 试用期\n\n## 问：试用期最长多久？\n");
		assertThat(converted.passages()).singleElement().satisfies((p) -> {
			assertThat(p.heading()).isEqualTo("问：试用期最长多久？");
			assertThat(p.legalBasis()).containsExactly("《劳动合同法》第十九条");
		});
	}

	@Test
	void should_reject_an_empty_file() {
		assertRejected(() -> this.converter.convert("a.pdf", "application/pdf", new byte[0], META), 400, "empty_file");
	}

	@Test
	void should_reject_a_file_over_the_upload_limit() {
		DocumentConverter small = new DocumentConverter(1024, 600);
		byte[] text = utf8("劳动者的合法权益受法律保护。".repeat(100));

		assertRejected(() -> small.convert("a.txt", "text/plain", text, META), 413, "file_too_large");
	}

	@Test
	void should_reject_a_password_protected_pdf() throws Exception {
		byte[] pdf = TestDocuments.encryptedPdf();

		assertRejected(() -> this.converter.convert("secret.pdf", "application/pdf", pdf, META), 400, "encrypted_file");
	}

	@Test
	void should_reject_a_password_protected_word_file() throws Exception {
		byte[] docx = TestDocuments.encryptedDocx(TestDocuments.docx(List.of(new Para(0, DOUBLE_WAGES))));

		assertRejected(() -> this.converter.convert("secret.docx", null, docx, META), 400, "encrypted_file");
	}

	@Test
	void should_stop_a_zip_bomb_word_file_before_any_parser_inflates_it() throws Exception {
		byte[] bomb = TestDocuments.zipBombDocx(1024L * 1024 * 1024);
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

		// Without the check, Tika's DOCX reader buffers the whole 1 GB run before its own
		// limits see any of it, and the test JVM runs out of heap.
		assertRejected(() -> this.converter.convert("bomb.docx", null, bomb, META), 400, "zip_bomb");
	}

	@Test
	void should_stop_a_pdf_whose_page_inflates_to_hundreds_of_megabytes() throws Exception {
		byte[] bomb = TestDocuments.pdfBomb(200L * 1024 * 1024);
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

		assertRejected(() -> this.converter.convert("bomb.pdf", "application/pdf", bomb, META), 400, "zip_bomb");
	}

	@Test
	void should_reject_more_text_than_the_limit() {
		DocumentConverter limited = new DocumentConverter(DocumentConverter.DEFAULT_MAX_UPLOAD_BYTES, 600, 1000,
				NOV_30);
		String html = "<html><body><p>" + "劳动者依法享有休息休假的权利。".repeat(100) + "</p></body></html>";
		String text = "劳动者依法享有休息休假的权利。\n".repeat(100);

		assertRejected(() -> limited.convert("a.html", "text/html", utf8(html), META), 400, "too_large_content");
		assertRejected(() -> limited.convert("a.txt", "text/plain", utf8(text), META), 400, "too_large_content");
	}

	@Test
	void should_reject_types_other_than_documents_whatever_the_file_is_called() throws Exception {
		byte[] png = TestDocuments.png();
		byte[] zip = TestDocuments.plainZip();

		assertRejected(() -> this.converter.convert("guide.docx", "application/pdf", png, META), 415,
				"unsupported_type");
		assertRejected(() -> this.converter.convert("guide.pdf", "application/pdf", zip, META), 415,
				"unsupported_type");
	}

	@Test
	void should_ask_for_a_text_version_of_a_scanned_pdf() throws Exception {
		byte[] pdf = TestDocuments.imageOnlyPdf();

		UploadRejectedException rejected = assertRejected(
				() -> this.converter.convert("scan.pdf", "application/pdf", pdf, META), 400, "no_text");
		assertThat(rejected.chinese()).contains("文字版");
		assertThat(rejected.english()).contains("text version");
	}

	@Test
	void should_reject_a_damaged_file_as_unreadable() {
		byte[] broken = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF at all");

		assertRejected(() -> this.converter.convert("broken.pdf", "application/pdf", broken, META), 400,
				"unreadable_file");
	}

	@Test
	void should_reject_metadata_the_knowledge_loader_would_not_accept() {
		DocumentMetadata badSource = new DocumentMetadata("标题", "网上看到的", Category.WAGES, "北京", LocalDate.of(2024, 1, 1),
				"staff-wang");
		DocumentMetadata noTitle = new DocumentMetadata(" ", "工会服务指南", Category.WAGES, "北京", LocalDate.of(2024, 1, 1),
				null);
		byte[] text = utf8(DOUBLE_WAGES);

		UploadRejectedException source = assertRejected(() -> this.converter.convert("a.txt", null, text, badSource),
				400, "invalid_document");
		assertThat(source.chinese()).contains("source", "网上看到的");
		assertThat(source.english()).contains("source must be one of");
		assertThat(rejection(() -> this.converter.convert("a.txt", null, text, noTitle)).english()).contains("title");
	}

	private static UploadRejectedException assertRejected(ThrowingCallable call, int status, String code) {
		UploadRejectedException rejected = rejection(call);
		assertThat(rejected.code()).isEqualTo(code);
		assertThat(rejected.status()).isEqualTo(status);
		assertThat(rejected.chinese()).isNotBlank();
		assertThat(rejected.english()).isNotBlank();
		return rejected;
	}

	/** The call must fail, and with nothing but an {@link UploadRejectedException}. */
	private static UploadRejectedException rejection(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(UploadRejectedException.class);
		return (UploadRejectedException) thrown;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
