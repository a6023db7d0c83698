package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 经济补偿 and 赔偿金: one month's wage per year of service (six months or more count as a year,
 * less as half a month), the wage being the average of the last twelve months; above
 * three times Beijing's average monthly wage the base is capped and the years at twelve;
 * below the minimum wage the minimum wage is used; one extra month for an Art. 40
 * termination without 30 days' notice; double for unlawful termination.
 */
@Component
@Order(1)
public class SeveranceCalculator extends Calculator<SeveranceCalculator.Input> {

	/** What makes work part-time, and what follows when it is longer (Art. 68). */
	public static final String PART_TIME_HOURS = "非全日制指平均每天不超过4小时、每周累计不超过24小时（《劳动合同法》第六十八条）；实际干得比这长的，属于全日制用工，应按单位解除的原因计算";

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
		/**
		 * The contract ran out and the worker would not renew on terms kept or bettered
		 * (Art. 46 (5)): nothing owed.
		 */
		RENEWAL_REFUSED("renewal-refused", "合同到期，单位维持或提高原条件续签，劳动者不愿续", false, "第四十四条"),
		/**
		 * Part-time work, which either side may end at any time (Art. 71): nothing owed.
		 */
		PART_TIME("part-time", "非全日制用工，双方都可以随时通知终止", false, "第七十一条"),
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

		public String label() {
			return this.label;
		}

		/** Whether compensation is owed for an ending of this kind. */
		public boolean owed() {
			return this.owed;
		}

		/** The article of the Labour Contract Law the ending rests on ("第七十一条"). */
		public String article() {
			return this.article;
		}

