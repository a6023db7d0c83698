package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads wages owed out of a worker's words: how many months ("欠了三个月工资", "工资拖了俩月",
 * "半年工钱没给") or how much ("一共欠我一万五", "八千块工钱没结"), and a question how much of it can be
 * claimed ("能要回来多少", "一共能拿多少").
 */
public final class ArrearsIntent {

	/** Wages owed, in the worker's words ("老板欠了三个月工资", "工钱一直没结", "讨薪"). */
	private static final Pattern UNPAID = Pattern.compile("欠|讨薪|(没|不)(发|给|结)(我|俺|我们)?的?(工资|工钱|钱|薪)"
			+ "|(工资|工钱|薪水|钱)[^，。,？?]{0,4}(没发|不发|没给|不给|没结|不结|拖着|拖了|压着|押着|要不回)");

	/**
	 * Asking how much can be had ("能要回来多少", "该拿多少", "怎么算", "能多要钱不"); whether it can still
	 * be had ("过了一年还能要吗") is not a figure.
	 */
	private static final Pattern ASK = Pattern.compile("(要|拿|讨|追|赔|补|给)(回来|回)?(我|俺)?多少|多少钱|多要");

	/** A cost or a time asked about: "仲裁要花多少钱", "多少天能发". */
	private static final Pattern COST = Pattern.compile("花|费|收钱|要钱吗|多少天|多久|多长时间");

	/**
	 * Severance asked for ("辞职能要补偿吗", "N+1"): another calculation, which the conversation
	 * reckons from the service.
	 */
	private static final Pattern SEVERANCE = Pattern.compile("补偿|遣散|[nN]\\s*[+＋]\\s*1");

	/**
	 * No written contract: "能多要钱不" then asks for the double wage (Labour Contract Law
	 * Art. 82), which needs the months worked.
	 */
	private static final Pattern NO_CONTRACT = Pattern.compile("(没|没有|未|不)(给我|跟我|和我|给|跟|和)?(签|订)|双倍|二倍");

	/**
	 * Another sum asked about ("加班费能要多少", "押金能要回多少"): its own rule or calculation, not
	 * the wages owed.
	 */
	private static final Pattern OTHER_SUM = Pattern
		.compile("加班|年假|年休假|产假|病假|工伤|伤残|医药|社保|保险|公积金|押金|违约金|培训费|提成|奖金|年终|补贴|津贴");

	/**
	 * Leaving over it ("走的话能拿多少", "辞职能拿多少钱"): what is asked is the compensation for
	 * quitting over wages owed (Labour Contract Law Art. 38, 46), a severance figure.
	 */
	private static final Pattern LEAVING = Pattern.compile("辞职|辞工|离职|不干|走的话|要走|想走|走人");

	/** Months: "三个月", "俩月", "两个多月", "半年". */
	private static final String MONTHS = "(" + SpokenFigures.NUM + "\\s*个(?:多|半)?月|[俩仨]个?(?:多)?月|半年)";

	private static final String WAGES = "(?:工资|工钱|薪水|薪资|钱)";

	private static final String NOT_PAID = "(?:都|也|一直|还|全)?(?:没|不)(?:发|给|结)";

	private static final Pattern OWED_MONTHS = Pattern.compile("欠(?:了)?(?:我|俺|我们|俺们|咱们?)?(?:的)?\\s*" + MONTHS + "的?"
			+ WAGES + "|(?:工资|工钱|薪水)(?:被)?(?:拖|欠)(?:了)?\\s*" + MONTHS + "|" + MONTHS + "的?" + WAGES + NOT_PAID + "|"
			+ MONTHS + NOT_PAID + WAGES + "|欠薪\\s*" + MONTHS + "|拖(?:了)?(?:我|俺|我们)?\\s*" + MONTHS + "的?" + WAGES);

	/** A sum: "一万五", "两万多", "8000块", "1.5万", "三千". */
	private static final String SUM = "([0-9]+(?:\\.[0-9]+)?\\s*万|[0-9]{3,6}(?![0-9个年天月号])|[一二两三四五六七八九十]+万[一二三四五六七八九]?千?|"
			+ "[一二两三四五六七八九]千[一二三四五六七八九]?(?:百)?)";

	/** A sum said to be owed: "欠我工资一万五", "一共欠了我两万". */
	private static final Pattern OWED = Pattern.compile("欠(?:了)?(?:我|俺|我们|俺们|咱们?)?(?:的)?(?:工资|工钱|薪水)?(?:一共|总共|共)?\\s*"
			+ SUM + "(?:多)?(?:块|元)?|(?:一共|总共|共)(?:拖)?欠(?:了)?(?:我|俺|我们)?\\s*" + SUM + "(?:多)?(?:块|元)?");

	/** A sum owed, or one not paid: "八千块工钱没结". */
	private static final Pattern OWED_SUM = Pattern.compile(OWED.pattern() + "|(?:一共|总共|加起来)(?:是|有)?\\s*" + SUM + "|"
			+ SUM + "(?:多)?(?:块|元)?(?:钱)?的?" + WAGES + NOT_PAID);

