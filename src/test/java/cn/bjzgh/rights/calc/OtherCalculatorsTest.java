package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.bjzgh.rights.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OtherCalculatorsTest {

	final Calculators calculators = CalculatorFixtures.calculators();

	@SuppressWarnings("unchecked")
	<I> CalcResult run(String name, I input) {
		return this.calculators.run((Calculator<I>) this.calculators.find(name).orElseThrow(), input);
	}

	static BigDecimal d(String v) {
		return new BigDecimal(v);
	}

	@Test
	void overtime_6000_a_month_10_workday_hours_is_517_24() {
		CalcResult r = run("overtime", new OvertimeCalculator.Input(d("6000"), null, d("10"), null, null, null));
		assertThat(r.result()).isEqualTo(d("517.24"));
		assertThat(r.legalBasis()).contains("《劳动法》第四十四条");
	}

	@Test
	void overtime_8700_a_month_one_statutory_holiday_is_1200() {
		CalcResult r = run("overtime", new OvertimeCalculator.Input(d("8700"), null, null, null, null, d("1")));
		assertThat(r.result()).isEqualTo(d("1200.00"));
	}

	@Test
	void overtime_uses_the_contract_base_and_warns_above_36_hours() {
		CalcResult r = run("overtime",
				new OvertimeCalculator.Input(d("10000"), d("4350"), d("30"), d("16"), null, null));
		// 4350 / 21.75 / 8 = 25 an hour: 25 × 30 × 1.5 + 25 × 16 × 2 = 1125 + 800
		assertThat(r.result()).isEqualTo(d("1925.00"));
		assertThat(r.assumptions()).anySatisfy((a) -> assertThat(a).contains("超过法定上限每月36小时"));
	}

	@ParameterizedTest(name = "{0} years -> {1} days")
	@CsvSource({ "0.5,0", "1,5", "9.9,5", "10,10", "19,10", "20,15", "35,15" })
	void annual_leave_entitlement_by_cumulative_years(String years, int days) {
		CalcResult r = run("annual-leave", new AnnualLeaveCalculator.Input(d(years), 2026, null, null, null, null));
		assertThat(r.result()).isEqualTo(days);
	}

	@Test
	void annual_leave_is_pro_rated_for_a_new_joiner_and_fractions_dropped() {
		// Joined 2026-07-01: 184 remaining days / 365 × 10 = 5.04 -> 5 days
		CalcResult r = run("annual-leave",
				new AnnualLeaveCalculator.Input(d("12"), 2026, LocalDate.parse("2026-07-01"), null, null, null));
		assertThat(r.result()).isEqualTo(5);
		assertThat(r.legalBasis()).contains("《企业职工带薪年休假实施办法》第五条");
	}

	@Test
	void annual_leave_on_leaving_counts_days_passed_minus_days_taken_and_pays_200_percent() {
		// Leaves 2026-04-30: 120 days / 365 × 15 = 4.93 -> 4, minus 1 taken = 3 days;
		// 8700 / 21.75 = 400 × 3 × 2
		CalcResult r = run("annual-leave",
				new AnnualLeaveCalculator.Input(d("25"), 2026, null, LocalDate.parse("2026-04-30"), 1, d("8700")));
		assertThat(r.result()).isEqualTo(3);
		assertThat(r.resultText()).contains("2400");
		assertThat(r.legalBasis()).contains("《企业职工带薪年休假实施办法》第十二条", "《职工带薪年休假条例》第五条");
	}

	@Test
	void double_wage_is_capped_at_11_months_and_notes_the_deemed_open_ended_contract() {
		CalcResult r = run("double-wage",
				new DoubleWageCalculator.Input(LocalDate.parse("2024-03-01"), null, null, d("6000")));
		assertThat(r.result()).isEqualTo(d("66000.00"));
		assertThat(r.resultText()).contains("11 个月").contains("无固定期限");
		assertThat(r.breakdown()).anySatisfy((s) -> assertThat(s.value()).contains("2026-02-28"));
		// That date has passed (today is 2026-11-24): no advice to apply before it.
		assertThat(r.resultText()).contains("已在 2026-02-28 届满").doesNotContain("建议在");
	}

	@Test
	void double_wage_runs_to_the_day_before_signing() {
		CalcResult r = run("double-wage", new DoubleWageCalculator.Input(LocalDate.parse("2025-01-10"),
				LocalDate.parse("2025-05-10"), null, d("5000")));
		// from 2025-02-10 to 2025-05-09: 3 months
		assertThat(r.result()).isEqualTo(d("15000.00"));
		assertThat(r.breakdown()).anySatisfy((s) -> assertThat(s.value()).contains("2026-05-09"));
	}

	@Test
	void double_wage_still_unsigned_counts_today_and_says_so() {
		// The clock reads 2026-11-24; started 2026-04-24, no contract yet.
		CalcResult r = run("double-wage",
				new DoubleWageCalculator.Input(LocalDate.parse("2026-04-24"), null, null, d("5000")));
		assertThat(r.breakdown()).anySatisfy((s) -> {
			assertThat(s.label()).isEqualTo("截止日");
			assertThat(s.formula()).startsWith("算到今天（仍未签）");
			assertThat(s.value()).isEqualTo("2026-11-24");
		});
		// 2026-05-24 to 2026-11-24, both counted: six months and a day.
		assertThat(r.resultText()).contains("6 个月零1天");
	}

	@Test
	void no_double_wage_when_signed_within_a_month() {
		CalcResult r = run("double-wage", new DoubleWageCalculator.Input(LocalDate.parse("2025-01-10"),
				LocalDate.parse("2025-01-20"), null, d("5000")));
		assertThat(r.result()).isEqualTo(BigDecimal.ZERO);
	}

	@ParameterizedTest(name = "{0} {1} months -> {2}")
	@CsvSource({ "fixed,2,0", "fixed,3,1", "fixed,11,1", "fixed,12,2", "fixed,35,2", "fixed,36,6", "open-ended,,6",
			"task,,0" })
	void probation_longest_lawful_term(String type, Integer months, int expected) {
		CalcResult r = run("probation", new ProbationCalculator.Input(type, months, null, null, null));
		assertThat(r.result()).isEqualTo(expected);
	}

	@Test
	void probation_wage_is_at_least_80_percent_and_the_beijing_minimum() {
		CalcResult low = run("probation",
				new ProbationCalculator.Input("fixed", 36, d("3000"), null, LocalDate.parse("2026-01-05")));
		assertThat(low.result()).isEqualTo(d("2540.00"));
		CalcResult high = run("probation", new ProbationCalculator.Input("fixed", 36, d("6000"), null, null));
		assertThat(high.result()).isEqualTo(d("4800.00"));
		assertThat(high.legalBasis()).contains("《劳动合同法》第二十条", "《劳动合同法实施条例》第十五条");
	}

	@Test
	void maternity_leave_in_beijing() {
		assertThat(run("maternity", new MaternityLeaveCalculator.Input(null, null, null)).result()).isEqualTo(158);
		assertThat(run("maternity", new MaternityLeaveCalculator.Input("birth", 2, true)).result()).isEqualTo(188);
		assertThat(run("maternity", new MaternityLeaveCalculator.Input("miscarriage-early", null, null)).result())
			.isEqualTo(15);
		assertThat(run("maternity", new MaternityLeaveCalculator.Input("miscarriage-late", null, null)).result())
			.isEqualTo(42);
	}

	@Test
	void arbitration_deadline_is_the_same_date_a_year_later() {
		CalcResult r = run("arbitration-deadline",
				new ArbitrationDeadlineCalculator.Input("general", LocalDate.parse("2026-03-10"), null));
		assertThat(r.result()).isEqualTo("2027-03-10");
		CalcResult leap = run("arbitration-deadline",
				new ArbitrationDeadlineCalculator.Input("general", LocalDate.parse("2024-02-29"), null));
		assertThat(leap.result()).isEqualTo("2025-02-28");
		assertThat(leap.resultText()).contains("已经过了");
	}

	@Test
	void unpaid_wages_run_from_the_end_of_the_job() {
		assertThat(run("arbitration-deadline",
				new ArbitrationDeadlineCalculator.Input("unpaid-wages", null, LocalDate.parse("2026-06-30")))
			.result()).isEqualTo("2027-06-30");
		assertThat(run("arbitration-deadline", new ArbitrationDeadlineCalculator.Input("unpaid-wages", null, null))
			.resultText()).contains("不受一年时效限制");
	}

	/**
	 * Articles 35–37 of the Work Injury Insurance Regulations: 27, 25, 23, 21, 18, 16,
	 * 13, 11, 9 and 7 months of the worker's own wage; the allowance of grades 1–6.
	 */
	@ParameterizedTest
	@CsvSource({ "1,27,90", "2,25,85", "3,23,80", "4,21,75", "5,18,70", "6,16,60", "7,13,", "8,11,", "9,9,", "10,7," })
	void disability_subsidy_by_grade(int grade, int months, Integer percent) {
		CalcResult inMonths = run("disability", new DisabilityBenefitCalculator.Input(grade, null, null));
		assertThat(inMonths.result()).isEqualTo(months);
		assertThat(inMonths.unit()).isEqualTo("个月");
		CalcResult amount = run("disability", new DisabilityBenefitCalculator.Input(grade, d("5000"), null));
		assertThat(amount.result()).isEqualTo(d("5000").multiply(new BigDecimal(months)).setScale(2));
		assertThat(amount.resultText()).contains(months + " 个月的本人工资");
		if (percent != null) {
			assertThat(amount.toText()).contains("本人工资 × " + percent + "%");
		}
		else {
			assertThat(amount.toText()).doesNotContain("伤残津贴").contains("一次性伤残就业补助金");
		}
	}

	@Test
	void an_uninsured_employer_pays_the_disability_subsidy_itself() {
		CalcResult r = run("disability", new DisabilityBenefitCalculator.Input(10, d("5000"), false));
		assertThat(r.result()).isEqualTo(d("35000.00"));
		assertThat(r.toText()).contains("由单位按同样的项目和标准支付");
		assertThat(r.legalBasis()).contains("《工伤保险条例》第六十二条", "《工伤保险条例》第三十七条");
		assertThat(run("disability", new DisabilityBenefitCalculator.Input(10, d("5000"), null)).legalBasis())
			.doesNotContain("《工伤保险条例》第六十二条");
	}

	@Test
	void bad_inputs_name_their_field() {
		assertThatThrownBy(() -> run("disability", new DisabilityBenefitCalculator.Input(11, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("grade"));
		assertThatThrownBy(() -> run("disability", new DisabilityBenefitCalculator.Input(null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("grade"));
		assertThatThrownBy(() -> run("overtime", new OvertimeCalculator.Input(d("-5"), null, null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("monthlyWage"));
		assertThatThrownBy(() -> run("probation", new ProbationCalculator.Input("fixed", null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(e) -> assertThat(e.field()).isEqualTo("contractMonths"));
		assertThatThrownBy(() -> run("annual-leave",
				new AnnualLeaveCalculator.Input(d("3"), 2026, LocalDate.parse("2025-07-01"), null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("joinDate"));
		assertThatThrownBy(() -> run("arbitration-deadline", new ArbitrationDeadlineCalculator.Input(null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("knewDate"));
	}

	/**
	 * At most a fifth of the month's wage, and never below Beijing's minimum wage (2,540
	 * yuan since 2025-09-01).
	 */
	@Test
	void a_loss_the_worker_caused_takes_at_most_a_fifth_of_the_wage_and_never_below_the_minimum() {
		CalcResult r = run("deduction", new DeductionCalculator.Input(d("4500"), d("3000"), null));
		assertThat(r.result()).isEqualTo(d("900.00"));
		assertThat(r.resultText()).contains("每月最多从工资里扣 900", "至少要分 4 个月");
		assertThat(r.legalBasis()).containsExactly("《工资支付暂行规定》第十六条");
		// 20 % of 3,000 would leave 2,400, below the minimum: only 460 may go.
		assertThat(run("deduction", new DeductionCalculator.Input(d("3000"), null, null)).result())
			.isEqualTo(d("460.00"));
		assertThat(run("deduction", new DeductionCalculator.Input(d("2540"), d("1000"), null)).resultText())
			.contains("不能再从工资里扣");
		// A sum within one month's limit may be taken at once.
		assertThat(run("deduction", new DeductionCalculator.Input(d("3500"), d("500"), null)).resultText())
			.contains("每月最多从工资里扣 700", "可以在一个月里扣")
			.doesNotContain("不能一次扣光");
	}

	/**
	 * Wages owed are paid in full; an employer that still does not pay after the
	 * inspectorate's deadline adds 50 %–100 % of the sum (Labour Contract Law Art. 85).
	 */
	@Test
	void wages_owed_are_paid_in_full_with_half_to_all_of_them_again_after_an_order_is_ignored() {
		CalcResult months = run("arrears", new ArrearsCalculator.Input(d("8000"), d("3"), null));
		assertThat(months.result()).isEqualTo(d("24000.00"));
		assertThat(months.resultText()).contains("24000 元要全部补发", "12000 到 24000 元赔偿金");
		assertThat(months.legalBasis()).contains("《劳动合同法》第三十条", "《劳动合同法》第八十五条");
		CalcResult sum = run("arrears", new ArrearsCalculator.Input(null, null, d("15000")));
		assertThat(sum.result()).isEqualTo(d("15000.00"));
		assertThat(sum.resultText()).contains("7500 到 15000");
		// The sum, or the wage and the months: a wage alone reckons nothing.
		assertThatThrownBy(() -> run("arrears", new ArrearsCalculator.Input(d("8000"), null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("amount"));
	}

}
