package cn.bjzgh.rights.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers headings and paragraphs from text that does not mark them: PDF lines, plain
 * text, and Word or HTML files written without heading styles. A short line shaped like a
 * Chinese heading (第一编, 第一章, 第一节, 一、, （一）) or an article opening (第八十二条) becomes a
 * heading ranked by that shape; in PDF and text, lines wrapped mid-sentence are joined
 * back into paragraphs; in PDF, page numbers and the header or footer printed on every
 * page are dropped.
 */
final class PlainTextLayout {

	private static final String NUM = "[零〇一二两三四五六七八九十百千0-9０-９]+";

	private static final String SMALL = "[一二三四五六七八九十]{1,3}";

	/** Heading shapes from the outermost in; a heading's level is its index plus one. */
	private static final List<Pattern> SHAPES = List.of(Pattern.compile("^第" + NUM + "编(?: ?\\S.*)?$"),
			Pattern.compile("^第" + NUM + "章(?: ?\\S.*)?$"), Pattern.compile("^第" + NUM + "节(?: ?\\S.*)?$"),
			Pattern.compile("^" + SMALL + "、 ?\\S.*$"), Pattern.compile("^[（(]" + SMALL + "[）)] ?\\S.*$"));

	/**
	 * 第X条 followed by a space (or nothing), as statutes print it; the rest is its text.
	 */
	private static final Pattern ARTICLE = Pattern.compile("^(第" + NUM + "条)(?: (.*))?$");

	private static final int ARTICLE_LEVEL = SHAPES.size() + 1;

	private static final int MAX_HEADING_CHARS = 40;

