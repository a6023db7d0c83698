package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a look-up by citation out of a query: "劳动合同法第47条", "《劳动合同法》第四十七条", "工伤条例 第十四条",
 * "劳动合同法38、46条". Volunteers look laws up by article; such a query returns the named
 * articles' sections first. A law is named by its full title (with or without 《》 or
 * 中华人民共和国) or by a common short name; articles in Arabic or Chinese numerals, with or
 * without 第 and 条.
 */
final class CitationQuery {

	/** Common short names, each to the full title used in {@code knowledge/laws/}. */
	private static final Map<String, String> SHORT_NAMES = new LinkedHashMap<>();

	static {
		SHORT_NAMES.put("实施条例", "劳动合同法实施条例");
		SHORT_NAMES.put("工伤条例", "工伤保险条例");
		SHORT_NAMES.put("社保法", "社会保险法");
		SHORT_NAMES.put("调解仲裁法", "劳动争议调解仲裁法");
		SHORT_NAMES.put("仲裁法", "劳动争议调解仲裁法");
		SHORT_NAMES.put("年休假条例", "职工带薪年休假条例");
		SHORT_NAMES.put("年休假实施办法", "企业职工带薪年休假实施办法");
		SHORT_NAMES.put("女职工特别规定", "女职工劳动保护特别规定");
		SHORT_NAMES.put("职业病法", "职业病防治法");
		SHORT_NAMES.put("解释一", "最高人民法院关于审理劳动争议案件适用法律问题的解释一");
		SHORT_NAMES.put("解释二", "最高人民法院关于审理劳动争议案件适用法律问题的解释二");
	}

	private static final String NUMERAL = "[0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,6}";

	/** An article right after the law: 第47条, 第四十七条, 47条, 47. */
	private static final Pattern ARTICLE = Pattern.compile("^\\s*》?\\s*(?:第)?\\s*(" + NUMERAL + ")\\s*(?:条)?");

	/** Further articles: 、46条, 和第四十八条, ,50. */
	private static final Pattern MORE = Pattern.compile("^\\s*[、，,和及与/]\\s*(?:第)?\\s*(" + NUMERAL + ")\\s*(?:条)?");

	private static final String DIGITS = "零一二三四五六七八九";

	private CitationQuery() {
	}

	/** A law's full title and the articles named, in order. */
	record Citation(String law, List<Integer> articles) {
	}

	/**
	 * @param laws the full titles of the laws in the knowledge base, letters and digits
	 * only (as in passage ids: 解释（二） is 解释二)
	 * @return the citation the query names, or null when it names none
	 */
	static Citation parse(String query, List<String> laws) {
		String q = query.replace("中华人民共和国", "").replaceAll("[《（()）]", "").strip();
		String law = null;
		int end = -1;
		int start = Integer.MAX_VALUE;
		// The longest title or short name that appears first: 劳动合同法实施条例 before 劳动合同法.
		for (String title : laws) {
			int at = q.indexOf(title);
			if (at >= 0 && (at < start || (at == start && title.length() > law.length()))) {
				law = title;
				start = at;
				end = at + title.length();
			}
		}
		for (Map.Entry<String, String> alias : SHORT_NAMES.entrySet()) {
			int at = q.indexOf(alias.getKey());
			if (at >= 0 && laws.contains(alias.getValue()) && (law == null || at < start)) {
				law = alias.getValue();
				start = at;
				end = at + alias.getKey().length();
			}
		}
		if (law == null) {
			return null;
		}
		String rest = q.substring(end);
		Matcher first = ARTICLE.matcher(rest);
		if (!first.find()) {
			return null;
		}
		List<Integer> articles = new ArrayList<>();
		articles.add(number(first.group(1)));
		rest = rest.substring(first.end());
		Matcher more = MORE.matcher(rest);
		while (more.find()) {
			articles.add(number(more.group(1)));
			rest = rest.substring(more.end());
			more = MORE.matcher(rest);
		}
		return articles.contains(0) ? null : new Citation(law, articles);
	}

	/** 47 → 四十七, 10 → 十, 105 → 一百零五: how the handbook writes article numbers. */
	static String chinese(int n) {
		StringBuilder sb = new StringBuilder();
		int hundreds = n / 100;
		int tens = (n % 100) / 10;
		int ones = n % 10;
		if (hundreds > 0) {
			sb.append(DIGITS.charAt(hundreds)).append('百');
			if (tens == 0 && ones > 0) {
				sb.append('零');
			}
		}
		if (tens > 0) {
			if (tens > 1 || hundreds > 0) {
				sb.append(DIGITS.charAt(tens));
			}
			sb.append('十');
		}
		if (ones > 0) {
			sb.append(DIGITS.charAt(ones));
		}
		return sb.toString();
	}

	static int number(String s) {
		if (s.matches("[0-9]+")) {
			return Integer.parseInt(s);
		}
		int total = 0;
		int current = 0;
		for (char c : s.toCharArray()) {
			int d = (c == '两') ? 2 : (c == '〇') ? 0 : DIGITS.indexOf(c);
			if (d >= 0) {
				current = d;
			}
			else if (c == '十') {
				total += ((current == 0) ? 1 : current) * 10;
				current = 0;
			}
			else if (c == '百') {
				total += current * 100;
				current = 0;
			}
		}
		return total + current;
	}

}
