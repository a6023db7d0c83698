package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import cn.bjzgh.rights.system.InvalidInputException;

/**
 * 经济补偿 and 赔偿金: one month's wage per year of service (six months or more count as a year,
 * less as half a month), the wage being the average of the last twelve months; above
 * three times Beijing's average monthly wage the base is capped and the years at twelve;
 * below the minimum wage the minimum wage is used; one extra month for an Art. 40
 * termination without 30 days' notice; double for unlawful termination.
 */
public class SeveranceCalculator implements Calculator<SeveranceCalculator.Input> {

	/**
	 * Why the job ended, which decides what is owed.
	 */
	public enum Reason {

		/** 经济性裁员 (Art. 41). */
		LAYOFF("layoff", "经济性裁员", true, "第四十一条"),
		/** Illness, incompetence, or changed circumstances (Art. 40). */
		ART40("art40", "单位依第四十条解除（病后不能工作、不能胜任、客观情况重大变化）", true, "第四十条"),
		/** The worker resigns because the employer broke the law (Art. 38). */
		EMPLOYER_FAULT("employer-fault", "单位违法在先，劳动者依第三十八条解除", true, "第三十八条"),
		/** Agreed ending proposed by the employer (Art. 36). */
		MUTUAL("mutual", "单位提出、双方协商一致解除", true, "第三十六条"),
		/**
		 * Fixed-term contract expired and the employer did not renew on equal or better
		 * terms (Art. 44).
		 */
		EXPIRY("expiry", "合同到期，单位不续签（或降低条件续签被拒）", true, "第四十四条"),
		/** Bankruptcy, closure, or licence revoked (Art. 44). */
		CLOSURE("closure", "单位破产、被吊销执照、责令关闭或提前解散", true, "第四十四条"),
		/** Unlawful termination by the employer (Art. 48, 87): double. */
		UNLAWFUL("unlawful", "单位违法解除或终止", true, "第四十八条"),
		/** The worker resigned of their own accord (Art. 37): nothing owed. */
		RESIGNATION("resignation", "劳动者主动辞职", false, "第三十七条"),
		/** Dismissal for misconduct (Art. 39): nothing owed. */
		MISCONDUCT("misconduct", "单位依第三十九条解除（严重违纪等过失）", false, "第三十九条");

		private final String key;

		private final String label;

		private final boolean owed;

		private final String article;

		Reason(String key, String label, boolean owed, String article) {
			this.key = key;
			this.label = label;
			this.owed = owed;
			this.article = article;
		}

		public String key() {
			return this.key;
		}

		public static Optional<Reason> fromKey(String key) {
			return Arrays.stream(values()).filter((r) -> r.key.equals(key)).findFirst();
		}

	}

	/**
	 * @param monthlyWage average monthly wage of the last 12 months, bonuses and
	 * allowances included
	 * @param startDate first day of work
	 * @param endDate day the contract ended
	 * @param reason why it ended (see {@link Reason})
	 * @param noticeGiven for Art. 40: whether 30 days' written notice was given (default
	 * yes)
	 * @param lastMonthWage for Art. 40 without notice: the previous month's wage (default
	 * monthlyWage)
	 */
	public record Input(
			@NotNull(message = "请填写月工资 / monthlyWage is required") @DecimalMin(value = "0.01",
					message = "月工资必须大于0 / monthlyWage must be positive") @DecimalMax(value = "10000000",
							message = "月工资数额不合理 / monthlyWage is implausibly large") BigDecimal monthlyWage,
			@NotNull(message = "请填写入职日期 / startDate is required") LocalDate startDate,
			@NotNull(message = "请填写离职日期 / endDate is required") LocalDate endDate,
			@NotNull(message = "请填写离职原因 / reason is required") String reason, Boolean noticeGiven,
			@DecimalMin(value = "0.01",
					message = "上月工资必须大于0 / lastMonthWage must be positive") BigDecimal lastMonthWage) {
	}

	private final BeijingParameters parameters;

	private final Clock clock;

	public SeveranceCalculator(BeijingParameters parameters, Clock clock) {
		this.parameters = parameters;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "severance";
	}

	@Override
	public String title() {
		return "经济补偿";
	}

	@Override
	public Class<Input> inputType() {
		return Input.class;
	}

