package cn.bjzgh.rights.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.SpokenFigures;
import cn.bjzgh.rights.calc.WorkSchedule;

/**
 * Reads the schedule a worker tells into the case file: how long the working day is and
 * how many days off a month, from which {@link ScheduledOvertime} estimates a month's
 * overtime when no hours of overtime were told.
 */
final class ScheduleFacts {

	private static final String FIGURE = "([0-9]{1,2}|[一二两三四五六七八九十]+)";

	private static final Pattern DAY_LENGTH = Pattern
		.compile("(?:每天|一天|天天|每日)(?:都|要|得|干|上|站|跑|工作|上班|了|就)*\\s*" + FIGURE + "\\s*(?:个)?(?:多)?(?:小时|钟头)");

	private static final Pattern MONTH_OFF = Pattern
		.compile("(?:一个月|每个月|每月|一月)(?:就|只|才|能|只能|就能)?(?:让)?(?:休|歇|休息)(?:了)?\\s*" + FIGURE + "\\s*天");

	private static final Pattern WEEK_OFF = Pattern
		.compile("(?:一周|每周|一个礼拜|一礼拜|一星期|每星期|每个星期)(?:就|只|才|能|只能|就能)?(?:让)?(?:休|歇|休息)(?:了)?\\s*" + FIGURE + "\\s*天");

	private static final Pattern NEVER_OFF = Pattern
		.compile("(?:一天|一天都|一天也)(?:不|没)(?:让)?(?:休|歇)|全年无休|没休过一天|一个月都不让休|天天都?上班没(?:有)?休");

	private ScheduleFacts() {
	}

	/**
	 * The length of the working day and the days off, as a schedule: "一天干十二个小时",
	 * "一个月就休两天", "一周休一天", "单休", "一天都不让歇". A day of 9 to 16 hours only: a shorter one
	 * holds no overtime, a longer one is a shift with time on call.
	 */
	static void read(String text, Map<Fact, String> facts) {
		Matcher day = DAY_LENGTH.matcher(text);
		if (day.find()) {
			int hours = SpokenFigures.toInt(day.group(1));
			if (hours >= 9 && hours <= 16) {
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
		else if (text.contains("单休")) {
			off = WorkSchedule.WEEKS_A_MONTH;
		}
		if (off != null && off.compareTo(new BigDecimal("31")) <= 0) {
			facts.put(Fact.DAYS_OFF, off.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
		}
	}

}
