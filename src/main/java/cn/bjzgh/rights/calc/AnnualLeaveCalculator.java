package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.bjzgh.rights.system.InvalidInputException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 年休假: 5, 10 or 15 days by cumulative years of work (all employers count), after one
 * year's continuous work; pro-rated by calendar days in the year of joining or leaving,
 * fractions of a day dropped; untaken days paid at an extra 200% of the daily wage.
 */
@Component
@Order(3)
public class AnnualLeaveCalculator extends Calculator<AnnualLeaveCalculator.Input> {

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(BigDecimal cumulativeYears, Integer year, LocalDate joinDate, LocalDate leaveDate,
			Integer daysTaken, BigDecimal monthlyWage) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("annual-leave", "带薪年休假", "Paid annual leave",
			"计算带薪年休假天数（累计工作满1年不满10年5天、满10年不满20年10天、满20年15天；当年入职或离职按日历天数折算）和未休年假工资报酬（日工资的200%）",
			List.of(Field.number("cumulativeYears", "累计工作年限", "years worked in total", "年")
				.asRequired()
				.between("0", "60")
				.help("所有单位合计，不只是现在这个单位")
				.example(6),
					Field.integer("year", "年份", "year", "").between("2008", "2100").help("不填按今年").example(2026),
					Field.date("joinDate", "当年入职日期", "joined during that year").help("当年才入职的填").example("2026-03-01"),
					Field.date("leaveDate", "当年离职日期", "leaves during that year").help("当年离职的填").example("2026-09-30"),
					Field.integer("daysTaken", "当年已休天数", "days already taken that year", "天")
						.between("0", "15")
						.example(2),
					Field.money("monthlyWage", "月工资（剔除加班工资）", "monthly wage without overtime pay")
						.help("算未休年假的工资报酬用，不填就只算天数")
						.example(7000)));

	private final Clock clock;

	public AnnualLeaveCalculator(Clock clock) {
		super(SPEC, Input.class);
		this.clock = clock;
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

		CalcResult.Builder out = CalcResult.of(this).basis("《职工带薪年休假条例》第二条", "《职工带薪年休假条例》第三条");
		int full = entitlement(in.cumulativeYears());
		out.step("全年应休天数", "累计工作 " + Money.plain(in.cumulativeYears()) + " 年", full + " 天");
		if (full == 0) {
			return out.assume("连续工作满12个月以后才开始享受年休假").result(0, "天", "累计工作不满1年，暂不享受带薪年休假：0天");
		}
		BigDecimal days = new BigDecimal(full);
		LocalDate from = (in.joinDate() != null) ? in.joinDate() : first;
		LocalDate to = (in.leaveDate() != null) ? in.leaveDate() : last;
		long calendarDays = ChronoUnit.DAYS.between(from, to) + 1;
		if (in.joinDate() != null || in.leaveDate() != null) {
			BigDecimal exact = new BigDecimal(calendarDays).divide(new BigDecimal("365"), Money.MC)
				.multiply(new BigDecimal(full), Money.MC);
			days = exact.setScale(0, RoundingMode.DOWN);
			out.step("按在本单位的日历天数折算",
					calendarDays + " ÷ 365 × " + full + " = " + exact.setScale(2, RoundingMode.DOWN).toPlainString(),
					"不足1整天的部分不计，得 " + days + " 天");
			out.basis(in.leaveDate() != null ? "《企业职工带薪年休假实施办法》第十二条" : "《企业职工带薪年休假实施办法》第五条");
		}
		int taken = (in.daysTaken() != null) ? in.daysTaken() : 0;
		BigDecimal remaining = days.subtract(new BigDecimal(taken)).max(BigDecimal.ZERO);
		if (taken > 0) {
			out.step("减去已休", Money.plain(days) + " − " + taken, Money.plain(remaining) + " 天");
		}
		String text = "当年可休带薪年休假 " + Money.plain(remaining) + " 天";
		Object result = remaining.intValueExact();
		if (in.monthlyWage() != null && remaining.signum() > 0) {
			BigDecimal daily = Money.dailyWage(in.monthlyWage());
			BigDecimal pay = daily.multiply(remaining, Money.MC).multiply(new BigDecimal("2"), Money.MC);
			out.step("未休年假工资报酬", Money.format(in.monthlyWage()) + " ÷ 21.75 × " + Money.plain(remaining) + "天 × 200%",
					Money.format(pay));
			out.basis("《职工带薪年休假条例》第五条");
			out.basis("《企业职工带薪年休假实施办法》第十条");
			out.basis("《企业职工带薪年休假实施办法》第十一条");
			text += "；如果单位安排不了、也没休，应另付约 " + Money.format(pay) + " 元（在正常工资之外，按日工资的200%）";
			out.assume("月工资按前12个月剔除加班工资后的平均工资；职工书面提出不休的，只发正常工资");
		}
		out.assume("累计工作年限包括在不同单位工作的时间；国家法定节假日和休息日不计入年休假");
		return out.result(result, "天", text);
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
