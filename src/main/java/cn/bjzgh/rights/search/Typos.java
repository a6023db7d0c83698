package cn.bjzgh.rights.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The phone-keyboard misspellings of {@code knowledge/typos.txt} ("年价 => 年假", "算工商 =>
 * 算工伤"), put right in a query before it is embedded, so that the embedding reads what the
 * worker meant; the keyword search keeps the worker's own words, whose common
 * misspellings the handbook's phrasings carry (putting them right there too lost those
 * matches: "…不给签合用" after masked numbers then led with another contract entry). One rule
 * per line, {@code #} comments; the longest match wins (Lucene's
 * {@link MappingCharFilter}), so a rule can name the context that makes a word a
 * misspelling ("工商认定", not 工商 alone, which is also the market regulator). Union staff
 * edit the file; a re-index reloads it.
 */
final class Typos {

	/** No rules: every text stays as it is. */
	static final Typos NONE = new Typos(null, 0);

	private static final String ARROW = "=>";

	private final NormalizeCharMap map;

	private final int size;

	private Typos(NormalizeCharMap map, int size) {
		this.map = map;
		this.size = size;
	}

	/** How many rules there are. */
	int size() {
		return this.size;
	}

	/** The text with every misspelling put right. */
	String fix(String text) {
		if (this.map == null || text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		try (Reader reader = new MappingCharFilter(this.map, new StringReader(text))) {
			char[] buffer = new char[256];
			for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
				out.append(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// A StringReader does not fail.
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * The rules of a file; without one, none. A file that does not parse is reported and
	 * search goes on without rules rather than failing.
	 */
	static Typos load(Path file) {
		return RuleFiles.leniently(file, () -> NONE, Typos::parse, "Misspellings file");
	}

	/**
	 * For a re-index: a missing file means no rules, but one that does not parse is an
	 * error, so the caller can keep the rules it has.
	 */
	static Typos loadStrictly(Path file) throws IOException {
		return RuleFiles.strictly(file, () -> NONE, Typos::parse);
	}

	/**
	 * Parses {@code 错字 => 正字} lines.
	 * @throws IllegalArgumentException naming the line that is not such a rule
	 */
	static Typos parse(Reader reader) throws IOException {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		int rules = 0;
		int lineNo = 0;
		BufferedReader lines = new BufferedReader(reader);
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			lineNo++;
			String rule = line.strip();
			if (rule.isEmpty() || rule.startsWith("#")) {
				continue;
			}
			int arrow = rule.indexOf(ARROW);
			String from = (arrow < 0) ? "" : rule.substring(0, arrow).strip();
			String to = (arrow < 0) ? "" : rule.substring(arrow + ARROW.length()).strip();
			if (from.isEmpty() || to.isEmpty() || to.contains(ARROW) || from.equals(to)) {
				throw new IllegalArgumentException(
						"line " + lineNo + " is not a rule \"错字 => 正字\" / is not a rule \"typo => word\": " + rule);
			}
			builder.add(from, to);
			rules++;
		}
		return (rules == 0) ? NONE : new Typos(builder.build(), rules);
	}

}
