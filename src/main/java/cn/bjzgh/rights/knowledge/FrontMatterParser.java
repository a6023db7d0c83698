package cn.bjzgh.rights.knowledge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a knowledge file into its YAML front matter and body and validates the front
 * matter. Every failure is an {@link InvalidKnowledgeFileException} whose message names
 * the field, in Chinese and English, so a union editor can fix the file without reading
 * code.
 */
final class FrontMatterParser {

	static final Set<String> SOURCES = Set.of("职工维权手册", "工会服务指南", "法律法规要点");

	static final Set<String> REGIONS = Set.of("全国", "北京");

	private static final List<String> REQUIRED = List.of("title", "source", "category", "region", "effective",
			"updated");

	private FrontMatterParser() {
	}

	/** The parsed front matter and the Markdown body that follows it. */
	record Parsed(FrontMatter frontMatter, String body) {
	}

	static Parsed parse(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		text = text.replace("\r\n", "\n");
		if (!text.startsWith("---\n")) {
			throw new InvalidKnowledgeFileException("文件开头缺少 YAML 前置信息（---）",
					"missing YAML front matter (---) at the top");
		}
		int end = text.indexOf("\n---", 4);
		if (end < 0) {
			throw new InvalidKnowledgeFileException("YAML 前置信息没有结束标记（---）", "front matter is not closed with ---");
		}
		String yaml = text.substring(4, end);
		int bodyStart = text.indexOf('\n', end + 4);
		String body = (bodyStart < 0) ? "" : text.substring(bodyStart + 1);
		Map<String, Object> map = load(yaml);
		for (String key : REQUIRED) {
			Object value = map.get(key);
			if (value == null || value.toString().isBlank()) {
				throw new InvalidKnowledgeFileException("前置信息缺少字段 " + key,
						"front matter field '" + key + "' is missing");
			}
		}
		String source = map.get("source").toString().strip();
		if (!SOURCES.contains(source)) {
			throw new InvalidKnowledgeFileException("source 必须是 " + SOURCES + " 之一，现为 " + source,
					"source must be one of " + SOURCES + ", was " + source);
		}
		String categoryKey = map.get("category").toString().strip();
		Category category = Category.fromKey(categoryKey)
			.orElseThrow(() -> new InvalidKnowledgeFileException("未知的 category：" + categoryKey,
					"unknown category '" + categoryKey + "'"));
		String region = map.get("region").toString().strip();
		if (!REGIONS.contains(region)) {
			throw new InvalidKnowledgeFileException("region 必须是 全国 或 北京，现为 " + region,
					"region must be 全国 or 北京, was " + region);
		}
		FrontMatter fm = new FrontMatter(map.get("title").toString().strip(), source, category, region,
				date(map, "effective"), date(map, "updated"), sources(map.get("sources")));
		return new Parsed(fm, body);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> load(String yaml) {
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			if (loaded instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		}
		catch (YAMLException ex) {
			throw new InvalidKnowledgeFileException("YAML 前置信息格式错误", "front matter is not valid YAML");
		}
		throw new InvalidKnowledgeFileException("YAML 前置信息必须是键值对", "front matter must be a YAML mapping");
	}

	/**
	 * The optional {@code sources} list, each item as "publisher date 《title》"; an item
	 * that is not a mapping with a publisher is rejected.
	 */
	private static List<String> sources(Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new InvalidKnowledgeFileException("sources 必须是列表", "sources must be a list");
		}
		List<String> out = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> source) || source.get("publisher") == null) {
				throw new InvalidKnowledgeFileException("sources 的每一项都要写 publisher、date、title",
						"each item of sources needs publisher, date and title");
			}
			Object date = source.get("date");
			String day = (date instanceof Date d) ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
					: String.valueOf(date);
			out.add(source.get("publisher").toString().strip() + " " + day
					+ ((source.get("title") == null) ? "" : " 《" + source.get("title").toString().strip() + "》"));
		}
		return out;
	}

	private static LocalDate date(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidKnowledgeFileException(key + " 必须是 YYYY-MM-DD 格式的日期，现为 " + value,
					key + " must be a date in YYYY-MM-DD form, was " + value);
		}
	}

}
