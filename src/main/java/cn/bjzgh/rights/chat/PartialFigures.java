package cn.bjzgh.rights.chat;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.AnnualLeaveCalculator;
import cn.bjzgh.rights.calc.ArrearsIntent;
import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.EndingReason;
import cn.bjzgh.rights.calc.OvertimeCalculator;
import cn.bjzgh.rights.calc.SeveranceCalculator;
import cn.bjzgh.rights.calc.SpokenFigures;

/**
 * What an offline calculation can say before, or besides, its result: the months of
 * severance or of wages owed without a wage, overtime's hourly rates without the hours,
 * and the condition on which a contested dismissal's figure is owed.
 */
final class PartialFigures {

	/** How overtime pay is reckoned, for an answer that still lacks the hours. */
	static final String OVERTIME_RULE = "加班费这样算：月工资÷21.75÷8得出小时工资；工作日延长工作时间按小时工资的150%，"
			+ "休息日加班又没安排补休的按200%，法定节假日加班按300%支付。";

	/** Said before a severance figure for a dismissal on a ground of fault. */
	static final String FAULT_GROUND_NOTE = "单位说你违纪或者不符合录用条件：单位能拿出证据、理由成立、程序合法的，依法不用给经济补偿；"
			+ "拿不出证据或者理由不成立的，属于违法解除，你可以要求继续干，也可以按下面要赔偿金。\n";

	/** The words a calculation is given for a pregnant worker sent away without fault. */
	static final String PREGNANT_ENDING = "怀孕期间被辞退属于违法解除";

	/** Said before a severance figure for a pregnant worker sent away without fault. */
	static final String PREGNANT_NOTE = "怀孕、产期、哺乳期内，除非你有严重违纪等过错，单位不能辞退或裁掉你，合同到期也要延续到哺乳期满"
			+ "（《劳动合同法》第四十二条、第四十五条）；这样让你走属于违法解除，你可以要求继续干，也可以按下面要赔偿金。\n";

	/**
	 * The words a calculation is given for a worker disabled at work sent away without
	 * fault.
	 */
	static final String DISABLED_ENDING = "工伤致残期间被辞退属于违法解除";

	/**
	 * Said before a severance figure for a worker disabled at work sent away without
	 * fault.
	 */
	static final String DISABLED_NOTE = "因工伤评了伤残等级、全部或部分丧失劳动能力的，除非你有严重违纪等过错，单位不能以不胜任、经营困难等理由辞退或裁掉你"
			+ "（《劳动合同法》第四十二条）；这样让你走属于违法解除，你可以要求继续干，也可以按下面要赔偿金。\n";

	static final String NO_GROUND_NOTE = "单位没说理由就让你走：发生争议时由单位拿证据，拿不出法定理由的，属于违法解除，你可以要求继续干，也可以按下面要赔偿金；"
			+ "单位能证明有法定理由、依法解除的，按理由不同，给经济补偿（大约是下面数额的一半）或者依法不用给。\n";

	/** Whole years "and more" ("三年多", "5年多"), the months not told. */
	private static final Pattern YEARS_AND_MORE = Pattern.compile("([0-9]+|[一二两三四五六七八九十]+)\\s*年多");

	/** Months told with the years ("三年四个月", "3年零2个月", "两年半"). */
	private static final Pattern MONTHS_TOLD = Pattern.compile("年(零)?([0-9]+|[一二两三四五六七八九十]+)\\s*个?月|年半");

	/** Money asked for leave not taken: "年底能给钱吗", "没休的折多少钱". */
	static final Pattern LEAVE_PAY = Pattern.compile("给钱|折.{0,2}钱|补钱|多少钱|给多少|补偿|报酬|赔");

	private PartialFigures() {
	}

	/**
	 * What a complete calculation still cannot say: annual leave reckoned in days when
	 * the worker asked for the money owed for it, and no wage was told, gets the rule and
	 * the question for the wage.
	 */
	static String after(ChatCalculations.Planned planned) {
		if (planned.match().input() instanceof AnnualLeaveCalculator.Input leave && leave.monthlyWage() == null
				&& LEAVE_PAY.matcher(planned.text()).find()) {
			return "\n没休的年假，单位安排不了、你也没有书面提出不休的，除了照发正常工资，还要另付日工资（月工资÷21.75）的200%。" + "告诉我你的月工资（不算加班费），就能算出具体金额。";
		}
		if (planned.match().input() instanceof SeveranceCalculator.Input
				&& YEARS_AND_MORE.matcher(planned.text()).find() && !MONTHS_TOLD.matcher(planned.text()).find()) {
			// "干了三年多": the months over the whole years were not told, and they count.
			return "\n你说的是“年多”，上面只按整年算了：多出来的零头不满6个月的，再加半个月工资；满6个月的，按多1个月工资算。" + "告诉我具体干了几年几个月，可以算得更准。";
		}
		return "";
	}

	/**
	 * What a calculation still lacking inputs leads with: whatever can be worked out
	 * already, or the rule, and the inputs it still needs.
	 */
	static String before(ChatCalculations.Planned planned) {
		CalcIntent.Match match = planned.match();
		Optional<String> partial = severanceMonths(planned).or(() -> overtimeRates(planned))
			.or(() -> arrearsMonths(planned));
		if (partial.isPresent()) {
			return partial.get();
		}
		String rule = "overtime".equals(match.calculator()) ? OVERTIME_RULE : "";
		return rule + "要算出具体结果，还需要你告诉我：" + String.join("；", match.missing()) + "。";
	}

