package cn.bjzgh.rights.console;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a knowledge file: the YAML front matter from the uploader's metadata, and a
 * Markdown body from headings and paragraphs. Heading depths are ranked, so the outermost
 * heading the document uses becomes {@code ##} (a {@code #} would replace the title in
 * the heading path) and each deeper one a level more, down to {@code ######}.
 */
final class KnowledgeMarkdown {

	/** A line the chunker would take for a heading. */
	private static final Pattern LOOKS_LIKE_HEADING = Pattern.compile("^#{1,6}(\\s|$)");

	private KnowledgeMarkdown() {
	}

	/**
	 * Front matter with every value quoted, so a title with a colon or a quote stays one
	 * string. A missing value is written empty, and the knowledge loader names it.
	 */
	static String frontMatter(DocumentMetadata meta, LocalDate updated) {
		StringBuilder yaml = new StringBuilder("---\n");
		yaml.append("title: ").append(quote(meta.title())).append('\n');
		yaml.append("source: ").append(quote(meta.source())).append('\n');
		yaml.append("category: ").append((meta.category() != null) ? meta.category().key() : "").append('\n');
		yaml.append("region: ").append(quote(meta.region())).append('\n');
		yaml.append("effective: ").append((meta.effective() != null) ? meta.effective().toString() : "").append('\n');
		yaml.append("updated: ").append(updated).append('\n');
		if (meta.uploader() != null && !meta.uploader().isBlank()) {
			// Not read by the loader (FrontMatter has no field for it); kept as a record
			// of
			// who put the file in.
			yaml.append("uploaded_by: ").append(quote(meta.uploader())).append('\n');
		}
		return yaml.append("---\n").toString();
	}

	/** A body under the document title, from headings and paragraphs. */
	static String body(String title, List<Block> blocks) {
		int[] levels = blocks.stream().filter(Block::isHeading).mapToInt(Block::level).distinct().sorted().toArray();
		StringBuilder md = new StringBuilder("# ").append(oneLine(TextCleaner.clean(title))).append("\n\n");
		for (Block block : blocks) {
			String text = TextCleaner.clean(block.text());
			if (text.isEmpty()) {
				continue;
			}
			if (block.isHeading()) {
				int rank = Arrays.binarySearch(levels, block.level());
				md.append("#".repeat(Math.min(6, 2 + rank))).append(' ').append(oneLine(text)).append("\n\n");
			}
			else {
				for (String line : text.split("\n")) {
					md.append(LOOKS_LIKE_HEADING.matcher(line).find() ? "\\" + line : line).append('\n');
				}
				md.append('\n');
			}
		}
		return md.toString().strip() + "\n";
	}

	/** A Markdown upload's body: its own front matter, if any, gives way to ours. */
	static String markdownBody(String text) {
		String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
		s = s.replace("\r\n", "\n");
		if (s.startsWith("---\n")) {
			int end = s.indexOf("\n---", 4);
			if (end >= 0) {
				int bodyStart = s.indexOf('\n', end + 4);
				s = (bodyStart < 0) ? "" : s.substring(bodyStart + 1);
			}
		}
		return s.strip() + "\n";
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ');
	}

	/** A YAML double-quoted scalar on one line; null stays empty (a missing value). */
	static String quote(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder("\"");
		value.strip().codePoints().forEach((cp) -> {
			if (cp == '"' || cp == '\\') {
				out.append('\\').appendCodePoint(cp);
			}
			else if (Character.isISOControl(cp)) {
				out.append(' ');
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.append('"').toString();
	}

}
