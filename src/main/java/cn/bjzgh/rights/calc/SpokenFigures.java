package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in a worker's own words: a monthly wage ("月薪8000", "一个月到手六千五", "工资一万二"), a
 * length of service ("干了3年4个月", "五年半"), a work injury's disability grade ("十级") and
 * simple Chinese numerals. {@link CalcIntent} reads which calculation a question asks for
 * with them; the chat's case file reads its facts with them.
 */
public final class SpokenFigures {

	/**
	 * Statutory holidays as workers name them, "十一" only as the National Day holiday
	 * ("十一放假", "十一那几天"), not eleven.
	 */
	public static final String HOLIDAYS = "法定|节假日|国庆|十一(?=放假|假期|长假|那几天|期间|黄金周|上班|加班|没放|没停|也)|春节|过年|五一|劳动节|元旦|清明|端午|中秋";

	static final String NUM = "([0-9]+(?:\\.[0-9]+)?|[零一二两三四五六七八九十百]+)";

	/**
	 * What names a monthly wage before its figure: "月薪", "一个月到手", "工资说好的", "每月发".
	 */
	private static final String WAGE_LEAD = "(?:月薪|月工资|工资|底薪|月收入|每月|一个月|每个月|(?<![天日时周])(?:税前|税后|到手))(?:平均|平均下来|一般)?(?:就|只|才|也就)?"
			+ "(?:是|有|才|大概|差不多|税前|到手|说好|讲好|谈好|定好|说的|讲的|说好的|讲好的|给|发){0,2}(?:能|就|只|也就|才)?(?:挣|赚|拿)?";

	private static final BigDecimal ONE_HUNDRED = new BigDecimal("100");

	private static final Pattern WAGE = Pattern.compile(
			WAGE_LEAD + "\\s*([0-9]+(?:\\.[0-9]+)?)(?![0-9.]|\\s*(?:号|日|点|天|个|小时|次|年|岁|休|人|%))\\s*(万|千|k|K)?(?:元|块)?|"
					+ "([0-9]+(?:\\.[0-9]+)?)\\s*(万|千|k|K)?\\s*(?:元|块)?\\s*(?:一个月|每月|/月|一月)");

	/** 一万, 八千五, 一万二, 一万零八百七十五: wages in Chinese numerals. */
	private static final Pattern WAGE_CHINESE = Pattern
		.compile(WAGE_LEAD + "\\s*([一二两三四五六七八九十]+[万千]" + "(?:零?[一二两三四五六七八九][千百十](?!个))*(?:零?[一二两三四五六七八九](?![千百十个]))?)");

	/**
	 * A wage's period: 一个月 in "一个月8000", "8000一个月", and in a question about a monthly
	 * amount ("歇病假的时候一个月起码得给多少"), unless it follows the time worked ("干了一个月").
	 */
	private static final Pattern WAGE_PERIOD = Pattern
		.compile("(?<!干了|上了|做了|来了|干|做|工作了)(一个月|每个月|每月)(?=[^，。,？?！!0-9]{0,8}(多少|几个钱|几千))|"
				+ "(?<!干了|上了|做了|来了|工作了)(一个月|每个月|每月|一月)(?=\\s*(是|有|才|大概|差不多|税前|到手|能拿|拿|发|给|工资|说好的?|讲好的?|谈好的?|定好的?){0,2}(能|就|只|也就|才)?(挣|赚|拿)?\\s*[0-9一二两三四五六七八九])|[0-9.]+\\s*(万|千|k|K)?\\s*(元|块)?\\s*(一个月|每月|/月|一月)");

	/** What names a calendar year after it: "今年是26年", "去年25年". */
	private static final Pattern CALENDAR_YEAR_BEFORE = Pattern.compile("(今年|去年|明年|那年|前年)(是|都)?\\s*$");

	private static final Pattern YEARS_MONTHS = Pattern.compile(NUM + "\\s*年(?:半|(?:零)?" + NUM + "\\s*个?月)?");

	/**
	 * Months alone: "八个月", "三个多月", "两个半月" (the half left out), and the spoken "俩月", "仨月".
	 */
	private static final Pattern MONTHS_ONLY = Pattern.compile(NUM + "\\s*个(?:多|半)?月|([俩仨])\\s*个?(?:多)?月");

	/** A number of months as workers say it ("三个月", "两个半月", "俩月"). */
	private static final String MONTHS = "(?:" + NUM + "\\s*个(?:多|半)?|[俩仨]个?(?:多)?)月";

