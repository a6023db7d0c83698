package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 赔偿损失的工资扣除: how much of a month's wage an employer may keep back for a loss the worker
 * caused, under Article 16 of the Provisional Regulations on Wage Payment: at most 20 %
 * of that month's wage, and what is paid must not fall below the minimum wage (Beijing's,
 * from the parameter file); with the amount claimed, how many months it takes at that
 * pace.
 */
@Component
@Order(9)
public class DeductionCalculator extends Calculator<DeductionCalculator.Input> {

	private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.2");

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(BigDecimal monthlyWage, BigDecimal amount, LocalDate date) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("deduction", "赔偿损失每月最多扣多少工资",
			"Wage deductions for damage the worker caused",
			"因本人原因给单位造成经济损失、按劳动合同约定要赔的，每月从工资里扣的部分不超过当月工资的20%，扣完后剩下的不低于北京最低工资；给出要赔的总数，还能算出至少分几个月扣完",
			List.of(Field.money("monthlyWage", "当月工资", "the month's wage")
				.asRequired()
				.help("扣之前的当月应发工资")
				.example(4500)
				.ask("你一个月工资多少（例如：月薪4500）"),
					Field.money("amount", "要赔的总数", "amount the employer claims").help("不填就只算每月最多扣多少").example(3000),
					Field.wageDate()));

	private final BeijingParameters parameters;

	private final Clock clock;

	public DeductionCalculator(BeijingParameters parameters, Clock clock) {
		super(SPEC, Input.class);
		this.parameters = parameters;
		this.clock = clock;
	}

	@Override
	public CalcResult calculate(Input in) {
		LocalDate date = Dates.paidOn(in.date(), this.clock);
		CalcResult.Builder out = CalcResult.of(this).basis("《工资支付暂行规定》第十六条");
		BigDecimal wage = in.monthlyWage();
		BigDecimal cap = wage.multiply(TWENTY_PERCENT);
		out.step("当月工资的20%", Money.format(wage) + " × 20%", Money.format(cap));
		BigDecimal perMonth = cap;
		Optional<BigDecimal> minimum = this.parameters.minimumWage(date, out);
		if (minimum.isPresent()) {
			BigDecimal room = wage.subtract(minimum.get()).max(BigDecimal.ZERO);
			out.step("扣完不能低于北京最低工资", Money.format(wage) + " − " + Money.format(minimum.get()), Money.format(room));
			perMonth = cap.min(room);
		}
		out.step("每月最多扣", "两者取小", Money.format(perMonth));
		String text = (perMonth.signum() == 0) ? "工资不高于北京最低工资，这个月不能再从工资里扣赔偿"
				: "每月最多从工资里扣 " + Money.format(perMonth) + " 元";
		if (in.amount() != null && perMonth.signum() > 0) {
			int months = in.amount().divide(perMonth, 0, RoundingMode.CEILING).intValue();
			out.step("要赔的总数分几个月扣", Money.format(in.amount()) + " ÷ " + Money.format(perMonth), "至少 " + months + " 个月");
			text += (months > 1) ? "，" + Money.format(in.amount()) + " 元至少要分 " + months + " 个月扣，不能一次扣光"
					: "，" + Money.format(in.amount()) + " 元没有超过这个数，可以在一个月里扣";
		}
		out.assume("只有损失确实是你本人原因造成、并按劳动合同的约定要你赔的，才能这样从工资里扣；损失的原因和数额有争议的，可以不签认错书，申请劳动仲裁");
		out.assume("每月按当月工资算；各月工资不同的，每月分别算20%");
		return out.result(Money.yuan(perMonth), "元/月", text);
	}

}
