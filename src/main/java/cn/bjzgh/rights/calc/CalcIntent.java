package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calculation out of a worker's words, without a model:
 * "月薪8000，干了3年4个月，被裁员，能拿多少补偿？" becomes a severance calculation. When the question asks
 * for a calculation but lacks a number, the missing inputs are named so the answer can
 * ask for them.
 */
public class CalcIntent {

	private static final Pattern HOURS = Pattern.compile(SpokenFigures.NUM + "\\s*(?:个)?(?:多)?小时");

	private static final Pattern DAYS = Pattern.compile(SpokenFigures.NUM + "\\s*天");

	/**
	 * Figures that are not overtime: the length of the whole working day ("每天十个小时",
	 * "一天干12个钟头"), the days off ("一个月休两天") and the days worked a week ("一周干六天"). Read as
	 * overtime, a ten-hour day was reckoned as ten hours of overtime; the overtime in it
	 * depends on the agreed hours and how many such days, which the worker is asked for
	 * instead.
	 */
	private static final Pattern NOT_OVERTIME = Pattern.compile("(?:每天|一天|天天|每日)(?:都|要|得|干|上|站|工作|上班|了)*\\s*"
			+ SpokenFigures.NUM + "\\s*(?:个)?(?:多)?(?:小时|钟头)|(?:休|歇|休息)(?:了)?\\s*" + SpokenFigures.NUM + "\\s*天"
			+ "|(?:一周|每周|一星期|每星期|一个礼拜|一礼拜)(?:都|要|得)?(?:干|上|做|上班)?\\s*" + SpokenFigures.NUM + "\\s*天");

	/** What an overtime calculation asks for when no hours or days were given. */
	public static final String OVERTIME_HOURS_ASK = "加班的小时数或天数";

	/**
	 * "能给多少", "给我多少" after an ending asks for its compensation, unless another sum is
	 * named.
	 */
	private static final Pattern HOW_MUCH_GIVEN = Pattern.compile("给(我|俺)?多少");

	/**
	 * Asking what can be claimed at the end of a job ("现在想不干了 能要啥"); without a contract
	 * the double wage answers it.
	 */
	private static final Pattern WHAT_CLAIMS = Pattern.compile("能(要|拿|得)(到)?(啥|什么|哪些)");

	private static final Pattern OTHER_SUM = Pattern.compile("加班|年假|年休假|产假|工伤|伤残|病假|双倍|二倍|工钱|欠");

	private static final Pattern SEVERANCE = Pattern.compile("补偿|赔偿|[nN]\\s*[+＋]\\s*1|遣散|赔多少|给多少钱|拿多少");

	/**
	 * The workplace moves away ("厂子要搬到河北去", "公司搬迁"), not the worker moving home
	 * ("我搬到宿舍了").
	 */
	public static final String WORKPLACE_MOVES = "搬迁|(厂|公司|单位|工厂|厂子|厂里|车间|店|门店|仓库|工地)(要|要整体|整体|准备|马上|也)?(搬到|搬去|迁到|迁往|搬走|搬家)";

	/** The employer closes down ("超市要关门了", "厂子倒闭了"): the contract ends (Art. 44). */
	public static final String CLOSES = "倒闭|破产|关门|关张|停业|解散|注销|黄了";

	/**
	 * The job ended or is ending at the employer's hand; a move to another city the
	 * worker will not follow is the change of circumstances of Article 40(3).
	 */

	private static final Pattern ENDED = Pattern.compile(CLOSES + "|" + EndingReason.SENT_AWAY_BY
			+ "|裁员|被裁|辞退|被辞|辞了我|开除|解除|被开|把我开了|给开了|开了我|炒|不续签|合同到期|违法|让我走|走人|不让干|协商|被迫辞职|" + WORKPLACE_MOVES);

	private static final Pattern OVERTIME = OvertimeHours.OVERTIME;

	private static final Pattern ANNUAL = Pattern.compile("年假|年休假");

