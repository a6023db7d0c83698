package cn.bjzgh.rights.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.OvertimeHours;
import cn.bjzgh.rights.calc.SpokenFigures;
import cn.bjzgh.rights.calc.WorkSchedule;

/**
 * Reads the schedule a worker tells into the case file: how long the working day is and
 * how many days off a month, from which {@link ScheduledOvertime} estimates a month's
 * overtime when no hours of overtime were told; and the overtime told, in hours or in
 * days worked on a rest day or a holiday.
 */
final class ScheduleFacts {

	private static final String FIGURE = "([0-9]{1,2}|[一二两三四五六七八九十]+)";

	private static final Pattern DAY_LENGTH = Pattern
		.compile("(?:每天|一天|天天|每日)(?:都|要|得|干|上|站|跑|工作|上班|了|就)*\\s*" + FIGURE + "\\s*(?:个)?(?:多)?(?:小时|钟头|钟)");

	private static final Pattern MONTH_OFF = Pattern
		.compile("(?:一个月|每个月|每月|一月)(?:就|只|才|能|只能|就能)?(?:让)?(?:休|歇|休息)(?:了)?\\s*" + FIGURE + "\\s*天");

	private static final Pattern WEEK_OFF = Pattern
		.compile("(?:一周|每周|一个礼拜|一礼拜|一星期|每星期|每个星期)(?:就|只|才|能|只能|就能)?(?:让)?(?:休|歇|休息)(?:了)?\\s*" + FIGURE + "\\s*天");

	/** Six days' work a week: "一周干六天", "做六休一", "周六也上班". */
	private static final Pattern SIX_DAYS = Pattern.compile("(?:一周|每周|一星期|每星期|一个礼拜|一礼拜)(?:都|要|得)?(?:干|上|做|上班)?(?:六|6)天"
			+ "|[做上干]六休一|周六(?:也|还)(?:要|得)?(?:上班|干活|干|上)|周六(?:也)?不(?:休|放)");

	private static final Pattern NEVER_OFF = Pattern
		.compile("(?:一天|一天都|一天也)(?:不|没)(?:让)?(?:休|歇)|全年无休|没休过一天|一个月都不让休|天天都?上班没(?:有)?休");

	private static final Pattern OVERTIME_HOURS = Pattern.compile("([0-9]{1,3}|[一二两三四五六七八九十]+)\\s*(个)?(多)?(小时|钟头)");

	private static final Pattern HOLIDAY = Pattern.compile(SpokenFigures.HOLIDAYS);

	private static final Pattern DAYS_WORKED = Pattern.compile("(?:上|干|加|去|值)了?\\s*([一二两三四五六七1-7])\\s*天");

	private static final Pattern REST_DAY = OvertimeHours.REST_DAYS;

	/**
	 * A holiday as a time, not a day worked: "都快过年了", "过完年再说", "回家过年".
	 */
	private static final Pattern HOLIDAY_AS_TIME = Pattern.compile("(快|要|就要|马上|眼看)(到)?过年|过完年|过了年|回家过年|过年(前|后|回家)");

	private ScheduleFacts() {
	}

	/**
	 * The length of the working day and the days off, as a schedule: "一天干十二个小时",
	 * "一个月就休两天", "一周休一天", "单休", "周六也上班", "一天都不让歇". A day of 8 to 16 hours only: a shorter
	 * one holds no overtime (an eight-hour day holds some on the rest days worked), a
	 * longer one is a shift with time on call.
	 */
	static void read(String text, Map<Fact, String> facts) {
		Matcher day = DAY_LENGTH.matcher(text);
		if (day.find()) {
			int hours = SpokenFigures.toInt(day.group(1));
			if (hours >= 8 && hours <= 16) {
				facts.put(Fact.DAY_HOURS, Integer.toString(hours));
			}
		}
		Matcher month = MONTH_OFF.matcher(text);
		Matcher week = WEEK_OFF.matcher(text);
		BigDecimal off = null;
		if (NEVER_OFF.matcher(text).find()) {
			off = BigDecimal.ZERO;
		}
		else if (month.find()) {
			off = new BigDecimal(SpokenFigures.toInt(month.group(1)));
		}
		else if (week.find()) {
			off = new BigDecimal(SpokenFigures.toInt(week.group(1))).multiply(WorkSchedule.WEEKS_A_MONTH);
		}
		else if (text.contains("单休") || SIX_DAYS.matcher(text).find()) {
			off = WorkSchedule.WEEKS_A_MONTH;
		}
		if (off != null && off.compareTo(new BigDecimal("31")) <= 0) {
			facts.put(Fact.DAYS_OFF, off.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
		}
	}

	/**
	 * Overtime hours and the kind of day: "周末加班16个小时", corrected by "不对，是24个小时".
	 */
	static void readOvertime(String text, boolean correction, CaseFile before, Map<Fact, String> facts) {
		Matcher hours = OVERTIME_HOURS.matcher(CalcIntent.withoutOtherHours(text));
		BigDecimal overTheMonth = OvertimeHours.overTheMonth(text);
		if (overTheMonth != null) {
			// "每天晚上都加班两个小时 一个月上二十二天班": the month's hours.
			facts.put(Fact.OVERTIME_HOURS, overTheMonth.toPlainString());
		}
		else if (hours.find()
				&& (OvertimeHours.OVERTIME.matcher(text).find() || correction || before.has(Fact.OVERTIME_HOURS))) {
			facts.put(Fact.OVERTIME_HOURS, Integer.toString(SpokenFigures.toInt(hours.group(1))));
		}
		if (HOLIDAY.matcher(HOLIDAY_AS_TIME.matcher(text).replaceAll(" ")).find()) {
			facts.put(Fact.OVERTIME_DAY, "holiday");
		}
		else if (REST_DAY.matcher(text).find()) {
			facts.put(Fact.OVERTIME_DAY, "rest-day");
		}
		// Days worked on such a day ("十一 … 我上了三天"): eight hours each.
		Matcher days = DAYS_WORKED.matcher(text);
		if (facts.containsKey(Fact.OVERTIME_DAY) && !facts.containsKey(Fact.OVERTIME_HOURS) && days.find()) {
			facts.put(Fact.OVERTIME_HOURS, Integer.toString(SpokenFigures.toInt(days.group(1)) * 8));
		}
	}

}
