package cn.bjzgh.rights.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial rules of the knowledge base, checked on the real {@code knowledge/}
 * folder: valid front matter, source matching folder, every handbook answer ending with a
 * legal-basis line, and every law and article cited there having its own section in
 * {@code knowledge/laws/}.
 */
class KnowledgeBaseConsistencyTest {

	static final Path KNOWLEDGE = Path.of("knowledge");

	static final Map<String, String> SOURCE_BY_FOLDER = Map.of("rights-handbook", "职工维权手册", "service-guide", "工会服务指南",
			"laws", "法律法规要点");

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$", Pattern.MULTILINE);

	private static final Pattern LAW_HEADING = Pattern.compile("《([^》]+)》(第[零〇一二三四五六七八九十百千]+条|第（[零〇一二三四五六七八九十百千]+）项)");

	private static final Pattern ARTICLE_UNIT = Pattern.compile("第[零〇一二三四五六七八九十百千]+条|第（[零〇一二三四五六七八九十百千]+）项");

	static KnowledgeBase kb;

	static Map<String, String> raw = new HashMap<>();

	@BeforeAll
	static void load() throws IOException {
		kb = new KnowledgeLoader(600).load(KNOWLEDGE);
		for (KnowledgeDocument doc : kb.documents()) {
			raw.put(doc.file(), Files.readString(KNOWLEDGE.resolve(doc.file() + ".md"), StandardCharsets.UTF_8));
		}
	}

	@Test
	void every_file_has_valid_front_matter() {
		assertThat(kb.problems()).as("files that failed to load").isEmpty();
		assertThat(kb.documents()).hasSizeGreaterThan(20);
	}

	@Test
	void every_file_sits_in_a_known_folder_with_the_matching_source() {
		for (KnowledgeDocument doc : kb.documents()) {
			String folder = doc.file().substring(0, doc.file().indexOf('/'));
			assertThat(SOURCE_BY_FOLDER).as(doc.file()).containsKey(folder);
			assertThat(doc.frontMatter().source()).as(doc.file()).isEqualTo(SOURCE_BY_FOLDER.get(folder));
			assertThat(doc.frontMatter().updated()).as(doc.file()).isAfterOrEqualTo(doc.frontMatter().effective());
		}
	}

	@Test
	void handbook_and_guide_have_only_question_headings_under_the_title() {
		for (KnowledgeDocument doc : questionDocs()) {
			Matcher m = HEADING.matcher(body(doc));
			int h1 = 0;
			while (m.find()) {
				if (m.group(1).length() == 1) {
					h1++;
				}
				else {
					assertThat(m.group(1)).as(doc.file() + ": " + m.group(2)).isEqualTo("##");
					assertThat(m.group(2)).as(doc.file()).startsWith(MarkdownChunker.QUESTION_PREFIX);
				}
			}
			assertThat(h1).as(doc.file() + " has one title").isEqualTo(1);
		}
	}

	@Test
	void every_answer_ends_with_a_well_formed_legal_basis_line() {
		List<String> bad = new ArrayList<>();
		for (KnowledgeDocument doc : questionDocs()) {
			for (String section : body(doc).split("\n(?=## )")) {
				if (!section.startsWith("## ")) {
					continue;
				}
				String[] lines = section.strip().split("\n");
				String last = lines[lines.length - 1].strip();
				String where = doc.file() + " " + lines[0];
				if (!last.startsWith("法律依据：")) {
					bad.add(where + " — no closing 法律依据 line");
					continue;
				}
				String rest = last.substring("法律依据：".length());
				if (LegalBasisExtractor.extract(rest).isEmpty()) {
					bad.add(where + " — 法律依据 cites nothing");
				}
				String leftover = rest.replaceAll("《[^》]+》", "")
					.replaceAll(ARTICLE_UNIT.pattern(), "")
					.replaceAll("[、；]", "");
				if (!leftover.isBlank()) {
					bad.add(where + " — unparsed text in 法律依据: " + leftover);
				}
				long basisLines = section.lines().filter((l) -> l.strip().startsWith("法律依据：")).count();
				if (basisLines != 1) {
					bad.add(where + " — " + basisLines + " 法律依据 lines");
				}
			}
		}
		assertThat(bad).isEmpty();
	}

