package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 加班费: hourly wage = monthly ÷ 21.75 ÷ 8; 150% on workdays, 200% on rest days without
 * time off in lieu, 300% on statutory holidays. Warns when the hours exceed the legal
 * limits (36 a month, 3 a day).
 */
@Component
@Order(2)
public class OvertimeCalculator extends Calculator<OvertimeCalculator.Input> {

	static final BigDecimal MONTHLY_LIMIT = new BigDecimal("36");

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(BigDecimal monthlyWage, BigDecimal wageBase, BigDecimal workdayHours, BigDecimal restDayHours,
			BigDecimal holidayHours, BigDecimal holidayDays) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("overtime", "加班费", "Overtime pay",
			"计算加班费：工作日延长工作时间150%，休息日加班且未补休200%，法定节假日300%；小时工资 = 月工资 ÷ 21.75 ÷ 8",
			List.of(Field.money("monthlyWage", "月工资", "monthly wage").asRequired().example(6000).ask("月工资（例如：月薪6000）"),
					Field.money("wageBase", "合同约定的加班费计算基数", "overtime base named in the contract")
						.help("合同没有约定就不填，按月工资算")
						.example(5000),
					hours("workdayHours", "工作日延长工作时间", "overtime hours on working days", 20),
					hours("restDayHours", "休息日加班且未补休", "rest-day hours without time off in lieu", 16),
					hours("holidayHours", "法定节假日加班", "hours worked on statutory holidays", 8),
					Field.number("holidayDays", "法定节假日加班整天数", "whole days worked on statutory holidays", "天")
						.between("0", "31")
						.help("每天按8小时，与小时数相加")
						.example(1)));

	private static Field hours(String name, String label, String labelEn, int example) {
		return Field.number(name, label, labelEn, "小时").between("0", "744").example(example);
	}

	/**
	 * Labour Law Art. 44: working day 150 %, rest day without time off 200 %, holiday 300
	 * %.
	 */
	private static final BigDecimal WORKDAY_RATE = new BigDecimal("1.5");

	private static final BigDecimal REST_DAY_RATE = new BigDecimal("2");

	private static final BigDecimal HOLIDAY_RATE = new BigDecimal("3");

	public OvertimeCalculator() {
		super(SPEC, Input.class);
	}

	@Override
	public CalcResult calculate(Input in) {
		BigDecimal base = (in.wageBase() != null) ? in.wageBase() : in.monthlyWage();
		BigDecimal workday = orZero(in.workdayHours());
		BigDecimal restDay = orZero(in.restDayHours());
		BigDecimal holiday = orZero(in.holidayHours()).add(orZero(in.holidayDays()).multiply(Money.HOURS_PER_DAY));
		BigDecimal hourly = Money.hourlyWage(base);
		CalcResult.Builder out = CalcResult.of(this)
			.step("日工资", Money.format(base) + " ÷ 21.75", Money.format(Money.dailyWage(base)))
			.step("小时工资", Money.format(base) + " ÷ 21.75 ÷ 8", Money.format(hourly));
		BigDecimal total = BigDecimal.ZERO;
		total = total.add(line(out, "工作日延长工作时间", hourly, workday, WORKDAY_RATE));
		total = total.add(line(out, "休息日加班且未补休", hourly, restDay, REST_DAY_RATE));
		total = total.add(line(out, "法定节假日加班", hourly, holiday, HOLIDAY_RATE));
		BigDecimal hours = workday.add(restDay).add(holiday);
		if (hours.compareTo(MONTHLY_LIMIT) > 0) {
			out.assume("注意：本月加班共 " + Money.plain(hours) + " 小时，超过法定上限每月36小时（每天一般不超过1小时，特殊原因不超过3小时），单位违法安排加班");
		}
		if (in.wageBase() != null) {
			out.assume("按合同约定的加班费计算基数 " + Money.format(in.wageBase()) + " 元计算");
		}
		else {
			out.assume("按月工资 " + Money.format(in.monthlyWage()) + " 元作为计算基数；合同另有约定基数的，按约定（但不得低于最低工资）");
		}
		out.assume("按每月计薪天数21.75天折算（人社部发〔2025〕2号）；中间不四舍五入，最后保留到分");
		out.assume("休息日加班已安排同等时间补休的，不再支付200%的加班费");
		return out.basis("《劳动法》第四十一条", "《劳动法》第四十四条", "《北京市工资支付规定》第十四条")
			.result(Money.yuan(total), "元", "加班费约 " + Money.format(total) + " 元");
	}

	/**
	 * What one hour of overtime is worth at each rate for a monthly wage, when the worker
	 * has not said how many hours were worked: the figures that can be given already.
	 */
	public static String rates(BigDecimal monthlyWage) {
		BigDecimal hourly = Money.hourlyWage(monthlyWage);
		BigDecimal restDay = hourly.multiply(REST_DAY_RATE, Money.MC);
		BigDecimal holiday = hourly.multiply(HOLIDAY_RATE, Money.MC);
		return "【计算结果】按月工资 " + Money.format(monthlyWage) + " 元算，小时工资 " + Money.format(hourly) + " 元："
				+ "工作日延长工作时间每小时至少 " + Money.format(hourly.multiply(WORKDAY_RATE, Money.MC)) + " 元；"
				+ "休息日加班又没安排补休的每小时至少 " + Money.format(restDay) + " 元（干满8小时至少 "
				+ Money.format(restDay.multiply(Money.HOURS_PER_DAY, Money.MC)) + " 元）；" + "法定节假日加班每小时至少 "
				+ Money.format(holiday) + " 元（8小时至少 " + Money.format(holiday.multiply(Money.HOURS_PER_DAY, Money.MC))
				+ " 元）。";
	}

	private static BigDecimal line(CalcResult.Builder out, String label, BigDecimal hourly, BigDecimal hours,
			BigDecimal rate) {
		if (hours.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal pay = hourly.multiply(hours, Money.MC).multiply(rate, Money.MC);
		out.step(label, Money.format(hourly) + " × " + Money.plain(hours) + "小时 × "
				+ rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%", Money.format(pay));
		return pay;
	}

	private static BigDecimal orZero(BigDecimal v) {
		return (v == null) ? BigDecimal.ZERO : v;
	}

}