	/**
	 * Wages owed as the text tells them: a sum, or else a number of months.
	 *
	 * @param sum the sum in yuan, or null
	 * @param months the months owed, or null when a sum is told
	 */
	public record Owed(BigDecimal sum, BigDecimal months) {

		/** The wages owed the text tells, if it tells any. */
		public static Optional<Owed> in(String text) {
			BigDecimal sum = owedSum(text);
			if (sum == null && UNPAID.matcher(text).find()) {
				// Unpaid days at a day's rate: "老板不给钱 一天350 干了52天".
				sum = dayWork(text);
			}
			BigDecimal months = (sum == null) ? owedMonths(text) : null;
			return (sum == null && months == null) ? Optional.empty() : Optional.of(new Owed(sum, months));
		}

	}

	/** A day's pay: "一天350", "日薪三百", "每天给三百五". */
	private static final Pattern DAY_RATE = Pattern
		.compile("(?:一天|每天|日薪|一日|一个工)(?:给|是|算|挣)?\\s*" + SpokenFigures.NUM + "\\s*(?:块|元)?(?![0-9]*\\s*(?:个|小时|钟头|天))");

	/** Days worked: "干了52天", "上了四十天班", "52个工". */
	private static final Pattern DAYS_WORKED = Pattern
		.compile("(?:干了|上了|做了|出了)\\s*" + SpokenFigures.NUM + "\\s*(?:天|个工)|" + SpokenFigures.NUM + "\\s*个工");

	private ArrearsIntent() {
	}

	/**
	 * Pay for days worked at a day's rate ("一天350 干了52天": 18,200), or null unless the
	 * text tells both.
	 */
	public static BigDecimal dayWork(String text) {
		Matcher rate = DAY_RATE.matcher(text);
		Matcher days = DAYS_WORKED.matcher(text);
		if (!rate.find() || !days.find()) {
			return null;
		}
		BigDecimal perDay = new BigDecimal(SpokenFigures.toInt(rate.group(1)));
		BigDecimal count = new BigDecimal(SpokenFigures.toInt((days.group(1) != null) ? days.group(1) : days.group(2)));
		return (perDay.signum() > 0 && count.signum() > 0) ? perDay.multiply(count) : null;
	}

	/** Months of wages owed that the text names ("欠了三个月工资" 3), or null. */
	public static BigDecimal owedMonths(String text) {
		Matcher m = OWED_MONTHS.matcher(text);
		while (m.find()) {
			for (int g = 1; g <= m.groupCount(); g++) {
				String months = m.group(g);
				if (months != null && months.endsWith("月") || "半年".equals(months)) {
					return months(months);
				}
			}
		}
		return null;
	}

	/**
	 * The text without the sums it says are owed ("被拖欠工资15000元" names no monthly wage).
	 */
	static String withoutOwedSums(String text) {
		return OWED.matcher(text).replaceAll(" ");
	}

	/** The sum of wages owed that the text names ("一共欠我一万五" 15000), or null. */
	public static BigDecimal owedSum(String text) {
		Matcher m = OWED_SUM.matcher(text);
		if (!m.find()) {
			return null;
		}
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.group(g) != null) {
				BigDecimal sum = SpokenFigures.wage("工资" + m.group(g).replace(" ", "") + "元");
				return (sum != null && sum.compareTo(new BigDecimal("100")) >= 0)
						? sum.setScale(0, RoundingMode.HALF_UP) : null;
			}
		}
		return null;
	}

	/**
	 * The wages owed the text asks about, with what is still missing to reckon them.
	 * @param wage the monthly wage the text names, or null
	 */
	static Optional<CalcIntent.Match> detect(String text, BigDecimal wage) {
		if (!UNPAID.matcher(text).find() || !ASK.matcher(text).find() || COST.matcher(text).find()
				|| SEVERANCE.matcher(text).find() || LEAVING.matcher(text).find() || NO_CONTRACT.matcher(text).find()
				|| OTHER_SUM.matcher(text).find()) {
			return Optional.empty();
		}
		Optional<Owed> owed = Owed.in(text);
		BigDecimal sum = owed.map(Owed::sum).orElse(null);
		BigDecimal months = owed.map(Owed::months).orElse(null);
		List<String> missing = new ArrayList<>();
		if (sum == null && months == null) {
			missing.add(ArrearsCalculator.SPEC.require("months").ask());
		}
		if (sum == null && wage == null) {
			missing.add(ArrearsCalculator.SPEC.require("monthlyWage").ask());
		}
		return Optional.of(missing.isEmpty()
				? new CalcIntent.Match("arrears", new ArrearsCalculator.Input(wage, months, sum), List.of())
				: new CalcIntent.Match("arrears", null, missing));
	}

	private static BigDecimal months(String words) {
		if ("半年".equals(words)) {
			return new BigDecimal("6");
		}
		if (words.startsWith("俩")) {
			return new BigDecimal("2");
		}
		if (words.startsWith("仨")) {
			return new BigDecimal("3");
		}
		String number = words.replaceAll("\\s*个.*|月", "");
		BigDecimal n = number.matches("[0-9.]+") ? new BigDecimal(number) : new BigDecimal(SpokenFigures.toInt(number));
		return words.contains("半") ? n.add(new BigDecimal("0.5")) : n;
	}

}