	@Test
	void every_cited_article_has_a_section_in_laws() {
		Set<String> sections = lawSections();
		Set<String> missing = new TreeSet<>();
		for (KnowledgeDocument doc : questionDocs()) {
			for (Chunk chunk : doc.chunks()) {
				for (LegalCitation c : chunk.legalBasis()) {
					if (!sections.contains(c.toString())) {
						missing.add(c + " (" + doc.file() + ")");
					}
				}
			}
		}
		assertThat(missing).as("citations without a section in knowledge/laws/").isEmpty();
	}

	@Test
	void law_files_have_one_section_per_article_named_by_law_and_number() {
		for (KnowledgeDocument doc : lawDocs()) {
			Set<String> laws = new HashSet<>();
			Set<String> seen = new HashSet<>();
			Matcher m = HEADING.matcher(body(doc));
			while (m.find()) {
				if (m.group(1).length() == 1) {
					continue;
				}
				Matcher law = LAW_HEADING.matcher(m.group(2).strip());
				assertThat(law.matches()).as(doc.file() + ": heading '" + m.group(2) + "' must be 《法名》第X条").isTrue();
				laws.add(law.group(1));
				assertThat(seen.add(m.group(2).strip())).as(doc.file() + ": duplicate section " + m.group(2)).isTrue();
			}
			assertThat(laws).as(doc.file() + " covers exactly one law").hasSize(1);
		}
	}

	@Test
	void laws_folder_covers_the_required_laws() {
		Set<String> covered = new HashSet<>();
		lawSections().forEach((s) -> covered.add(s.substring(1, s.indexOf('》'))));
		assertThat(covered).contains("劳动合同法", "劳动合同法实施条例", "劳动法", "社会保险法", "工伤保险条例", "劳动争议调解仲裁法", "职工带薪年休假条例",
				"企业职工带薪年休假实施办法", "女职工劳动保护特别规定", "工资支付暂行规定", "北京市工资支付规定", "保障农民工工资支付条例", "劳务派遣暂行规定", "国务院关于职工工作时间的规定",
				"失业保险条例", "劳动保障监察条例", "就业促进法", "工会法", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "最高人民法院关于审理劳动争议案件适用法律问题的解释（二）",
				"关于维护新就业形态劳动者劳动保障权益的指导意见", "北京市人口与计划生育条例");
	}

	@Test
	void the_handbook_has_at_least_250_distinct_questions() {
		List<String> questions = kb.documents()
			.stream()
			.filter((d) -> d.file().startsWith("rights-handbook/"))
			.flatMap((d) -> d.chunks().stream())
			.filter(Chunk::isQuestion)
			.filter((c) -> !c.id().matches(".*-p\\d+$"))
			.map(Chunk::question)
			.toList();
		assertThat(questions).hasSizeGreaterThanOrEqualTo(250).doesNotHaveDuplicates();
	}

	@Test
	void every_question_has_at_least_three_distinct_one_line_phrasings() {
		Set<String> headings = new HashSet<>();
		questionDocs()
			.forEach((d) -> d.chunks().stream().filter(Chunk::isQuestion).map(Chunk::question).forEach(headings::add));
		for (KnowledgeDocument doc : questionDocs()) {
			for (Chunk c : doc.chunks()) {
				if (!c.isQuestion() || c.id().matches(".*-p\\d+$")) {
					continue;
				}
				assertThat(c.phrasings()).as(c.id() + ": 相似问法").hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
				for (String p : c.phrasings()) {
					// Spoken lines are short; one written question per entry runs up to
					// 90
					// characters (README, guide for union staff).
					assertThat(p).as(c.id() + ": a phrasing is one line of at most 90 characters")
						.hasSizeLessThanOrEqualTo(90)
						.doesNotContain("；", "|");
					assertThat(headings).as(c.id() + ": a phrasing is not another entry's question").doesNotContain(p);
				}
				assertThat(c.text()).as(c.id() + ": phrasings are never shown").doesNotContain("相似问法");
			}
		}
	}

