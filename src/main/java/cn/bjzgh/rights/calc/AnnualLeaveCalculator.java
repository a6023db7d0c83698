package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.bjzgh.rights.system.InvalidInputException;

/**
 * 年休假: 5, 10 or 15 days by cumulative years of work (all employers count), after one
 * year's continuous work; pro-rated by calendar days in the year of joining or leaving,
 * fractions of a day dropped; untaken days paid at an extra 200% of the daily wage.
 */
public class AnnualLeaveCalculator implements Calculator<AnnualLeaveCalculator.Input> {

	/**
	 * @param cumulativeYears years worked in total, with every employer
	 * @param year the year asked about (default: this year)
	 * @param joinDate joined the current employer during that year, if so
	 * @param leaveDate leaves the current employer during that year, if so
	 * @param daysTaken annual leave days already taken that year
	 * @param monthlyWage average monthly wage of the last 12 months without overtime pay,
	 * for the pay for untaken days
	 */
	public record Input(
			@NotNull(message = "请填写累计工作年限 / cumulativeYears is required") @DecimalMin(value = "0",
					message = "工作年限不能为负 / cumulativeYears must not be negative") @DecimalMax(value = "60",
							message = "工作年限不合理 / cumulativeYears is implausible") BigDecimal cumulativeYears,
			@Min(value = 2008, message = "年份不能早于2008 / year must be 2008 or later") @Max(
					value = 2100, message = "年份不合理 / year is implausible") Integer year,
			LocalDate joinDate, LocalDate leaveDate,
			@Min(value = 0, message = "已休天数不能为负 / daysTaken must not be negative") @Max(value = 15,
					message = "已休天数不能超过15天 / daysTaken must be at most 15") Integer daysTaken,
			@DecimalMin(value = "0.01", message = "月工资必须大于0 / monthlyWage must be positive") BigDecimal monthlyWage) {
	}

	private final Clock clock;

	public AnnualLeaveCalculator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "annual-leave";
	}

	@Override
	public String title() {
		return "带薪年休假";
	}

	@Override
	public Class<Input> inputType() {
		return Input.class;
	}

	@Override
	public CalcResult calculate(Input in) {
		int year = (in.year() != null) ? in.year() : LocalDate.now(this.clock).getYear();
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		checkInYear("joinDate", in.joinDate(), year);
		checkInYear("leaveDate", in.leaveDate(), year);
		Dates.notBefore("leaveDate", in.leaveDate(), "joinDate", in.joinDate());
		Dates.notFarFuture("leaveDate", in.leaveDate(), this.clock);

		List<CalcResult.Step> steps = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		List<String> basis = new ArrayList<>(List.of("《职工带薪年休假条例》第二条", "《职工带薪年休假条例》第三条"));
		int full = entitlement(in.cumulativeYears());
		steps.add(new CalcResult.Step("全年应休天数", "累计工作 " + Money.plain(in.cumulativeYears()) + " 年", full + " 天"));
		if (full == 0) {
			return new CalcResult(name(), title(), 0, "天", "累计工作不满1年，暂不享受带薪年休假：0天。", steps,
					List.of("连续工作满12个月以后才开始享受年休假"), basis, List.of());
		}
		BigDecimal days = new BigDecimal(full);
		LocalDate from = (in.joinDate() != null) ? in.joinDate() : first;
		LocalDate to = (in.leaveDate() != null) ? in.leaveDate() : last;
		long calendarDays = ChronoUnit.DAYS.between(from, to) + 1;
		if (in.joinDate() != null || in.leaveDate() != null) {
			BigDecimal exact = new BigDecimal(calendarDays).divide(new BigDecimal("365"), Money.MC)
				.multiply(new BigDecimal(full), Money.MC);
			days = exact.setScale(0, RoundingMode.DOWN);
			steps.add(new CalcResult.Step("按在本单位的日历天数折算",
					calendarDays + " ÷ 365 × " + full + " = " + exact.setScale(2, RoundingMode.DOWN).toPlainString(),
					"不足1整天的部分不计，得 " + days + " 天"));
			basis.add(in.leaveDate() != null ? "《企业职工带薪年休假实施办法》第十二条" : "《企业职工带薪年休假实施办法》第五条");
		}
		int taken = (in.daysTaken() != null) ? in.daysTaken() : 0;
		BigDecimal remaining = days.subtract(new BigDecimal(taken)).max(BigDecimal.ZERO);
		if (taken > 0) {
			steps.add(new CalcResult.Step("减去已休", Money.plain(days) + " − " + taken, Money.plain(remaining) + " 天"));
		}
		String text = "当年可休带薪年休假 " + Money.plain(remaining) + " 天";
		Object result = remaining.intValueExact();
		if (in.monthlyWage() != null && remaining.signum() > 0) {
			BigDecimal daily = Money.dailyWage(in.monthlyWage());
			BigDecimal pay = daily.multiply(remaining, Money.MC).multiply(new BigDecimal("2"), Money.MC);
			steps.add(new CalcResult.Step("未休年假工资报酬",
					Money.format(in.monthlyWage()) + " ÷ 21.75 × " + Money.plain(remaining) + "天 × 200%",
					Money.format(pay)));
			basis.add("《职工带薪年休假条例》第五条");
			basis.add("《企业职工带薪年休假实施办法》第十条");
			basis.add("《企业职工带薪年休假实施办法》第十一条");
			text += "；如果单位安排不了、也没休，应另付约 " + Money.format(pay) + " 元（在正常工资之外，按日工资的200%）";
			assumptions.add("月工资按前12个月剔除加班工资后的平均工资；职工书面提出不休的，只发正常工资");
		}
		assumptions.add("累计工作年限包括在不同单位工作的时间；国家法定节假日和休息日不计入年休假");
		return new CalcResult(name(), title(), result, "天", text + "。", steps, assumptions, basis, List.of());
	}

	static int entitlement(BigDecimal years) {
		if (years.compareTo(BigDecimal.ONE) < 0) {
			return 0;
		}
		if (years.compareTo(BigDecimal.TEN) < 0) {
			return 5;
		}
		if (years.compareTo(new BigDecimal("20")) < 0) {
			return 10;
		}
		return 15;
	}

	private static void checkInYear(String field, LocalDate date, int year) {
		if (date != null && date.getYear() != year) {
			throw new InvalidInputException(field, "日期必须在所算的年份（" + year + "年）之内",
					"the date must fall in the year " + year);
		}
	}

}
