package cn.bjzgh.rights.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cited provisions in Chinese legal prose: 《劳动合同法》第十条、第八十二条 gives two citations. A
 * list joined by 、 or 和 after one law name belongs to that law; paragraph suffixes (第二款)
 * are dropped so every citation points at an article section in {@code knowledge/laws/}.
 */
public final class LegalBasisExtractor {

	private static final String NUM = "[零〇一二三四五六七八九十百千0-9]+";

	private static final String UNIT = "第(?:" + NUM + "条|（" + NUM + "）项)";

	/** Paragraph and item suffixes after an article: 第二款, 第三项, 第（三）项. */
	private static final String SUFFIX = "(?:第" + NUM + "[款项]|第（" + NUM + "）项)*";

	private static final Pattern CITATION = Pattern
		.compile("《([^》\\n]{2,60})》((?:" + UNIT + SUFFIX + "(?:[、和及]|以及)?)+)");

	private static final Pattern SINGLE_UNIT = Pattern.compile("(" + UNIT + ")" + SUFFIX);

	private LegalBasisExtractor() {
	}

	/** Citations in order of first appearance, without duplicates. */
	public static List<LegalCitation> extract(String text) {
		Set<LegalCitation> found = new LinkedHashSet<>();
		Matcher m = CITATION.matcher(text);
		while (m.find()) {
			String law = m.group(1).strip();
			Matcher unit = SINGLE_UNIT.matcher(m.group(2));
			while (unit.find()) {
				found.add(new LegalCitation(law, unit.group(1)));
			}
		}
		return new ArrayList<>(found);
	}

}
