package cn.bjzgh.rights.calc;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arbitration deadline asked about ({@link CalcIntent} hands it the text): from a
 * full date ("2025年3月10日"), or from a time told in words ("去年三月被辞退的" … "现在还能申请仲裁吗",
 * "离职一年半了" … "还能要吗").
 */
public final class DeadlineIntent {

	private static final Pattern DATE = Pattern
		.compile("(20[0-9]{2})\\s*[年\\-/.]\\s*([0-9]{1,2})\\s*[月\\-/.]\\s*([0-9]{1,2})\\s*日?");

	private static final Pattern DEADLINE = Pattern.compile("仲裁.{0,8}(时效|期限|截止|最晚|来得及|过期|还能|晚不晚|晚了)|时效");

	/**
	 * Whether it is still possible, asked of a date told in words ("去年三月被辞退的" …
	 * "现在还能申请仲裁吗", "离职一年半了" … "还能要吗"): only with such a date is it the deadline.
	 */
	private static final Pattern STILL_POSSIBLE = Pattern.compile("(还能|还可以|能不能|来得及|晚不晚|过没过).{0,6}(仲裁|告|要|讨)");

	/** A year told: 去年, 前年, 今年, "2019年", "19年". */
	private static final String YEAR = "去年|前年|今年|20[0-9]{2}\\s*年|[12][0-9]\\s*年";

	/**
	 * A month told in words: "去年三月", "前年10月份", "今年二月", "上个月"; the first of it is taken.
	 */
	private static final Pattern SPOKEN_MONTH = Pattern
		.compile("(" + YEAR + ")\\s*(" + SpokenFigures.NUM + ")\\s*月(?!\\s*[0-9一二三四五六七八九十]+\\s*[日号])|(上上个?月|上个?月)");

	/**
	 * When the job began, told as a month: "去年五月来的", "前年三月份进的厂", "今年2月入职", "2019年5月入职的".
	 */
	private static final Pattern STARTED = Pattern.compile(
			"((?:" + YEAR + ")\\s*" + SpokenFigures.NUM + "\\s*月)份?[^，。,？?]{0,3}?(来的|来这|进的|进厂|入职|开始干|开始上班|来上班|上的班|干起)");

	/** How long ago the job ended: "离职一年半了", "被辞退都八个月了". */
	private static final Pattern ENDED_AGO = Pattern.compile("(离职|辞职|辞退|开除|不干了|走了)(已经|都|快|有)?\\s*(" + SpokenFigures.NUM
			+ "\\s*年半?|" + SpokenFigures.NUM + "\\s*个(多|半)?月|[俩仨]\\s*个?月)");

	/** Wages owed, asked with a full date after leaving ("离职", "辞职", "走了"). */
	private static final Pattern WAGES_OWED = Pattern.compile("欠|拖欠|工资");

	private static final Pattern LEFT = Pattern.compile("离职|辞职|走了");

	/** Pay owed, with a time told in words: it runs from the day the job ended. */
	private static final Pattern PAY_OWED = Pattern.compile("欠|拖|工资|工钱|加班");

	private DeadlineIntent() {
	}

