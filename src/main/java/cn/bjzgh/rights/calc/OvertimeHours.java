package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Overtime hours told as a rate and a count rather than a total: so many hours every
 * evening over the days worked in a month ("每天晚上都加班两个小时 一个月上二十二天班": 44 hours), and whole
 * days on a holiday or a rest day at the length of the working day told ("初一到初三都上班了
 * 每天干十个小时": 30 hours, not 24).
 */
public final class OvertimeHours {

	/**
	 * Overtime, named or told with the time between its two characters: "加班", "加了两天班",
	 * "加了三个小时的班".
	 */
	public static final Pattern OVERTIME = Pattern
		.compile("加班|加了?\\s*(?:[0-9一二两三四五六七八九十俩仨半个多]{1,4}\\s*(?:天|小时|钟头|晚上|宿|夜))的?班");

	/** Rest days, named: work on them is rest-day overtime. */
	public static final Pattern REST_DAYS = Pattern.compile("周末|休息日|周六|周日|星期六|星期天|星期日|双休");

	/**
	 * A week with one day off told by its name ("大小周", "单休"): the extra days worked
	 * ("一个月多上两天") are rest days, though the hours of a long evening are not.
	 */
	private static final Pattern SHORT_WEEK = Pattern.compile("大小周|单休|大周");

	/** Hours of overtime every working day. */
	private static final Pattern EVERY_DAY = Pattern
		.compile("(?:每天|天天|每晚|每天晚上)(?:都|要|得|还)?(?:要)?加班\\s*" + SpokenFigures.NUM + "\\s*(?:个)?(?:多)?(?:小时|钟头)");

	/** The days worked in a month. */
	private static final Pattern DAYS_A_MONTH = Pattern
		.compile("(?:一个月|每个月|每月)(?:都|要|得)?(?:上|干|出勤|上了|干了)?\\s*" + SpokenFigures.NUM + "\\s*天");

	/** The length of the working day. */
	private static final Pattern DAY_LENGTH = Pattern
		.compile("(?:每天|一天|天天|每日)(?:都|要|得|干|上|工作|上班|了)*\\s*" + SpokenFigures.NUM + "\\s*(?:个)?(?:小时|钟头)");

	private OvertimeHours() {
	}

	/**
	 * Hours every day times the days worked in the month, or null when either is missing.
	 */
	public static BigDecimal overTheMonth(String text) {
		Matcher hours = EVERY_DAY.matcher(text);
		Matcher days = DAYS_A_MONTH.matcher(text);
		if (!hours.find() || !days.find()) {
			return null;
		}
		return new BigDecimal(SpokenFigures.toInt(hours.group(1)))
			.multiply(new BigDecimal(SpokenFigures.toInt(days.group(1))));
	}

	/**
	 * Whether the overtime told is on rest days: named so, or whole days counted in a
	 * week with one day off.
	 * @param hours whether the overtime was told in hours
	 */
	public static boolean onRestDays(String text, boolean hours) {
		return REST_DAYS.matcher(text).find() || (!hours && SHORT_WEEK.matcher(text).find());
	}

	/**
	 * Whole days worked at the length of the working day told, or null when no length is
	 * told (the calculation then counts eight hours a day).
	 */
	static BigDecimal wholeDays(String text, BigDecimal days) {
		Matcher length = DAY_LENGTH.matcher(text);
		if (days == null || !length.find()) {
			return null;
		}
		int hours = SpokenFigures.toInt(length.group(1));
		return (hours > 0 && hours <= 24) ? days.multiply(new BigDecimal(hours)) : null;
	}

}