	/** Headings do not end like sentences or clauses. */
	private static final Pattern CLAUSE_END = Pattern.compile("[。；，、,;：:！？!?]$");

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;：:][”’」』）)\"']*$");

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^(?:[-–—] ?)?\\d{1,4}(?: ?[-–—])?$|^第 ?\\d{1,4} ?页(?: ?[,，/]? ?共 ?\\d{1,4} ?页)?$"
				+ "|^\\d{1,4} ?/ ?\\d{1,4}$|^(?i:page) ?\\d{1,4}(?: ?(?i:of) ?\\d{1,4})?$");

	/** A line shorter than this share of a full line ends its paragraph. */
	private static final double SHORT_LINE = 0.75;

	private PlainTextLayout() {
	}

	/** PDF blocks (each a run of lines on one page) as headings and paragraphs. */
	static List<Block> fromPages(List<Block> blocks) {
		List<Block> lines = new ArrayList<>();
		for (Block block : blocks) {
			for (String line : TextCleaner.clean(block.text()).split("\n")) {
				if (!line.isEmpty()) {
					lines.add(Block.paragraph(line, block.page()));
				}
			}
		}
		return structure(withoutPageFurniture(lines), true);
	}

	/** Plain text: a blank line always ends a paragraph. */
	static List<Block> fromText(String text) {
		List<Block> lines = new ArrayList<>();
		for (String line : text.split("\\R", -1)) {
			lines.add(Block.paragraph(TextCleaner.clean(line), 0));
		}
		return structure(lines, true);
	}

	/** Paragraphs that are already whole (Word, HTML): only headings are looked for. */
	static List<Block> fromParagraphs(List<Block> paragraphs) {
		List<Block> lines = new ArrayList<>();
		for (Block block : paragraphs) {
			lines.add(new Block(block.level(), TextCleaner.clean(block.text()), block.page()));
		}
		return structure(lines, false);
	}

	private static List<Block> structure(List<Block> lines, boolean joinLines) {
		int full = fullWidth(lines);
		List<Block> out = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		int page = 0;
		for (Block line : lines) {
			String text = line.text();
			if (text.isEmpty() || line.isHeading()) {
				flush(paragraph, page, out);
				if (line.isHeading()) {
					out.add(line);
				}
				continue;
			}
			if (text.indexOf('\n') < 0) {
				Matcher article = ARTICLE.matcher(text);
				int level = article.matches() ? ARTICLE_LEVEL : shapeLevel(text);
				if (level > 0) {
					flush(paragraph, page, out);
					out.add(new Block(level, article.matches() ? article.group(1) : text, line.page()));
					text = article.matches() ? article.group(2) : null;
					if (text == null || text.isBlank()) {
						continue;
					}
				}
			}
			if (!joinLines) {
				out.add(Block.paragraph(text, line.page()));
				continue;
			}
			join(paragraph, text);
			page = line.page();
			if (SENTENCE_END.matcher(text).find() || TextCleaner.width(line.text()) < full * SHORT_LINE) {
				flush(paragraph, page, out);
			}
		}
		flush(paragraph, page, out);
		return out;
	}

	private static int shapeLevel(String line) {
		if (line.length() > MAX_HEADING_CHARS || CLAUSE_END.matcher(line).find()) {
			return 0;
		}
		for (int i = 0; i < SHAPES.size(); i++) {
			if (SHAPES.get(i).matcher(line).matches()) {
				return i + 1;
			}
		}
		return 0;
	}

	/** Chinese lines join without a space; Latin words need one. */
	private static void join(StringBuilder paragraph, String line) {
		if (paragraph.length() > 0) {
			int last = paragraph.codePointBefore(paragraph.length());
			if (!TextCleaner.isWide(last) && !TextCleaner.isWide(line.codePointAt(0))) {
				paragraph.append(' ');
			}
		}
		paragraph.append(line);
	}

	private static void flush(StringBuilder paragraph, int page, List<Block> out) {
		if (paragraph.length() > 0) {
			out.add(Block.paragraph(paragraph.toString(), page));
			paragraph.setLength(0);
		}
	}

	/**
	 * The width of a full line: most lines of running text fill the line, so a high
	 * percentile of line widths. With too few lines to tell, 0 (no line counts as short).
	 */
	private static int fullWidth(List<Block> lines) {
		List<Integer> widths = new ArrayList<>();
		for (Block line : lines) {
			int width = TextCleaner.width(line.text());
			if (width >= 20) {
				widths.add(width);
			}
		}
		if (widths.size() < 3) {
			return 0;
		}
		widths.sort(null);
		return widths.get(Math.min(widths.size() - 1, (int) (widths.size() * 0.8)));
	}

	/**
	 * Drops page numbers and the lines that open or close most pages alike (a running
	 * title, a date, a file path), comparing them with their digits ignored.
	 */
	static List<Block> withoutPageFurniture(List<Block> lines) {
		Map<Integer, List<Integer>> edgesByPage = new HashMap<>();
		Map<Integer, List<Integer>> byPage = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			byPage.computeIfAbsent(lines.get(i).page(), (p) -> new ArrayList<>()).add(i);
		}
		Map<String, Set<Integer>> pagesByKey = new HashMap<>();
		Set<Integer> dropped = new HashSet<>();
		byPage.forEach((page, indexes) -> {
			List<Integer> edges = new ArrayList<>();
			for (int k = 0; k < indexes.size(); k++) {
				if (k < 2 || k >= indexes.size() - 2) {
					edges.add(indexes.get(k));
				}
			}
			edgesByPage.put(page, edges);
			for (int i : edges) {
				String text = lines.get(i).text();
				if (PAGE_NUMBER.matcher(text).matches()) {
					dropped.add(i);
				}
				pagesByKey.computeIfAbsent(key(text), (k) -> new HashSet<>()).add(page);
			}
		});
		int pages = byPage.size();
		int repeated = Math.max(3, (int) Math.ceil(pages * 0.6));
		if (pages >= 3) {
			edgesByPage.values()
				.forEach((edges) -> edges.stream()
					.filter((i) -> pagesByKey.get(key(lines.get(i).text())).size() >= repeated)
					.forEach(dropped::add));
		}
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!dropped.contains(i)) {
				kept.add(lines.get(i));
			}
		}
		return kept;
	}

	private static String key(String line) {
		return line.replaceAll("\\d+", "#").replace(" ", "");
	}

}