	/**
	 * A contract's term: "签三年", "合同签的两年", "一年半的合同" (group 1 or 3 the years, group 2 or 4
	 * a half; group 5 the months of "签了八个月的合同").
	 */
	private static final String CONTRACT_TERM = "(?:签了?|签的|合同期|合同)(?:是|签了?|签的|为)?\\s*" + NUM + "\\s*年(半)?的?(?:合同|期)?|"
			+ NUM + "\\s*年(半)?的?(?:劳动)?合同|签了?" + NUM + "\\s*个月的?(?:劳动)?合同";

	private static final Pattern CONTRACT_TERM_PATTERN = Pattern.compile(CONTRACT_TERM);

	/**
	 * Lengths of something else than the job: months of wages owed or held back
	 * ("那两个月工资", "工资拖了两个月"), a pregnancy or a baby's age ("怀孕三个月", "孩子才五个月"), a probation
	 * or a contract's term ("试用期6个月", "签了三年的合同"), time off ill or on leave ("在家养了一个月",
	 * "住了半个月院"): no length of service.
	 */
	private static final Pattern OTHER_LENGTHS = Pattern.compile("(?:工资|工钱|薪水)(?:被)?(?:拖|欠|压|押|扣)?(?:了)?\\s*" + MONTHS
			+ "|" + MONTHS + "的?(?:工资|工钱|薪水)|(?:怀孕|怀了|怀上|孕期|孕)(?:了|已经|都|快|有)?\\s*(?:" + MONTHS + "|" + NUM
			+ "\\s*(?:个)?(?:多)?周)|(?:孩子|宝宝|娃|小孩|儿子|闺女|女儿)(?:才|刚|已经|都|刚刚)?满?\\s*" + MONTHS
			+ "|(?:试用期|实习期|见习期)(?:是|定了?|给定了?|约定了?|签了?|写了?|为|说)?\\s*" + MONTHS + "|" + CONTRACT_TERM
			+ "|(?:病假|产假|住院|住了|养了|歇了|休了|养病)\\s*(?:了)?\\s*" + MONTHS + "(?:的?(?:病假|产假|院))?"
			// the time since a contract ran out, or what is left of a leave
			+ "|(?:到期|过期|还剩|剩下?)(?:了|已经|都|快)?\\s*" + MONTHS);

	/**
	 * Half a year on its own: "干了半年", "半年多" (not the 半 of "一年半", read as years first, nor
	 * "半年前", a time).
	 */
	private static final Pattern HALF_YEAR = Pattern.compile("(?<![0-9零一二两三四五六七八九十百年大])半年(?!前|后|以前|以后|之前|之后)");

	/** A disability grade: 十级, 10级, 伤残九级, 评了七级. */
	private static final Pattern GRADE = Pattern.compile("(?<![0-9一二三四五六七八九十])(10|[1-9]|[一二三四五六七八九十])\\s*级");

	/** Words that put a grade in a work injury's assessment. */
	private static final Pattern DISABILITY = Pattern.compile("伤残|工伤|劳动能力鉴定|鉴定|评残");

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

	/** A bare amount, as in a correction: "不对，是6000", "哦不 一万二". */
	private static final Pattern BARE_AMOUNT = Pattern
		.compile("(?<![0-9.])([0-9]{4,6})(?![0-9年个天])|([一二两三四五六七八九]万[一二三四五六七八九]?)|([一二两三四五六七八九]千[一二三四五六七八九]?)");

	/** A figure taken back within the message: "一个月六千 不对 是六千八". */
	private static final Pattern TAKEN_BACK = Pattern.compile("不对|说错了?|哦不|噢不|不是不是|口误|搞错了|记错了|不是[^是，。,]{1,8}是|具体(是|说)?");

	/**
	 * The monthly wage the text names, or null; when the message takes its figure back
	 * ("每个月七千 不对 说错了 七千五"), the one after.
	 */
	public static BigDecimal wage(String told) {
		String text = ArrearsIntent.withoutOwedSums(told);
		int gross = text.indexOf("税前");
		if (gross > 0) {
			// "到手六千 税前大概七千": the gross wage is the one the law reckons with.
			BigDecimal before = firstWage(text.substring(gross));
			if (before != null) {
				return before;
			}
		}
		BigDecimal first = firstWage(text);
		if (first == null) {
			return null;
		}
		return afterTakingBack(text, (rest) -> {
			BigDecimal corrected = firstWage(rest);
			return (corrected != null) ? corrected : bareAmount(rest);
		});
	}

