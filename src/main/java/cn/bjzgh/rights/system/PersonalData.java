package cn.bjzgh.rights.system;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal numbers a worker may type (resident ID card numbers, mobile phone
 * numbers, bank card numbers) before a message is logged, stored or sent to the LLM. The
 * worker still sees their own words; everything that leaves the request keeps only the
 * first and last digits.
 */
public final class PersonalData {

	/** 18-digit resident ID (last character may be X), or the old 15-digit form. */
	private static final Pattern ID_CARD = Pattern.compile(
			"(?<![0-9A-Za-z])([1-9][0-9]{5})(?:(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}([0-9Xx])"
					+ "|[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{2}([0-9]))(?![0-9A-Za-z])");

	/** Mainland mobile numbers, optionally with +86 and separators. */
	private static final Pattern PHONE = Pattern
		.compile("(?<![0-9])(?:\\+?86[ -]?)?(1[3-9][0-9])[ -]?[0-9]{4}[ -]?([0-9]{4})(?![0-9])");

	/** Bank card numbers: 16 to 19 digits, optionally grouped by spaces or dashes. */
	private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){15,18}(?![0-9])");

	private PersonalData() {
	}

	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = replace(ID_CARD, text, (m) -> m.group(1) + "********" + "***" + lastOf(m));
		masked = replace(BANK_CARD, masked, (m) -> {
			String digits = m.group().replaceAll("[^0-9]", "");
			return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
		});
		masked = replace(PHONE, masked, (m) -> m.group(1) + "****" + m.group(2));
		return masked;
	}

	private static String lastOf(Matcher m) {
		return (m.group(2) != null) ? m.group(2) : m.group(3);
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> fn) {
		Matcher m = pattern.matcher(text);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(sb, Matcher.quoteReplacement(fn.apply(m)));
		}
		m.appendTail(sb);
		return sb.toString();
	}

}