	/**
	 * Whether a calculation still lacking inputs can already give figures: severance or
	 * wages owed in months, or overtime's hourly rates at the wage told.
	 */
	static boolean figures(ChatCalculations.Planned planned) {
		return severanceMonths(planned).isPresent() || overtimeRates(planned).isPresent()
				|| arrearsMonths(planned).isPresent();
	}

	/**
	 * A dismissal on a ground of fault, or on no ground at all, is reckoned as unlawful
	 * (see {@link EndingReason#of}); the worker is told on what condition that figure is
	 * owed.
	 */
	static String condition(ChatCalculations.Planned planned) {
		if (!"severance".equals(planned.match().calculator())) {
			return "";
		}
		if (planned.text().contains(PREGNANT_ENDING)) {
			return PREGNANT_NOTE;
		}
		if (planned.text().contains(DISABLED_ENDING)) {
			return DISABLED_NOTE;
		}
		if (EndingReason.contestedFault(planned.text())) {
			return FAULT_GROUND_NOTE;
		}
		return EndingReason.noGroundGiven(planned.text()) ? NO_GROUND_NOTE : "";
	}

	/** Whether {@code planned} is this calculation, lacking exactly one input. */
	private static boolean lacksOneInput(ChatCalculations.Planned planned, String calculator) {
		return calculator.equals(planned.match().calculator()) && planned.match().missing().size() == 1;
	}

	/**
	 * Overtime pay needs the hours for a total but not for the hourly rates: "工资4500
	 * 加班费该给多少" is answered with what each hour is worth at that wage, and the hours are
	 * asked for.
	 */
	private static Optional<String> overtimeRates(ChatCalculations.Planned planned) {
		if (!lacksOneInput(planned, "overtime")) {
			return Optional.empty();
		}
		BigDecimal wage = SpokenFigures.wage(planned.text());
		if (wage == null) {
			return Optional.empty();
		}
		return Optional.of(OVERTIME_RULE + "\n" + OvertimeCalculator.rates(wage) + "告诉我加班的小时数或天数，就能算出一共该给多少。");
	}

	/**
	 * Wages owed need the wage for an amount but not for what is owed in months: "工资欠了俩月了
	 * 能要多少" is answered in months' wages, and the wage is asked for.
	 */
	private static Optional<String> arrearsMonths(ChatCalculations.Planned planned) {
		if (!lacksOneInput(planned, "arrears")) {
			return Optional.empty();
		}
		BigDecimal months = ArrearsIntent.owedMonths(planned.text());
		if (months == null) {
			return Optional.empty();
		}
		String n = months.stripTrailingZeros().toPlainString();
		String half = months.divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
		return Optional.of("【计算结果】欠的 " + n + " 个月工资要全部补发；向劳动保障监察投诉后，人社部门责令限期支付、单位到期还不付的，另外加付相当于 " + half + " 到 " + n
				+ " 个月工资的赔偿金（应付金额的50%到100%）。告诉我你的月工资，就能算出具体金额。");
	}

	/**
	 * Severance needs the wage for an amount but not for the number of months:
	 * "能拿几个月的补偿？" is answered with the months, and the wage is asked for.
	 */
	private static Optional<String> severanceMonths(ChatCalculations.Planned planned) {
		if (!lacksOneInput(planned, "severance")) {
			return Optional.empty();
		}
		int[] service = SpokenFigures.service(planned.text());
		if (service == null) {
			return Optional.empty();
		}
		SeveranceCalculator.Reason reason = SeveranceCalculator.Reason.fromKey(EndingReason.of(planned.text()))
			.orElse(SeveranceCalculator.Reason.ART40);
		if (!reason.owed()) {
			// Nothing is owed whatever the wage (part-time work, a renewal refused): no
			// months, and no wage asked for.
			return Optional.of("【计算结果】" + reason.label() + "的，单位不需要支付经济补偿：0元（《劳动合同法》" + reason.article() + "）。"
					+ ((reason == SeveranceCalculator.Reason.PART_TIME) ? SeveranceCalculator.PART_TIME_HOURS + "。"
							: ""));
		}
		BigDecimal months = SeveranceCalculator.serviceMonths(Period.of(service[0], service[1], 0));
		String n = months.stripTrailingZeros().toPlainString();
		StringBuilder sb = new StringBuilder("【计算结果】按工作时间").append(ServiceLength.words(service[0] * 12 + service[1]))
			.append("算，经济补偿是 ")
			.append(n)
			.append(" 个月的工资（每满1年给1个月，零头满6个月按1年算、不满6个月给半个月）。");
		if (reason == SeveranceCalculator.Reason.UNLAWFUL) {
			sb.append("如果是违法解除，赔偿金是它的2倍，即 ")
				.append(months.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString())
				.append(" 个月的工资。");
		}
		sb.append("这里的月工资是离开前12个月的平均工资；月工资高于用人单位所在地上年度职工月平均工资3倍的，按3倍算、年限最多算12年。").append("告诉我你的月工资，就能算出具体金额。");
		return Optional.of(sb.toString());
	}

}
