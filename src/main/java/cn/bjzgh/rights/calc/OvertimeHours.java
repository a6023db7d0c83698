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