		public static Optional<Reason> fromKey(String key) {
			return Arrays.stream(values()).filter((r) -> r.key.equals(key)).findFirst();
		}

	}

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(BigDecimal monthlyWage, LocalDate startDate, LocalDate endDate, String reason,
			Boolean noticeGiven, BigDecimal lastMonthWage) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("severance", "经济补偿", "Severance pay",
			"计算经济补偿（N）、代通知金或违法解除赔偿金（2N）：每满一年付一个月工资，六个月以上按一年、不满六个月付半个月；工资高于北京上年度职工月平均工资3倍的按3倍封顶、年限最多12年",
			List.of(Field.money("monthlyWage", "离职前12个月的平均月工资", "average monthly wage of the last 12 months")
				.asRequired()
				.help("应得工资，包括奖金、津贴和补贴")
				.example(8000)
				.ask("离职前12个月的平均月工资（例如：月薪8000）"),
					Field.date("startDate", "入职日期", "first day of work")
						.asRequired()
						.example("2022-07-01")
						.ask("在这个单位干了多久（例如：干了3年4个月）"),
					Field.date("endDate", "离职日期", "day the contract ended").asRequired().example("2025-11-01"),
					Field
						.choice("reason", "离职原因", "why the job ended",
								Arrays.stream(Reason.values()).map((r) -> new Field.Choice(r.key, r.label)).toList())
						.asRequired()
						.example("art40"),
					Field.yesNo("noticeGiven", "单位是否提前30天书面通知", "whether 30 days' written notice was given")
						.help("只在第四十条解除时有用；没通知的另付1个月工资（代通知金）；不填按已通知")
						.example(true),
					Field.money("lastMonthWage", "上月工资", "previous month's wage")
						.help("第四十条解除且没有提前通知时，代通知金按上月工资计算；不填按月平均工资")
						.example(8200)));

	private final BeijingParameters parameters;

	private final Clock clock;

	public SeveranceCalculator(BeijingParameters parameters, Clock clock) {
		super(SPEC, Input.class);
		this.parameters = parameters;
		this.clock = clock;
	}

	@Override
	public CalcResult calculate(Input in) {
		Reason reason = Reason.fromKey(in.reason()).orElseThrow();
		Dates.notTooOld("startDate", in.startDate());
		Dates.notFarFuture("endDate", in.endDate(), this.clock);
		Dates.notBefore("endDate", in.endDate(), "startDate", in.startDate());

		CalcResult.Builder out = CalcResult.of(this).step("离职原因", reason.label, reason.owed ? "应支付" : "不支付经济补偿");
		if (!reason.owed) {
			return out.basis("《劳动合同法》" + reason.article, "《劳动合同法》第四十六条")
				.assume((reason == Reason.PART_TIME) ? PART_TIME_HOURS
						: "如果实际上是单位逼迫辞职或单位有违法行为在先，应按“employer-fault”（第三十八条）计算")
				.result(BigDecimal.ZERO, "元", reason.label + "的，单位不需要支付经济补偿：0元");
		}

		Period service = Period.between(in.startDate(), in.endDate());
		BigDecimal months = serviceMonths(service);
		out.step("工作年限", service.getYears() + "年" + service.getMonths() + "个月" + service.getDays() + "天",
				"折算 " + Money.plain(months) + " 个月工资");

		BigDecimal base = in.monthlyWage();
		Optional<BeijingParameters.Figure> minimum = this.parameters.minimumWage(in.endDate());
		if (minimum.isPresent() && base.compareTo(minimum.get().value()) < 0) {
			base = minimum.get().value();
			out.used(minimum.get().used())
				.step("计算基数", "月平均工资低于北京最低工资，按最低工资 " + Money.format(base) + " 元计算", Money.format(base))
				.basis("《劳动合同法实施条例》第二十七条");
		}
		Optional<BeijingParameters.Figure> cap = this.parameters.severanceCap(in.endDate());
		if (cap.isPresent() && base.compareTo(cap.get().value()) > 0) {
			base = cap.get().value();
			out.used(cap.get().used());
			if (months.compareTo(new BigDecimal("12")) > 0) {
				months = new BigDecimal("12");
			}
			out.step("封顶", "月工资高于北京上年度职工月平均工资的3倍，基数按 " + Money.format(base) + " 元、年限最多按12年",
					Money.plain(months) + " 个月 × " + Money.format(base) + " 元");
			if (cap.get().effective() == null) {
				out.assume("封顶基数用的是参数文件里最新公布的北京数字，其生效日期未确认，请向12333核实");
			}
		}
		else if (cap.isEmpty()) {
			out.assume("参数文件中没有封顶基数，未做封顶判断");
		}
		BigDecimal compensation = base.multiply(months, Money.MC);
		out.step("经济补偿", Money.plain(months) + " × " + Money.format(base), Money.format(compensation))
			.basis("《劳动合同法》第四十六条", "《劳动合同法》第四十七条", "《劳动合同法》" + reason.article);

		BigDecimal total = compensation;
		String text;
		if (reason == Reason.UNLAWFUL) {
			total = compensation.multiply(new BigDecimal("2"));
			out.step("违法解除赔偿金", "经济补偿 × 2", Money.format(total))
				.basis("《劳动合同法》第八十七条", "《劳动合同法实施条例》第二十五条")
				.assume("付了赔偿金就不再另付经济补偿；劳动者也可以选择要求继续履行合同而不要赔偿金");
			text = "违法解除赔偿金约 " + Money.format(total) + " 元";
		}
		else {
			text = "经济补偿约 " + Money.format(total) + " 元";
			if (reason == Reason.ART40 && Boolean.FALSE.equals(in.noticeGiven())) {
				BigDecimal extra = (in.lastMonthWage() != null) ? in.lastMonthWage() : in.monthlyWage();
				total = total.add(extra);
				out.step("代通知金", "没有提前30天书面通知，另付1个月工资", Money.format(extra)).basis("《劳动合同法实施条例》第二十条");
				text = "经济补偿加1个月代通知金，合计约 " + Money.format(total) + " 元";
			}
		}
		out.assume("月工资指离职前12个月的平均应得工资，包括奖金、津贴和补贴");
		if (in.startDate().isBefore(LocalDate.of(2008, 1, 1))) {
			out.assume("2008年1月1日以前的工作年限按当时的规定计算，可能与本结果不同");
		}
		return out.result(Money.yuan(total), "元", text);
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

}
