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

	private static final String NUM = "([0-9]+(?:\\.[0-9]+)?|[零一二两三四五六七八九十百]+)";

	private static final Pattern WAGE = Pattern.compile(
			"(?:月薪|月工资|工资|底薪|月收入|每月|一个月|每个月)(?:是|有|才|大概|差不多|税前|到手)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万|千|k|K)?(?:元|块)?|"
					+ "([0-9]+(?:\\.[0-9]+)?)\\s*(万|千|k|K)?\\s*(?:元|块)?\\s*(?:一个月|每月|/月|一月)");

	/** 一万, 八千五, 一万二: wages in Chinese numerals. */
	private static final Pattern WAGE_CHINESE = Pattern
		.compile("(?:月薪|月工资|工资|底薪|月收入|每月|一个月|每个月)(?:是|有|才|大概|差不多|税前|到手)?\\s*([一二两三四五六七八九十]+)(万|千)([一二三四五六七八九])?");

	/** A wage's period: 一个月 in "一个月8000", "8000一个月". */
	private static final Pattern WAGE_PERIOD = Pattern.compile(
			"(一个月|每个月|每月|一月)(?=\\s*(是|有|才|大概|差不多|税前|到手|能拿|拿|发|给|工资)?\\s*[0-9一二两三四五六七八九])|[0-9.]+\\s*(万|千|k|K)?\\s*(元|块)?\\s*(一个月|每月|/月|一月)");

	private static final Pattern YEARS_MONTHS = Pattern.compile(NUM + "\\s*年(?:半|(?:零)?" + NUM + "\\s*个?月)?");

	private static final Pattern MONTHS_ONLY = Pattern.compile(NUM + "\\s*个(?:多)?月");

	private static final Pattern HOURS = Pattern.compile(NUM + "\\s*(?:个)?(?:多)?小时");

	private static final Pattern DAYS = Pattern.compile(NUM + "\\s*天");

	private static final Pattern DATE = Pattern
		.compile("(20[0-9]{2})\\s*[年\\-/.]\\s*([0-9]{1,2})\\s*[月\\-/.]\\s*([0-9]{1,2})\\s*日?");

	private static final Pattern SEVERANCE = Pattern.compile("补偿|赔偿|[nN]\\s*[+＋]\\s*1|遣散|赔多少|给多少钱|拿多少");

	/**
	 * The workplace moves away ("厂子要搬到河北去", "公司搬迁"), not the worker moving home
	 * ("我搬到宿舍了").
	 */
	public static final String WORKPLACE_MOVES = "搬迁|(厂|公司|单位|工厂|厂子|厂里|车间|店|门店|仓库|工地)(要|要整体|整体|准备|马上|也)?(搬到|搬去|迁到|迁往|搬走|搬家)";

	/**
	 * The job ended or is ending at the employer's hand; a move to another city the
	 * worker will not follow is the change of circumstances of Article 40(3).
	 */
	private static final Pattern ENDED = Pattern
		.compile("裁员|被裁|辞退|被辞|辞了我|开除|解除|被开|炒|不续签|合同到期|违法|让我走|走人|不让干|协商|被迫辞职|" + WORKPLACE_MOVES);

	private static final Pattern OVERTIME = Pattern.compile("加班");

	private static final Pattern ANNUAL = Pattern.compile("年假|年休假");

	private static final Pattern NO_CONTRACT = Pattern.compile("(没|没有|未|不)(给我)?(签|订)(书面|劳动)?(劳动)?合同|双倍工资|二倍工资");

	private static final Pattern PROBATION = Pattern.compile("试用期");

	private static final Pattern MATERNITY = Pattern.compile("产假");

	/** A disability grade: 十级, 10级, 伤残九级, 评了七级. */
	private static final Pattern GRADE = Pattern.compile("(?<![0-9一二三四五六七八九十])(10|[1-9]|[一二三四五六七八九十])\\s*级");

	/** Words that put a grade in a work injury's assessment. */
	private static final Pattern DISABILITY = Pattern.compile("伤残|工伤|劳动能力鉴定|鉴定|评残");

	/** Asking what a disability brings. */
	private static final Pattern DISABILITY_ASK = Pattern.compile("补助|赔|补偿|多少|能拿|几个月|待遇|津贴");

	private static final Pattern DEADLINE = Pattern.compile("仲裁.{0,8}(时效|期限|截止|最晚|来得及|过期|还能)|时效");

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
		BigDecimal wage = wage(text);
		int[] service = service(text);
		if (SEVERANCE.matcher(text).find() && ENDED.matcher(text).find()) {
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
			String reason = reason(text);
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
			BigDecimal hours = number(HOURS, text);
			BigDecimal days = number(DAYS, text);
			if (hours == null && days == null) {
				missing.add("加班的小时数或天数");
			}
			if (!missing.isEmpty()) {
				return Optional.of(new Match("overtime", null, missing));
			}
			boolean holiday = Pattern.compile("法定|节假日|国庆|春节|过年|五一|劳动节|元旦|清明|端午|中秋").matcher(text).find();
			boolean restDay = Pattern.compile("周末|休息日|周六|周日|星期六|星期天|星期日|双休").matcher(text).find();
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
			return Optional.of(new Match("annual-leave",
					new AnnualLeaveCalculator.Input(years, today.getYear(), null, null, null, null), List.of()));
		}
		if (NO_CONTRACT.matcher(text).find() && service != null) {
			LocalDate start = today.minusYears(service[0]).minusMonths(service[1]);
			return Optional
				.of(new Match("double-wage", new DoubleWageCalculator.Input(start, null, null, wage), List.of()));
		}
		if (PROBATION.matcher(text).find() && Pattern.compile("合同|签").matcher(text).find() && service != null) {
			int months = service[0] * 12 + service[1];
			return Optional.of(new Match("probation",
					new ProbationCalculator.Input("fixed", Math.max(1, months), wage, null, null), List.of()));
		}
		if (MATERNITY.matcher(text).find() && Pattern.compile("几天|多少天|多久|多长|天数").matcher(text).find()) {
			int babies = text.contains("三胞胎") ? 3 : text.contains("双胞胎") ? 2 : 1;
			boolean difficult = text.contains("难产");
			return Optional
				.of(new Match("maternity", new MaternityLeaveCalculator.Input("birth", babies, difficult), List.of()));
		}
		Integer grade = grade(text);
		if (grade != null && DISABILITY_ASK.matcher(text).find()) {
			boolean uninsured = Pattern.compile("(没|没有|未|不)(给我?)?(交|缴|上|买)(过)?工伤保险|没(有)?工伤保险").matcher(text).find();
			return Optional.of(new Match("disability",
					new DisabilityBenefitCalculator.Input(grade, wage, uninsured ? Boolean.FALSE : null), List.of()));
		}
		if (DEADLINE.matcher(text).find()) {
			Matcher d = DATE.matcher(text);
			if (!d.find()) {
				return Optional.of(new Match("arbitration-deadline", null,
						List.of(ArbitrationDeadlineCalculator.SPEC.require("knewDate").ask())));
			}
			LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
					Integer.parseInt(d.group(3)));
			boolean wages = Pattern.compile("欠|拖欠|工资").matcher(text).find()
					&& Pattern.compile("离职|辞职|走了").matcher(text).find();
			ArbitrationDeadlineCalculator.Input input = wages
					? new ArbitrationDeadlineCalculator.Input("unpaid-wages", null, date)
					: new ArbitrationDeadlineCalculator.Input("general", date, null);
			return Optional.of(new Match("arbitration-deadline", input, List.of()));
		}
		return Optional.empty();
	}

	/**
	 * Why the job ended, read from the worker's words; Art. 40 when nothing says
	 * otherwise.
	 */
	public static String reason(String text) {
		if (text.contains("违法")) {
			return SeveranceCalculator.Reason.UNLAWFUL.key();
		}
		if (text.contains("被迫辞职")) {
			return SeveranceCalculator.Reason.EMPLOYER_FAULT.key();
		}
		if (text.contains("裁员") || text.contains("被裁")) {
			return SeveranceCalculator.Reason.LAYOFF.key();
		}
		if (text.contains("到期") || text.contains("不续签")) {
			return SeveranceCalculator.Reason.EXPIRY.key();
		}
		if (text.contains("协商")) {
			return SeveranceCalculator.Reason.MUTUAL.key();
		}
		return SeveranceCalculator.Reason.ART40.key();
	}

	/**
	 * The disability grade (1–10) a work injury was assessed at, or null: a grade counts
	 * only in a text about a work injury or its assessment.
	 */
	public static Integer grade(String text) {
		if (!DISABILITY.matcher(text).find()) {
			return null;
		}
		Matcher m = GRADE.matcher(text);
		if (!m.find()) {
			return null;
		}
		int grade = toInt(m.group(1));
		return (grade >= 1 && grade <= 10) ? grade : null;
	}

	public static BigDecimal wage(String text) {
		Matcher m = WAGE.matcher(text);
		if (!m.find()) {
			Matcher c = WAGE_CHINESE.matcher(text);
			if (!c.find()) {
				return null;
			}
			int unit = "万".equals(c.group(2)) ? 10000 : 1000;
			int value = toInt(c.group(1)) * unit + ((c.group(3) != null) ? toInt(c.group(3)) * unit / 10 : 0);
			return new BigDecimal(value);
		}
		String digits = (m.group(1) != null) ? m.group(1) : m.group(3);
		String unit = (m.group(1) != null) ? m.group(2) : m.group(4);
		BigDecimal value = new BigDecimal(digits);
		if ("万".equals(unit)) {
			value = value.multiply(new BigDecimal("10000"));
		}
		else if (unit != null) {
			value = value.multiply(new BigDecimal("1000"));
		}
		return (value.signum() > 0) ? value : null;
	}

	/** Years and months of service, or null when the text gives none. */
	public static int[] service(String withPeriods) {
		String text = withoutWagePeriods(withPeriods);
		Matcher ym = YEARS_MONTHS.matcher(text);
		while (ym.find()) {
			// Skip calendar years such as 2025年.
			if (ym.group(1).length() == 4) {
				continue;
			}
			int years = toInt(ym.group(1));
			int months = ym.group().endsWith("半") ? 6 : (ym.group(2) != null) ? toInt(ym.group(2)) : 0;
			return new int[] { years, months };
		}
		Matcher mo = MONTHS_ONLY.matcher(text);
		if (mo.find()) {
			int months = toInt(mo.group(1));
			return new int[] { months / 12, months % 12 };
		}
		return null;
	}

	private static BigDecimal number(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? new BigDecimal(toInt(m.group(1))) : null;
	}

	/**
	 * The text without the periods of wages ("一个月到手6500" gives a wage, not a length of
	 * service).
	 */
	public static String withoutWagePeriods(String text) {
		return WAGE_PERIOD.matcher(text).replaceAll(" ");
	}

	/** Arabic or simple Chinese numerals up to 999. */
	public static int toInt(String s) {
		if (s.matches("[0-9]+(\\.[0-9]+)?")) {
			return (int) Double.parseDouble(s);
		}
		String digits = "零一二三四五六七八九";
		int total = 0;
		int current = 0;
		for (char c : s.toCharArray()) {
			if (c == '两') {
				current = 2;
			}
			else if (digits.indexOf(c) >= 0) {
				current = digits.indexOf(c);
			}
			else if (c == '十') {
				total += ((current == 0) ? 1 : current) * 10;
				current = 0;
			}
			else if (c == '百') {
				total += ((current == 0) ? 1 : current) * 100;
				current = 0;
			}
		}
		return total + current;
	}

}
