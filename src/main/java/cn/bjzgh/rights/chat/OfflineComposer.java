package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answer without a model: the best-matching handbook answer first (under its handbook
 * question when it opens with a bare verdict), then the key sentence of each further
 * passage that adds something, each marked with its citation number, then the legal
 * basis. Extractive only: every sentence comes from the knowledge base, so nothing is
 * invented.
 */
class OfflineComposer {

	private static final Pattern SENTENCE = Pattern.compile("[^。！？；\\n]+[。！？；]?");

	/**
	 * A handbook answer that opens with a bare verdict (能。 不合法。 不是。 要看具体情况。): about a
	 * third of them. The verdict answers the handbook's question, which is not always the
	 * way the worker put it.
	 */
	private static final Pattern VERDICT = Pattern.compile("^[^。！？，,\\n]{1,6}[。！]");

	/** A handbook question that sets its own example figures (月薪6000元, 干了3年). */
	private static final Pattern OWN_FIGURES = Pattern.compile("[0-9]");

	static final String HOTLINE_LINE = "如需进一步帮助，可拨打职工维权服务热线12351。";

	/** The composed answer and the passages it cites, numbered in order. */
	record Composed(String text, List<Citation> citations) {
	}

	Composed compose(List<Passage> passages, Audience audience) {
		if (passages.isEmpty()) {
			return new Composed("", List.of());
		}
		List<Citation> citations = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		Passage primary = passages.get(0);
		String body = primary.body();
		if (audience == Audience.WORKER) {
			body = firstParagraphs(body, 2);
		}
		if (primary.question() != null
				&& (VERDICT.matcher(body).find() || OWN_FIGURES.matcher(primary.question()).find())) {
			// Say which question the verdict answers: "能。" after "在工地摔伤了 老板不管"
			// means nothing, and a worker can see at once whether it is their question.
			// A question with figures of its own ("月薪6000元加班一小时…") is shown too, so
			// that its worked example is not read as the worker's own figures.
			text.append("**").append(primary.question()).append("**\n");
		}
		text.append(body).append(" [1]");
		citations.add(primary.citation(1));

		int extras = (audience == Audience.WORKER) ? 1 : 3;
		List<String> added = new ArrayList<>();
		for (Passage p : passages.subList(1, passages.size())) {
			if (added.size() >= extras) {
				break;
			}
			String sentence = keySentence(p);
			if (sentence == null || text.indexOf(sentence) >= 0 || overlaps(sentence, text)) {
				continue;
			}
			int n = citations.size() + 1;
			citations.add(p.citation(n));
			String lead = (p.question() != null) ? p.question() + " " : "";
			added.add("- " + lead + sentence + " [" + n + "]");
		}
		if (!added.isEmpty()) {
			text.append("\n\n相关的还有：\n").append(String.join("\n", added));
		}
		Set<String> basis = new LinkedHashSet<>(primary.legalBasis());
		if (audience == Audience.VOLUNTEER) {
			for (int i = 1; i < citations.size(); i++) {
				basis.addAll(passageOf(passages, citations.get(i).id()).legalBasis());
			}
		}
		if (!basis.isEmpty()) {
			text.append("\n\n").append(Passage.BASIS_PREFIX).append(groupByLaw(basis));
		}
		if (audience == Audience.WORKER) {
			text.append("\n\n").append(HOTLINE_LINE);
		}
		return new Composed(text.toString(), citations);
	}

	/** A curated handbook answer returned as it stands. */
	Composed faq(Passage passage) {
		String text = passage.text().strip();
		int end = text.indexOf("\n\n");
		String marked = (end < 0) ? text + " [1]" : text.substring(0, end) + " [1]" + text.substring(end);
		return new Composed(marked, List.of(passage.citation(1)));
	}

	/**
	 * Writes citations the way the handbook does: articles of one law joined by 、, laws
	 * by ；, e.g. 《劳动合同法》第十条、第八十二条；《劳动合同法实施条例》第六条.
	 */
	static String groupByLaw(Collection<String> citations) {
		Map<String, List<String>> byLaw = new LinkedHashMap<>();
		for (String c : citations) {
			int end = c.indexOf('》');
			String law = (end > 0) ? c.substring(0, end + 1) : "";
			byLaw.computeIfAbsent(law, (k) -> new ArrayList<>()).add(c.substring(law.length()));
		}
		List<String> parts = new ArrayList<>();
		byLaw.forEach((law, articles) -> parts.add(law + String.join("、", articles)));
		return String.join("；", parts);
	}

	private static Passage passageOf(List<Passage> passages, String id) {
		return passages.stream().filter((p) -> p.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The first {@code n} paragraphs, and the list one of them announces ("你有两条路：",
	 * "可以先做这几件事："): an answer that ends on a colon says nothing.
	 */
	static String firstParagraphs(String body, int n) {
		String[] paragraphs = body.split("\\n\\s*\\n");
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < paragraphs.length && (i < n || announcesList(sb)); i++) {
			if (sb.length() > 0) {
				sb.append("\n\n");
			}
			sb.append(paragraphs[i].strip());
		}
		return sb.toString();
	}

	private static boolean announcesList(CharSequence text) {
		String t = text.toString().strip();
		return t.endsWith("：") || t.endsWith(":");
	}

	/** The first sentence of the passage: the handbook puts the direct answer there. */
	private static String keySentence(Passage p) {
		var m = SENTENCE.matcher(p.body());
		while (m.find()) {
			String s = m.group().strip();
			if (s.length() >= 8 && !s.startsWith("-") && !s.startsWith("例")) {
				return s;
			}
		}
		return null;
	}

	/** True when most of the sentence's characters already appear in the answer. */
	private static boolean overlaps(String sentence, CharSequence text) {
		String t = text.toString();
		int shared = 0;
		int total = 0;
		for (int i = 0; i + 1 < sentence.length(); i++) {
			total++;
			if (t.contains(sentence.substring(i, i + 2))) {
				shared++;
			}
		}
		return total > 0 && shared * 10 >= total * 8;
	}

}