	/**
	 * What the reader finds after the last taking-back of the message that is followed by
	 * a figure ("三千 不对 是三千三 我记错了" ends on one followed by none; "不是五万 是四万五"), else in the
	 * whole text.
	 */
	public static <T> T afterTakingBack(String text, Function<String, T> reader) {
		List<Integer> ends = TAKEN_BACK.matcher(text).results().map(MatchResult::end).toList();
		for (int i = ends.size() - 1; i >= 0; i--) {
			T value = reader.apply(text.substring(ends.get(i)));
			if (value != null) {
				return value;
			}
		}
		return reader.apply(text);
	}

	/** The first bare amount in the text ("6000", "一万二", "七千五"), or null. */
	public static BigDecimal bareAmount(String text) {
		Matcher m = BARE_AMOUNT.matcher(text);
		if (!m.find()) {
			return null;
		}
		if (m.group(1) != null) {
			return new BigDecimal(m.group(1));
		}
		return firstWage("工资" + ((m.group(2) != null) ? m.group(2) : m.group(3)));
	}

	/**
	 * The first wage the text names: a figure below 100 with no unit is none ("休24
	 * 一个月3500" is read as 3,500, not 24).
	 */
	private static BigDecimal firstWage(String text) {
		Matcher m = WAGE.matcher(text);
		int from = 0;
		while (from < text.length() && m.find(from)) {
			// A figure passed over may end where the next begins: search on from its
			// start.
			from = m.start() + 1;
			String digits = (m.group(1) != null) ? m.group(1) : m.group(3);
			String unit = (m.group(1) != null) ? m.group(2) : m.group(4);
			BigDecimal value = new BigDecimal(digits);
			if ("万".equals(unit)) {
				value = value.multiply(new BigDecimal("10000"));
			}
			else if (unit != null) {
				value = value.multiply(new BigDecimal("1000"));
			}
			if (value.compareTo(ONE_HUNDRED) >= 0 || (unit != null && value.signum() > 0)) {
				return value;
			}
		}
		Matcher c = WAGE_CHINESE.matcher(text);
		if (!c.find()) {
			return null;
		}
		return new BigDecimal(ChineseSums.of(c.group(1)));
	}

	/**
	 * Years and months of service, or null when the text gives none; when the message
	 * takes its length back ("干了十一年 不对 是九年半"), the one after.
	 */
	public static int[] service(String withPeriods) {
		return afterTakingBack(withPeriods, SpokenFigures::firstService);
	}

	/** Said just before whole years that are not reached yet: "快一年", "不到两年". */
	private static final Pattern ALMOST = Pattern.compile("(快|将近|接近|不到|不满|还差点|差不多到)$");

	private static int[] firstService(String withPeriods) {
		String text = OTHER_LENGTHS.matcher(withoutWagePeriods(withPeriods)).replaceAll(" ");
		Matcher ym = YEARS_MONTHS.matcher(text);
		while (ym.find()) {
			// Skip calendar years such as 2025年, and "今年是26年".
			if (ym.group(1).length() == 4 || CALENDAR_YEAR_BEFORE.matcher(text.substring(0, ym.start())).find()) {
				continue;
			}
			int years = toInt(ym.group(1));
			int months = ym.group().endsWith("半") ? 6 : (ym.group(2) != null) ? toInt(ym.group(2)) : 0;
			if (months == 0 && years > 0 && ALMOST.matcher(text.substring(0, ym.start())).find()) {
				// "干了快一年", "不到两年": a month short of the whole years.
				return new int[] { years - 1, 11 };
			}
			return new int[] { years, months };
		}
		Matcher mo = MONTHS_ONLY.matcher(text);
		if (mo.find()) {
			int months = (mo.group(1) != null) ? toInt(mo.group(1)) : "俩".equals(mo.group(2)) ? 2 : 3;
			return new int[] { months / 12, months % 12 };
		}
		if (HALF_YEAR.matcher(text).find()) {
			return new int[] { 0, 6 };
		}
		return null;
	}

	/**
	 * The term in months of the contract the text names ("签三年" 36, "一年半的合同" 18), or null.
	 */
	public static Integer contractTerm(String text) {
		Matcher m = CONTRACT_TERM_PATTERN.matcher(text);
		if (!m.find()) {
			return null;
		}
		if (m.group(5) != null) {
			return toInt(m.group(5));
		}
		String years = (m.group(1) != null) ? m.group(1) : m.group(3);
		boolean half = (m.group(1) != null) ? m.group(2) != null : m.group(4) != null;
		return toInt(years) * 12 + (half ? 6 : 0);
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

	private SpokenFigures() {
	}

}