	/** The deadline the text asks about, if it asks about one. */
	static Optional<CalcIntent.Match> detect(String text, LocalDate today) {
		Optional<CalcIntent.Match> spoken = spoken(text, today);
		if (spoken.isPresent()) {
			return spoken;
		}
		if (DEADLINE.matcher(text).find()) {
			Matcher d = DATE.matcher(text);
			if (!d.find()) {
				return Optional.of(new CalcIntent.Match("arbitration-deadline", null,
						List.of(ArbitrationDeadlineCalculator.SPEC.require("knewDate").ask())));
			}
			LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
					Integer.parseInt(d.group(3)));
			boolean wages = WAGES_OWED.matcher(text).find() && LEFT.matcher(text).find();
			ArbitrationDeadlineCalculator.Input input = wages
					? new ArbitrationDeadlineCalculator.Input("unpaid-wages", null, date)
					: new ArbitrationDeadlineCalculator.Input("general", date, null);
			return Optional.of(new CalcIntent.Match("arbitration-deadline", input, List.of()));
		}
		return Optional.empty();
	}

	/**
	 * When the job ended, as the worker told it ("去年三月", "离职一年半"), if they did: the words
	 * a later question about the deadline is read with.
	 */
	public static Optional<String> spokenWhen(String text) {
		return Optional.ofNullable(SpokenFigures.afterTakingBack(text, (rest) -> firstWhen(rest).orElse(null)));
	}

	private static Optional<String> firstWhen(String text) {
		Matcher ago = ENDED_AGO.matcher(text);
		if (ago.find()) {
			return Optional.of(ago.group());
		}
		Matcher month = SPOKEN_MONTH.matcher(text);
		return month.find() ? Optional.of(month.group()) : Optional.empty();
	}

	/** When the job began, as the worker told it ("去年五月"), if they did. */
	public static Optional<String> spokenStart(String text) {
		Matcher m = STARTED.matcher(text);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/**
	 * The length of service from a start told as a month ("去年五月来的": from its first day to
	 * today), or null.
	 */
	static int[] serviceSince(String text, LocalDate today) {
		Matcher m = STARTED.matcher(text);
		if (!m.find()) {
			return null;
		}
		Matcher month = SPOKEN_MONTH.matcher(m.group(1));
		if (!month.find() || month.group(2) == null) {
			return null;
		}
		int number = SpokenFigures.toInt(month.group(2));
		int years = yearsBack(month.group(1), today);
		if (number < 1 || number > 12 || years < 0) {
			return null;
		}
		LocalDate start = LocalDate.of(today.getYear() - years, number, 1);
		if (start.isAfter(today)) {
			return null;
		}
		Period period = Period.between(start, today);
		return new int[] { period.getYears(), period.getMonths() };
	}

	/** Whether the text asks if it is still possible, or about the deadline. */
	public static boolean asksDeadline(String text) {
		return STILL_POSSIBLE.matcher(text).find() || DEADLINE.matcher(text).find();
	}

	/**
	 * The arbitration deadline asked of a date told in words: unpaid wages from the day
	 * the job ended ("离职一年半了"), anything else from the month named ("去年三月", its first
	 * day).
	 */
	private static Optional<CalcIntent.Match> spoken(String text, LocalDate today) {
		if (!asksDeadline(text)) {
			return Optional.empty();
		}
		// Pay owed runs from the day the job ended, anything else from when it was known:
		// the same day here, as the worker told when they left.
		boolean wages = PAY_OWED.matcher(text).find();
		// A time taken back ("去年3月被开的 … 不对 是前年3月") gives way to the one after.
		return Optional
			.ofNullable(SpokenFigures.afterTakingBack(text, (rest) -> told(rest, today, wages).orElse(null)));
	}

	/** The deadline from the first time the text tells the job ended or was known. */
	private static Optional<CalcIntent.Match> told(String text, LocalDate today, boolean wages) {
		Matcher ago = ENDED_AGO.matcher(text);
		if (ago.find()) {
			int[] length = SpokenFigures.service(ago.group(3));
			if (length != null) {
				return Optional.of(from(today.minusYears(length[0]).minusMonths(length[1]), wages));
			}
		}
		Matcher month = SPOKEN_MONTH.matcher(text);
		if (month.find() && month.group(4) != null) {
			int back = month.group(4).startsWith("上上") ? 2 : 1;
			return Optional.of(from(today.minusMonths(back).withDayOfMonth(1), wages));
		}
		if (month.find(0)) {
			int m = SpokenFigures.toInt(month.group(2));
			int years = yearsBack(month.group(1), today);
			if (m >= 1 && m <= 12 && years >= 0) {
				LocalDate knew = LocalDate.of(today.getYear() - years, m, 1);
				if (!knew.isAfter(today)) {
					return Optional.of(from(knew, wages));
				}
			}
		}
		return Optional.empty();
	}

	/** How many years back a year told is: 去年 1, 前年 2, "2019年" or "19年" from today. */
	private static int yearsBack(String told, LocalDate today) {
		String year = told.replaceAll("[\\s年]", "");
		return switch (year) {
			case "前" -> 2;
			case "去" -> 1;
			case "今" -> 0;
			default ->
				today.getYear() - ((year.length() == 2) ? 2000 + Integer.parseInt(year) : Integer.parseInt(year));
		};
	}

	private static CalcIntent.Match from(LocalDate day, boolean wages) {
		return new CalcIntent.Match("arbitration-deadline",
				wages ? new ArbitrationDeadlineCalculator.Input("unpaid-wages", null, day)
						: new ArbitrationDeadlineCalculator.Input("general", day, null),
				List.of());
	}

}
