package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * 加班费: hourly wage = monthly ÷ 21.75 ÷ 8; 150% on workdays, 200% on rest days without
 * time off in lieu, 300% on statutory holidays. Warns when the hours exceed the legal
 * limits (36 a month, 3 a day).
 */
public class OvertimeCalculator implements Calculator<OvertimeCalculator.Input> {

	static final BigDecimal MONTHLY_LIMIT = new BigDecimal("36");

	/**
	 * @param monthlyWage the monthly wage
	 * @param wageBase the overtime base the contract names, if any (used instead of
	 * monthlyWage)
	 * @param workdayHours overtime hours on working days
	 * @param restDayHours hours worked on rest days without time off in lieu
	 * @param holidayHours hours worked on statutory holidays
	 * @param holidayDays whole days worked on statutory holidays (8 hours each), added to
	 * holidayHours
	 */
	public record Input(
			@NotNull(message = "请填写月工资 / monthlyWage is required") @DecimalMin(value = "0.01",
					message = "月工资必须大于0 / monthlyWage must be positive") @DecimalMax(value = "10000000",
							message = "月工资数额不合理 / monthlyWage is implausibly large") BigDecimal monthlyWage,
			@DecimalMin(value = "0.01", message = "加班费基数必须大于0 / wageBase must be positive") BigDecimal wageBase,
			@DecimalMin(value = "0", message = "小时数不能为负 / workdayHours must not be negative") @DecimalMax(value = "744",
					message = "小时数超过一个月的总小时数 / workdayHours exceeds the hours in a month") BigDecimal workdayHours,
			@DecimalMin(value = "0", message = "小时数不能为负 / restDayHours must not be negative") @DecimalMax(value = "744",
					message = "小时数超过一个月的总小时数 / restDayHours exceeds the hours in a month") BigDecimal restDayHours,
			@DecimalMin(value = "0", message = "小时数不能为负 / holidayHours must not be negative") @DecimalMax(value = "744",
					message = "小时数超过一个月的总小时数 / holidayHours exceeds the hours in a month") BigDecimal holidayHours,
			@DecimalMin(value = "0", message = "天数不能为负 / holidayDays must not be negative") @DecimalMax(value = "31",
					message = "天数超过一个月 / holidayDays exceeds a month") BigDecimal holidayDays) {
	}

	@Override
	public String name() {
		return "overtime";
	}

	@Override
	public String title() {
		return "加班费";
	}

	@Override
	public Class<Input> inputType() {
		return Input.class;
	}

	@Override
	public CalcResult calculate(Input in) {
		BigDecimal base = (in.wageBase() != null) ? in.wageBase() : in.monthlyWage();
		BigDecimal workday = orZero(in.workdayHours());
		BigDecimal restDay = orZero(in.restDayHours());
		BigDecimal holiday = orZero(in.holidayHours()).add(orZero(in.holidayDays()).multiply(Money.HOURS_PER_DAY));
		BigDecimal hourly = Money.hourlyWage(base);
		List<CalcResult.Step> steps = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		steps.add(new CalcResult.Step("日工资", Money.format(base) + " ÷ 21.75", Money.format(Money.dailyWage(base))));
		steps.add(new CalcResult.Step("小时工资", Money.format(base) + " ÷ 21.75 ÷ 8", Money.format(hourly)));
		BigDecimal total = BigDecimal.ZERO;
		total = total.add(line(steps, "工作日延长工作时间", hourly, workday, "1.5"));
		total = total.add(line(steps, "休息日加班且未补休", hourly, restDay, "2"));
		total = total.add(line(steps, "法定节假日加班", hourly, holiday, "3"));
		BigDecimal hours = workday.add(restDay).add(holiday);
		if (hours.compareTo(MONTHLY_LIMIT) > 0) {
			assumptions.add("注意：本月加班共 " + Money.plain(hours) + " 小时，超过法定上限每月36小时（每天一般不超过1小时，特殊原因不超过3小时），单位违法安排加班");
		}
		if (in.wageBase() != null) {
			assumptions.add("按合同约定的加班费计算基数 " + Money.format(in.wageBase()) + " 元计算");
		}
		else {
			assumptions.add("按月工资 " + Money.format(in.monthlyWage()) + " 元作为计算基数；合同另有约定基数的，按约定（但不得低于最低工资）");
		}
		assumptions.add("按每月计薪天数21.75天折算（人社部发〔2025〕2号）；中间不四舍五入，最后保留到分");
		assumptions.add("休息日加班已安排同等时间补休的，不再支付200%的加班费");
		List<String> basis = List.of("《劳动法》第四十一条", "《劳动法》第四十四条", "《北京市工资支付规定》第十四条");
		return new CalcResult(name(), title(), Money.yuan(total), "元", "加班费约 " + Money.format(total) + " 元。", steps,
				assumptions, basis, List.of());
	}

	private static BigDecimal line(List<CalcResult.Step> steps, String label, BigDecimal hourly, BigDecimal hours,
			String rate) {
		if (hours.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal pay = hourly.multiply(hours, Money.MC).multiply(new BigDecimal(rate), Money.MC);
		steps.add(new CalcResult.Step(label, Money.format(hourly) + " × " + Money.plain(hours) + "小时 × "
				+ (int) (Double.parseDouble(rate) * 100) + "%", Money.format(pay)));
		return pay;
	}

	private static BigDecimal orZero(BigDecimal v) {
		return (v == null) ? BigDecimal.ZERO : v;
	}

}