	@Override
	public CalcResult calculate(Input in) {
		Reason reason = Reason.fromKey(in.reason())
			.orElseThrow(() -> new InvalidInputException("reason", "离职原因只能是 " + keys() + " 之一",
					"reason must be one of " + keys()));
		Dates.notTooOld("startDate", in.startDate());
		Dates.notFarFuture("endDate", in.endDate(), this.clock);
		Dates.notBefore("endDate", in.endDate(), "startDate", in.startDate());

		List<CalcResult.Step> steps = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		List<String> basis = new ArrayList<>();
		List<CalcResult.ParameterUsed> used = new ArrayList<>();
		steps.add(new CalcResult.Step("离职原因", reason.label, reason.owed ? "应支付" : "不支付经济补偿"));
		if (!reason.owed) {
			basis.add("《劳动合同法》" + reason.article);
			basis.add("《劳动合同法》第四十六条");
			return new CalcResult(name(), title(), BigDecimal.ZERO, "元", reason.label + "的，单位不需要支付经济补偿：0元。", steps,
					List.of("如果实际上是单位逼迫辞职或单位有违法行为在先，应按“employer-fault”（第三十八条）计算"), basis, used);
		}

		Period service = Period.between(in.startDate(), in.endDate());
		BigDecimal months = serviceMonths(service);
		steps.add(new CalcResult.Step("工作年限",
				service.getYears() + "年" + service.getMonths() + "个月" + service.getDays() + "天",
				"折算 " + Money.plain(months) + " 个月工资"));

		BigDecimal base = in.monthlyWage();
		Optional<BeijingParameters.Figure> minimum = this.parameters.minimumWage(in.endDate());
		if (minimum.isPresent() && base.compareTo(minimum.get().value()) < 0) {
			base = minimum.get().value();
			used.add(minimum.get().used());
			steps.add(new CalcResult.Step("计算基数", "月平均工资低于北京最低工资，按最低工资 " + Money.format(base) + " 元计算",
					Money.format(base)));
			basis.add("《劳动合同法实施条例》第二十七条");
		}
		Optional<BeijingParameters.Figure> cap = this.parameters.severanceCap(in.endDate());
		if (cap.isPresent() && base.compareTo(cap.get().value()) > 0) {
			base = cap.get().value();
			used.add(cap.get().used());
			if (months.compareTo(new BigDecimal("12")) > 0) {
				months = new BigDecimal("12");
			}
			steps.add(new CalcResult.Step("封顶", "月工资高于北京上年度职工月平均工资的3倍，基数按 " + Money.format(base) + " 元、年限最多按12年",
					Money.plain(months) + " 个月 × " + Money.format(base) + " 元"));
			if (cap.get().effective() == null) {
				assumptions.add("封顶基数用的是参数文件里最新公布的北京数字，其生效日期未确认，请向12333核实");
			}
		}
		else if (cap.isEmpty()) {
			assumptions.add("参数文件中没有封顶基数，未做封顶判断");
		}
		BigDecimal compensation = base.multiply(months, Money.MC);
		steps.add(new CalcResult.Step("经济补偿", Money.plain(months) + " × " + Money.format(base),
				Money.format(compensation)));
		basis.add("《劳动合同法》第四十六条");
		basis.add("《劳动合同法》第四十七条");
		basis.add("《劳动合同法》" + reason.article);

		BigDecimal total = compensation;
		String text;
		if (reason == Reason.UNLAWFUL) {
			total = compensation.multiply(new BigDecimal("2"));
			steps.add(new CalcResult.Step("违法解除赔偿金", "经济补偿 × 2", Money.format(total)));
			basis.add("《劳动合同法》第八十七条");
			basis.add("《劳动合同法实施条例》第二十五条");
			assumptions.add("付了赔偿金就不再另付经济补偿；劳动者也可以选择要求继续履行合同而不要赔偿金");
			text = "违法解除赔偿金约 " + Money.format(total) + " 元";
		}
		else {
			text = "经济补偿约 " + Money.format(total) + " 元";
			if (reason == Reason.ART40 && Boolean.FALSE.equals(in.noticeGiven())) {
				BigDecimal extra = (in.lastMonthWage() != null) ? in.lastMonthWage() : in.monthlyWage();
				total = total.add(extra);
				steps.add(new CalcResult.Step("代通知金", "没有提前30天书面通知，另付1个月工资", Money.format(extra)));
				basis.add("《劳动合同法实施条例》第二十条");
				text = "经济补偿加1个月代通知金，合计约 " + Money.format(total) + " 元";
			}
		}
		assumptions.add("月工资指离职前12个月的平均应得工资，包括奖金、津贴和补贴");
		if (in.startDate().isBefore(LocalDate.of(2008, 1, 1))) {
			assumptions.add("2008年1月1日以前的工作年限按当时的规定计算，可能与本结果不同");
		}
		return new CalcResult(name(), title(), Money.yuan(total), "元", text + "。", steps, assumptions, basis, used);
	}

	/**
	 * Full years count one month each; a remainder of six months or more one more, less
	 * half a month.
	 */
	public static BigDecimal serviceMonths(Period service) {
		BigDecimal months = new BigDecimal(service.getYears());
		boolean remainder = service.getMonths() > 0 || service.getDays() > 0;
		if (service.getMonths() >= 6) {
			months = months.add(BigDecimal.ONE);
		}
		else if (remainder) {
			months = months.add(new BigDecimal("0.5"));
		}
		return months;
	}

	private static List<String> keys() {
		return Arrays.stream(Reason.values()).map(Reason::key).toList();
	}

}
