package cn.bjzgh.rights.chat;

import java.util.regex.Pattern;

/**
 * What a worker who is less than seven months pregnant must hear before the handbook's
 * rule for seven months and more: the national rule bars overtime and night shifts only
 * from the seventh month (Art. 6 of the Special Provisions on the Labour Protection of
 * Female Employees; Labour Law Art. 61), while before it a medical certificate entitles
 * her to lighter or other work. "我老婆在厂里上班 怀孕五个月了" … "厂里让她上夜班" was otherwise told "不合法"
 * outright.
 */
final class PregnancyCaveat {

	/** The month from which overtime and night shifts are barred. */
	static final int BARRED_FROM_MONTH = 7;

	/** A handbook question about the seventh month and after. */
	private static final Pattern SEVEN_MONTHS = Pattern.compile("怀孕7个|怀孕七个");

	private PregnancyCaveat() {
	}

	/**
	 * The caveat, or nothing: only for a pregnancy the case file knows to be under seven
	 * months, before a passage whose question is about seven months and after.
	 */
	static String before(CaseFile state, Passage top) {
		int months = state.get(Fact.PREGNANCY_MONTHS).map(Integer::parseInt).orElse(BARRED_FROM_MONTH);
		if (months >= BARRED_FROM_MONTH || top == null || top.question() == null
				|| !SEVEN_MONTHS.matcher(top.question()).find()) {
			return "";
		}
		return "提醒：你说的是怀孕" + months + "个月。国家规定满7个月才不能安排加班和夜班；不满7个月的，拿着医院的证明、原来的活干不了的，"
				+ "单位要减轻劳动量或者调换能干的工作（《女职工劳动保护特别规定》第六条）。各地可能有更细的规定，可以打12351问。\n\n";
	}

}
