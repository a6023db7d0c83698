package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.bjzgh.rights.system.InvalidInputException;

/**
 * 被拖欠的工资: what a worker owed wages can claim. All of the wage owed (Labour Law Art. 50,
 * Labour Contract Law Art. 30), and, when the labour inspectorate has ordered the
 * employer to pay by a date and it still has not, an extra 50 %–100 % of the sum as
 * compensation (Labour Contract Law Art. 85, Labour Security Inspection Regulations Art.
 * 26). The owed sum is given, or reckoned as months owed times the monthly wage.
 */
@Component
@Order(10)
public class ArrearsCalculator extends Calculator<ArrearsCalculator.Input> {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(BigDecimal monthlyWage, BigDecimal months, BigDecimal amount) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("arrears", "被拖欠的工资能要回多少", "Unpaid wages: what can be claimed",
			"被拖欠的工资要全部补发；劳动保障监察责令限期支付后单位仍不付的，另外按欠款的50%到100%加付赔偿金。填欠款总数，或者月工资和欠了几个月",
			List.of(Field.money("monthlyWage", "月工资", "monthly wage")
				.help("按约定每月应发的工资；填了欠款总数可以不填")
				.example(8000)
				.ask("你一个月工资多少（例如：月薪8000）"),
					Field.number("months", "欠了几个月工资", "months of wages owed", "个月")
						.between("0.1", "120")
						.help("和月工资一起填")
						.example(3)
						.ask("欠了几个月的工资，或者一共欠多少钱（例如：欠了3个月）"),
					Field.money("amount", "欠款总数", "total wages owed").help("填了就不用填月工资和月数").example(24000)));

	public ArrearsCalculator() {
		super(SPEC, Input.class);
	}

	@Override
	public CalcResult calculate(Input in) {
		CalcResult.Builder out = CalcResult.of(this)
			.basis("《劳动法》第五十条", "《劳动合同法》第三十条", "《劳动合同法》第八十五条", "《劳动保障监察条例》第二十六条");
		BigDecimal owed = in.amount();
		if (owed == null) {
			if (in.monthlyWage() == null || in.months() == null) {
				throw new InvalidInputException("amount", "请填写欠款总数，或者同时填写月工资和欠了几个月",
						"give the total owed, or both the monthly wage and the months owed");
			}
			owed = in.monthlyWage().multiply(in.months()).setScale(2, RoundingMode.HALF_UP);
			out.step("被拖欠的工资",
					Money.format(in.monthlyWage()) + " × " + in.months().stripTrailingZeros().toPlainString() + " 个月",
					Money.format(owed));
		}
		else {
			out.step("被拖欠的工资", "欠款总数", Money.format(owed));
		}
		BigDecimal low = owed.multiply(HALF).setScale(2, RoundingMode.HALF_UP);
		out.step("监察责令限期支付后仍不付，另外加付赔偿金", Money.format(owed) + " × 50% 到 100%",
				Money.format(low) + " 到 " + Money.format(owed));
		out.assume("欠的工资要全部补发，一分不能少；加付赔偿金只在向劳动保障监察投诉、人社部门责令限期支付、单位到期还不付时才有");
		out.assume("单位不按时足额发工资，你可以书面通知解除合同，不用提前30天，还能按干的年限要经济补偿：告诉我干了多久可以算");
		out.assume("在职期间被欠的工资不受一年时效限制，但离职后要在一年内申请仲裁；也可以拿着欠条等证据向法院申请支付令");
		return out.result(Money.yuan(owed), "元", "被拖欠的工资 " + Money.format(owed) + " 元要全部补发；人社部门责令限期支付后单位仍不付的，另外加付 "
				+ Money.format(low) + " 到 " + Money.format(owed) + " 元赔偿金");
	}

}
