package cn.bjzgh.rights.console;

import java.util.regex.Pattern;

/**
 * Whitespace as extraction leaves it, made plain: no-break, ideographic and zero-width
 * spaces, tabs and runs of blanks become one space, lines are trimmed, and the spaces PDF
 * extraction puts beside full-width punctuation or between every Chinese character are
 * removed (they would break a citation such as 《劳动合同法》第八十二条).
 */
final class TextCleaner {

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

	private static final Pattern BLANKS = Pattern.compile("[\\p{Zs}\\t\\f\\x0B]+");

	/**
	 * Chinese punctuation (、。《》「」【】 and the full-width ，：；！？（）); not quotes, which
	 * English shares.
	 */
	private static final String WIDE_MARK = "[\\u3001-\\u303F\\uFF01-\\uFF65]";

	/** A space beside full-width punctuation: 《劳动合同法》 第八十二条 is one citation. */
	private static final Pattern SPACE_BY_MARK = Pattern
		.compile(" (?=" + WIDE_MARK + ")|(?<=" + WIDE_MARK + ") (?=\\S)");

	private static final Pattern SPACED_HAN = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

	private static final Pattern ADJACENT_HAN = Pattern.compile("\\p{IsHan}(?=\\p{IsHan})");

	private TextCleaner() {
	}

	/** Cleans each line of {@code text}; line breaks are kept, blank lines dropped. */
	static String clean(String text) {
		String s = text.replace("\r\n", "\n").replace('\r', '\n');
		s = INVISIBLE.matcher(s).replaceAll("");
		s = CONTROL.matcher(s).replaceAll(" ");
		StringBuilder out = new StringBuilder();
		for (String line : s.split("\n")) {
			String l = BLANKS.matcher(line).replaceAll(" ").strip();
			l = SPACE_BY_MARK.matcher(l).replaceAll("");
			l = letterSpaced(l) ? SPACED_HAN.matcher(l).replaceAll("") : l;
			if (!l.isEmpty()) {
				out.append((out.length() > 0) ? "\n" : "").append(l);
			}
		}
		return out.toString();
	}

	/**
	 * True for a line whose Chinese characters are mostly set apart by spaces, as some
	 * PDFs extract ("劳 动 合 同"); a single space after 第一章 is meant and stays.
	 */
	private static boolean letterSpaced(String line) {
		long spaced = SPACED_HAN.matcher(line).results().count();
		return spaced >= 3 && spaced > ADJACENT_HAN.matcher(line).results().count();
	}

	/** Letters of any script, Chinese characters included. */
	static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetter).count();
	}

	/** Display width: a Chinese character or full-width mark counts two. */
	static int width(String line) {
		return line.codePoints().map((cp) -> isWide(cp) ? 2 : 1).sum();
	}

	static boolean isWide(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
				|| (cp >= 0xFF00 && cp <= 0xFF65);
	}

}
