package cn.bjzgh.rights.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown body along its own structure: one chunk per heading section (a
 * {@code ## 问：} section is one question and its answer). A section longer than the limit
 * is split on paragraph boundaries, and a paragraph longer than the limit on sentence
 * ends, so no sentence is ever cut; every part keeps the full heading path and the legal
 * basis of the whole section.
 */
final class MarkdownChunker {

	static final String QUESTION_PREFIX = "问：";

	/** The line that opens a question's alternative phrasings. */
	static final String PHRASINGS_MARKER = "相似问法：";

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?])");

	private final int maxChars;

	MarkdownChunker(int maxChars) {
		this.maxChars = maxChars;
	}

	List<Chunk> chunk(String file, FrontMatter fm, String body) {
		List<Chunk> chunks = new ArrayList<>();
		Map<String, Integer> anchors = new HashMap<>();
		List<String> path = new ArrayList<>();
		List<Integer> levels = new ArrayList<>();
		path.add(fm.title());
		levels.add(0);
		StringBuilder section = new StringBuilder();
		for (String line : body.split("\n", -1)) {
			Matcher h = HEADING.matcher(line);
			if (h.matches()) {
				emit(file, fm, path, section.toString(), anchors, chunks);
				section.setLength(0);
				int level = h.group(1).length();
				String heading = h.group(2).strip();
				if (level == 1) {
					path.set(0, heading);
					continue;
				}
				while (levels.size() > 1 && levels.get(levels.size() - 1) >= level) {
					levels.remove(levels.size() - 1);
					path.remove(path.size() - 1);
				}
				levels.add(level);
				path.add(heading);
			}
			else {
				section.append(line).append('\n');
			}
		}
		emit(file, fm, path, section.toString(), anchors, chunks);
		return chunks;
	}

	private void emit(String file, FrontMatter fm, List<String> path, String text, Map<String, Integer> anchors,
			List<Chunk> out) {
		String heading = path.get(path.size() - 1);
		String question = (path.size() > 1 && heading.startsWith(QUESTION_PREFIX))
				? heading.substring(QUESTION_PREFIX.length()).strip() : null;
		List<String> phrasings = new ArrayList<>();
		String body = (question == null) ? text.strip() : liftPhrasings(text, phrasings).strip();
		if (body.isEmpty()) {
			return;
		}
		List<LegalCitation> basis = new ArrayList<>(LegalBasisExtractor.extract(heading));
		for (LegalCitation c : LegalBasisExtractor.extract(body)) {
			if (!basis.contains(c)) {
				basis.add(c);
			}
		}
		String anchor = uniqueAnchor(slug(question != null ? question : heading), anchors);
		List<String> parts = split(body);
		for (int i = 0; i < parts.size(); i++) {
			String id = file + "#" + anchor + ((i == 0) ? "" : "-p" + (i + 1));
			out.add(new Chunk(id, file, fm.title(), fm.source(), fm.category(), fm.region(), path, question,
					parts.get(i), basis, phrasings));
		}
	}

	/**
	 * Takes the block of alternative phrasings that may open a question's answer
	 * ({@code 相似问法：} followed by {@code - } lines) out of the text: they are searched,
	 * never shown.
	 */
	static String liftPhrasings(String text, List<String> phrasings) {
		String[] lines = text.strip().split("\n", -1);
		if (lines.length == 0 || !lines[0].strip().equals(PHRASINGS_MARKER)) {
			return text;
		}
		int i = 1;
		while (i < lines.length && lines[i].strip().startsWith("- ")) {
			String phrasing = lines[i].strip().substring(2).strip();
			if (!phrasing.isEmpty()) {
				phrasings.add(phrasing);
			}
			i++;
		}
		return String.join("\n", Arrays.copyOfRange(lines, i, lines.length));
	}

	private List<String> split(String body) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String paragraph : body.split("\\n\\s*\\n")) {
			for (String piece : fit(paragraph.strip())) {
				if (current.length() > 0 && current.length() + piece.length() + 2 > this.maxChars) {
					parts.add(current.toString());
					current.setLength(0);
				}
				if (current.length() > 0) {
					current.append("\n\n");
				}
				current.append(piece);
			}
		}
		if (current.length() > 0) {
			parts.add(current.toString());
		}
		return parts;
	}

	/**
	 * A paragraph that alone exceeds the limit is cut between sentences, never inside
	 * one.
	 */
	private List<String> fit(String paragraph) {
		if (paragraph.length() <= this.maxChars) {
			return List.of(paragraph);
		}
		List<String> pieces = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String sentence : SENTENCE_END.split(paragraph)) {
			if (current.length() > 0 && current.length() + sentence.length() > this.maxChars) {
				pieces.add(current.toString());
				current.setLength(0);
			}
			current.append(sentence);
		}
		if (current.length() > 0) {
			pieces.add(current.toString());
		}
		return pieces;
	}

	static String slug(String heading) {
		StringBuilder sb = new StringBuilder();
		heading.codePoints().forEach((cp) -> {
			if (Character.isLetterOrDigit(cp)) {
				sb.appendCodePoint(Character.toLowerCase(cp));
			}
			else if (Character.isWhitespace(cp) || cp == '-') {
				if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
					sb.append('-');
				}
			}
		});
		String s = sb.toString().replaceAll("-+$", "");
		return s.isEmpty() ? "section" : s;
	}

	private static String uniqueAnchor(String base, Map<String, Integer> anchors) {
		int n = anchors.merge(base, 1, Integer::sum);
		return (n == 1) ? base : base + "-" + n;
	}

}