	/**
	 * The evaluation sets measure how workers' own words are answered; a phrasing copied
	 * from them would measure nothing.
	 */
	@Test
	void no_evaluation_question_is_used_as_a_phrasing() throws IOException {
		Set<String> phrasings = new HashSet<>();
		questionDocs()
			.forEach((d) -> d.chunks().forEach((c) -> c.phrasings().forEach((p) -> phrasings.add(normal(p)))));
		Pattern q = Pattern.compile("\"q\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
		List<String> asked = new ArrayList<>();
		List<Path> sets;
		try (var files = Files.list(Path.of("src/test/resources/eval"))) {
			sets = files.filter((f) -> f.toString().endsWith(".jsonl")).toList();
		}
		assertThat(sets).hasSizeGreaterThanOrEqualTo(3);
		for (Path set : sets) {
			Matcher m = q.matcher(Files.readString(set, StandardCharsets.UTF_8));
			while (m.find()) {
				asked.add(m.group(1));
			}
		}
		assertThat(asked).hasSizeGreaterThan(400);
		assertThat(asked)
			.allSatisfy((a) -> assertThat(phrasings).as("used as a phrasing: " + a).doesNotContain(normal(a)));
	}

	/** Letters and digits only, so punctuation and spaces do not hide a copy. */
	private static String normal(String text) {
		StringBuilder sb = new StringBuilder();
		text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	/**
	 * A Beijing figure that changes over time is stated in one place,
	 * {@code knowledge/parameters/beijing.yml}: an entry that gives the minimum wage, the
	 * severance cap or the social-insurance base gives one of the values recorded there
	 * (a current or a dated earlier one), so no two entries can disagree.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void every_beijing_figure_in_an_answer_is_one_of_the_parameters_file() throws IOException {
		Map<String, Object> yml;
		try (var reader = Files.newBufferedReader(KNOWLEDGE.resolve("parameters/beijing.yml"),
				StandardCharsets.UTF_8)) {
			yml = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		Map<String, Set<String>> recorded = new HashMap<>();
		for (String section : List.of("minimumWage", "severanceCapAverageWage", "socialInsuranceBase")) {
			Set<String> values = new HashSet<>();
			for (Map<String, Object> entry : (List<Map<String, Object>>) yml.get(section)) {
				entry.values().forEach((v) -> values.add(String.valueOf(v)));
			}
			recorded.put(section, values);
		}
		assertThat(recorded.get("minimumWage")).contains("2540");
		Map<Pattern, String> figures = Map.of(
				Pattern.compile("最低工资(?:标准)?[^。；\\n0-9]{0,16}?(\\d{4})元(?![^。；\\n]{0,3}小时)"), "minimumWage",
				Pattern.compile("封顶[^。；\\n0-9]{0,10}?(\\d{5})"), "severanceCapAverageWage",
				Pattern.compile("基数[^。；\\n0-9]{0,12}?(?:下限|上限)[^。；\\n0-9]{0,8}?(\\d{4,5})元"), "socialInsuranceBase");
		List<String> disagreeing = new ArrayList<>();
		for (Chunk c : kb.chunks()) {
			if (c.file().startsWith("laws/")) {
				continue;
			}
			String text = (Objects.toString(c.question(), "") + "\n" + c.text()).replaceAll("(?<=\\d),(?=\\d{3})", "");
			figures.forEach((pattern, section) -> {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					if (!recorded.get(section).contains(m.group(1))) {
						disagreeing
							.add(c.id() + ": " + m.group() + " (" + section + " has " + recorded.get(section) + ")");
					}
				}
			});
		}
		assertThat(disagreeing).as("figures that disagree with knowledge/parameters/beijing.yml").isEmpty();
	}

	/**
	 * Union programmes change, so every service-guide file names the public pages or
	 * documents its facts were confirmed from: publisher, date and title of each.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void every_service_guide_file_lists_the_public_sources_it_was_confirmed_from() {
		List<String> bad = new ArrayList<>();
		for (KnowledgeDocument doc : kb.documents()) {
			if (!doc.file().startsWith("service-guide/")) {
				continue;
			}
			String text = raw.get(doc.file());
			Map<String, Object> front = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(text.substring(4, text.indexOf("\n---", 4)));
			if (!(front.get("sources") instanceof List<?> sources) || sources.isEmpty()) {
				bad.add(doc.file() + ": no sources list");
				continue;
			}
			for (Object s : sources) {
				if (!(s instanceof Map<?, ?> source) || source.get("publisher") == null || source.get("date") == null
						|| source.get("title") == null) {
					bad.add(doc.file() + ": a source needs publisher, date and title: " + s);
				}
			}
		}
		assertThat(bad).as("service-guide files without confirmed sources").isEmpty();
	}

	/** The only telephone numbers the knowledge base may give. */
	static final Set<String> PHONE_NUMBERS = Set.of("12351", "12333", "12348", "12345", "110", "120");

	private static final Pattern DIALLED = Pattern
		.compile("(?:拨打|打|致电|电话|热线|拨)[^。；，,\\n0-9]{0,8}?((?<![\\d.])\\d{3,12}(?![\\d.%年月日号个元]))");

	private static final Pattern PHONE_LIKE = Pattern
		.compile("(?<!\\d)(?:0\\d{2,3}-\\d{7,8}|400-?\\d{3}-?\\d{4}|1[3-9]\\d{9}|(?:8|6)\\d{7})(?!\\d)");

	/**
	 * No invented phone numbers: a number dialled in any answer is one of
	 * {@link #PHONE_NUMBERS}, and nothing anywhere looks like a local, mobile or 400
	 * number.
	 */
	@Test
	void only_the_public_hotlines_appear_as_phone_numbers() {
		List<String> bad = matches(DIALLED, (m) -> !PHONE_NUMBERS.contains(m.group(1)));
		bad.addAll(matches(PHONE_LIKE, (m) -> true));
		assertThat(bad).as("phone numbers other than " + PHONE_NUMBERS).isEmpty();
	}

	/**
	 * Every match of the pattern in any passage's question or text that {@code counts},
	 * as "passage id: match".
	 */
	private static List<String> matches(Pattern pattern, Predicate<Matcher> counts) {
		List<String> found = new ArrayList<>();
		for (Chunk c : kb.chunks()) {
			Matcher m = pattern.matcher(Objects.toString(c.question(), "") + "\n" + c.text());
			while (m.find()) {
				if (counts.test(m)) {
					found.add(c.id() + ": " + m.group());
				}
			}
		}
		return found;
	}

	private static final Pattern STREET_ADDRESS = Pattern
		.compile("[\\u4e00-\\u9fa5]{1,8}(?:路|街|大街|巷|胡同|里|道)[0-9一二三四五六七八九十甲乙]+号");

	/**
	 * No street addresses: offices move, so an answer says which union to ask (the
	 * district or street union, 12351) instead.
	 */
	@Test
	void no_answer_gives_a_street_address() {
		List<String> bad = matches(STREET_ADDRESS, (m) -> true);
		assertThat(bad).as("street addresses in the knowledge base").isEmpty();
	}

	@Test
	void the_service_guide_exists() {
		assertThat(kb.documents()).filteredOn((d) -> d.file().startsWith("service-guide/")).isNotEmpty();
	}

	private static List<KnowledgeDocument> questionDocs() {
		return kb.documents()
			.stream()
			.filter((d) -> d.file().startsWith("rights-handbook/") || d.file().startsWith("service-guide/"))
			.toList();
	}

	private static List<KnowledgeDocument> lawDocs() {
		return kb.documents().stream().filter((d) -> d.file().startsWith("laws/")).toList();
	}

	private static Set<String> lawSections() {
		Set<String> sections = new HashSet<>();
		for (KnowledgeDocument doc : lawDocs()) {
			Matcher m = HEADING.matcher(body(doc));
			while (m.find()) {
				if (m.group(1).length() > 1) {
					sections.add(m.group(2).strip());
				}
			}
		}
		return sections;
	}

	private static String body(KnowledgeDocument doc) {
		String text = raw.get(doc.file()).replace("\r\n", "\n");
		return text.substring(text.indexOf("\n---", 4) + 4);
	}

}