	/**
	 * The worker is leaving this year ("要走了", "辞职"): the year's leave is counted up to
	 * today, as for a worker who leaves (Implementing Measures Art. 12).
	 */
	private static final Pattern LEAVING = Pattern.compile("要走|走了|走人|离职|辞职|不干了|合同到期");

	private static final Pattern NO_CONTRACT = Pattern.compile("(没|没有|未|不)(给我)?(签|订)(书面|劳动)?(劳动)?合同|双倍工资|二倍工资");

	private static final Pattern PROBATION = Pattern.compile("试用期");

	/** Maternity leave; a father's 陪产假 is no maternity leave to count. */
	private static final Pattern MATERNITY = Pattern.compile("(?<!陪)产假");

	/** Asking what a disability brings. */
	private static final Pattern DISABILITY_ASK = Pattern.compile("补助|赔|补偿|多少|能拿|几个月|待遇|津贴");

	/**
	 * A recognised calculation: complete (with input) or lacking the inputs named in
	 * {@code missing}.
	 */
	public record Match(String calculator, Object input, List<String> missing) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

	private final Clock clock;

	public CalcIntent(Clock clock) {
		this.clock = clock;
	}

	public Optional<Match> detect(String text) {
		LocalDate today = LocalDate.now(this.clock);
		BigDecimal wage = SpokenFigures.wage(text);
		// A start told as a month is more exact than a length, and the case file puts it
		// only when it is the later word ("干了五年" … "不对 我是2020年3月来的").
		int[] since = DeadlineIntent.serviceSince(text, today);
		int[] service = (since != null) ? since : SpokenFigures.service(text);
		Optional<Match> deduction = DeductionIntent.detect(text, wage);
		if (deduction.isPresent()) {
			return deduction;
		}
		boolean asked = SEVERANCE.matcher(text).find()
				|| (HOW_MUCH_GIVEN.matcher(text).find() && !OTHER_SUM.matcher(text).find())
				|| (WHAT_CLAIMS.matcher(text).find() && !NO_CONTRACT.matcher(text).find());
		if (asked && ENDED.matcher(text).find()) {
			List<String> missing = new ArrayList<>();
			if (wage == null) {
				missing.add(SeveranceCalculator.SPEC.require("monthlyWage").ask());
			}
			if (service == null) {
				missing.add(SeveranceCalculator.SPEC.require("startDate").ask());
			}
			if (!missing.isEmpty()) {
				return Optional.of(new Match("severance", null, missing));
			}
			String reason = EndingReason.of(text);
			Boolean notice = Pattern.compile("没(有)?(提前)?(通知|说)|直接|当天|立刻|马上|[nN]\\s*[+＋]\\s*1").matcher(text).find()
					? Boolean.FALSE : Boolean.TRUE;
			LocalDate start = today.minusYears(service[0]).minusMonths(service[1]);
			return Optional.of(new Match("severance",
					new SeveranceCalculator.Input(wage, start, today, reason, notice, null), List.of()));
		}
		if (OVERTIME.matcher(text).find() && (wage != null || HOURS.matcher(text).find())) {
			List<String> missing = new ArrayList<>();
			if (wage == null) {
				missing.add(OvertimeCalculator.SPEC.require("monthlyWage").ask());
			}
			String counted = withoutOtherHours(text);
			BigDecimal hours = number(HOURS, counted);
			BigDecimal days = number(DAYS, counted);
			if (days == null) {
				days = newYearDays(counted);
			}
			if (hours == null && days == null) {
				missing.add(OVERTIME_HOURS_ASK);
			}
			if (!missing.isEmpty()) {
				return Optional.of(new Match("overtime", null, missing));
			}
			boolean holiday = Pattern.compile(SpokenFigures.HOLIDAYS).matcher(text).find();
			boolean restDay = OvertimeHours.onRestDays(text, hours != null);
			BigDecimal overTheMonth = OvertimeHours.overTheMonth(text);
			if (overTheMonth != null) {
				hours = overTheMonth;
			}
			else if (hours == null && (holiday || restDay)) {
				hours = OvertimeHours.wholeDays(text, days);
			}
			BigDecimal totalHours = (hours != null) ? hours : days.multiply(new BigDecimal("8"));
			OvertimeCalculator.Input input = holiday
					? new OvertimeCalculator.Input(wage, null, null, null, (hours != null) ? hours : null,
							(hours == null) ? days : null)
					: restDay ? new OvertimeCalculator.Input(wage, null, null, totalHours, null, null)
							: new OvertimeCalculator.Input(wage, null, totalHours, null, null, null);
			return Optional.of(new Match("overtime", input, List.of()));
		}
		if (ANNUAL.matcher(text).find() && service != null) {
			BigDecimal years = new BigDecimal(service[0])
				.add(new BigDecimal(service[1]).divide(new BigDecimal("12"), MathContext.DECIMAL64));
			return Optional.of(new Match("annual-leave", new AnnualLeaveCalculator.Input(years, today.getYear(), null,
					LEAVING.matcher(text).find() ? today : null, null, wage), List.of()));
		}
		if (NO_CONTRACT.matcher(text).find() && service != null) {
			LocalDate start = today.minusYears(service[0]).minusMonths(service[1]);
			return Optional
				.of(new Match("double-wage", new DoubleWageCalculator.Input(start, null, null, wage), List.of()));
		}
		Integer term = SpokenFigures.contractTerm(text);
		if (PROBATION.matcher(text).find() && Pattern.compile("合同|签").matcher(text).find()
				&& (term != null || service != null)) {
			// The contract's term decides the longest probation; a bare length is read as
			// the term when none is named.
			int months = (term != null) ? term : service[0] * 12 + service[1];
			return Optional.of(new Match("probation",
					new ProbationCalculator.Input("fixed", Math.max(1, months), wage, null, null), List.of()));
		}
		if (MATERNITY.matcher(text).find() && Pattern.compile("几天|多少天|多久|多长|天数").matcher(text).find()) {
			int babies = text.contains("三胞胎") ? 3 : text.contains("双胞胎") ? 2 : 1;
			boolean difficult = text.contains("难产");
			return Optional
				.of(new Match("maternity", new MaternityLeaveCalculator.Input("birth", babies, difficult), List.of()));
		}
		Integer grade = SpokenFigures.grade(text);
		if (grade != null && DISABILITY_ASK.matcher(text).find()) {
			boolean uninsured = Pattern.compile("(没|没有|未|不)(给我?)?(交|缴|上|买)(过)?工伤保险|没(有)?工伤保险").matcher(text).find();
			return Optional.of(new Match("disability",
					new DisabilityBenefitCalculator.Input(grade, wage, uninsured ? Boolean.FALSE : null), List.of()));
		}
		// A deadline asked about wages owed ("欠薪一年多了 还能要吗") is the deadline's.
		return DeadlineIntent.detect(text, today).or(() -> ArrearsIntent.detect(text, wage));
	}

	/**
	 * "初一到初三": days of the Spring Festival worked, counted only within the first three
	 * days of the year, which are statutory holidays (a range beyond them mixes in days
	 * off that are not, and is asked about instead).
	 */
	private static final Pattern NEW_YEAR_DAYS = Pattern.compile("初([一二三])\\s*(到|至|-|~|—)\\s*初([一二三])");

	private static BigDecimal newYearDays(String text) {
		Matcher m = NEW_YEAR_DAYS.matcher(text);
		if (!m.find()) {
			return null;
		}
		int from = SpokenFigures.toInt(m.group(1));
		int to = SpokenFigures.toInt(m.group(3));
		return (to >= from) ? new BigDecimal(to - from + 1) : null;
	}

	/**
	 * The text with the figures that are not overtime blanked out: the length of the
	 * working day and the days off ({@link #NOT_OVERTIME}).
	 */
	public static String withoutOtherHours(String text) {
		return NOT_OVERTIME.matcher(text).replaceAll(" ");
	}

	private static BigDecimal number(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? new BigDecimal(SpokenFigures.toInt(m.group(1))) : null;
	}

}
