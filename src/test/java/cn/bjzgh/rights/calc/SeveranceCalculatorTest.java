package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import cn.bjzgh.rights.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeveranceCalculatorTest {

	final Calculators calculators = CalculatorFixtures.calculators();

	final SeveranceCalculator severance = new SeveranceCalculator(CalculatorFixtures.PARAMETERS,
			CalculatorFixtures.CLOCK);

	CalcResult run(String wage, String start, String end, String reason, Boolean notice) {
		return this.calculators.run(this.severance, new SeveranceCalculator.Input(new BigDecimal(wage),
				LocalDate.parse(start), LocalDate.parse(end), reason, notice, null));
	}

	@Test
	void should_pay_28000_for_8000_a_month_3_years_4_months_art40_with_notice() {
		CalcResult result = run("8000", "2022-07-01", "2025-11-01", "art40", true);
		assertThat(result.result()).isEqualTo(new BigDecimal("28000.00"));
		assertThat(result.unit()).isEqualTo("元");
		assertThat(result.legalBasis()).contains("《劳动合同法》第四十六条", "《劳动合同法》第四十七条", "《劳动合同法》第四十条");
		assertThat(result.breakdown()).anySatisfy((s) -> assertThat(s.value()).contains("3.5 个月"));
	}

	@Test
	void should_add_one_month_in_lieu_of_notice_under_art40() {
		CalcResult result = run("8000", "2022-07-01", "2025-11-01", "art40", false);
		assertThat(result.result()).isEqualTo(new BigDecimal("36000.00"));
		assertThat(result.legalBasis()).contains("《劳动合同法实施条例》第二十条");
	}

	@Test
	void should_cap_the_base_and_the_years_for_a_wage_above_three_times_the_average() {
		CalcResult result = run("60000", "2010-11-01", "2025-11-01", "layoff", null);
		// 15 years of service, wage above the Beijing cap of 47,103: capped base × 12
		// months.
		assertThat(result.result()).isEqualTo(new BigDecimal("47103").multiply(new BigDecimal("12")).setScale(2));
		assertThat(result.parametersUsed()).singleElement().satisfies((p) -> {
			assertThat(p.value()).isEqualByComparingTo("47103");
			assertThat(p.publisher()).contains("北京");
		});
	}

	@Test
	void should_not_cap_the_years_when_the_wage_is_under_the_cap() {
		assertThat(run("9000", "2010-11-01", "2025-11-01", "layoff", null).result())
			.isEqualTo(new BigDecimal("135000.00"));
	}

	@Test
	void should_use_the_minimum_wage_when_the_average_is_below_it() {
		CalcResult result = run("2200", "2023-10-15", "2025-10-15", "mutual", null);
		assertThat(result.result()).isEqualTo(new BigDecimal("5080.00"));
		assertThat(result.legalBasis()).contains("《劳动合同法实施条例》第二十七条");
		assertThat(result.parametersUsed()).extracting(CalcResult.ParameterUsed::effectiveDate)
			.containsExactly("2025-09-01");
	}

	@Test
	void should_use_the_minimum_wage_in_force_when_the_job_ended() {
		// Ended in June 2025: the 2,420-yuan minimum of 2023-09-01 to 2025-08-31 applies.
		CalcResult result = run("2200", "2023-06-15", "2025-06-15", "mutual", null);
		assertThat(result.result()).isEqualTo(new BigDecimal("4840.00"));
		assertThat(result.parametersUsed()).extracting(CalcResult.ParameterUsed::effectiveDate)
			.containsExactly("2023-09-01");
	}

	@Test
	void should_double_for_unlawful_termination_with_nothing_on_top() {
		CalcResult result = run("8000", "2022-07-01", "2025-11-01", "unlawful", false);
		assertThat(result.result()).isEqualTo(new BigDecimal("56000.00"));
		assertThat(result.legalBasis()).contains("《劳动合同法》第八十七条", "《劳动合同法实施条例》第二十五条");
	}

	@ParameterizedTest
	@CsvSource({ "resignation", "misconduct", "renewal-refused", "part-time" })
	void should_owe_nothing_on_resignation_or_misconduct(String reason) {
		assertThat(run("8000", "2022-07-01", "2025-11-01", reason, null).result()).isEqualTo(BigDecimal.ZERO);
	}

	@ParameterizedTest(name = "{0}y {1}m {2}d -> {3}")
	@CsvSource({ "0,5,29,0.5", "0,6,0,1", "1,0,0,1", "1,0,1,1.5", "3,4,0,3.5", "2,7,0,3", "0,0,0,0" })
	void should_apply_the_six_month_and_half_month_rules(int years, int months, int days, String expected) {
		assertThat(SeveranceCalculator.serviceMonths(Period.of(years, months, days))).isEqualByComparingTo(expected);
	}

	@Test
	void should_reject_impossible_input_naming_the_field() {
		assertThatThrownBy(() -> run("-1", "2022-07-01", "2025-11-01", "layoff", null))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("monthlyWage"));
		assertThatThrownBy(() -> run("8000", "2025-07-01", "2022-11-01", "layoff", null))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("endDate"));
		assertThatThrownBy(() -> run("8000", "2022-07-01", "2031-11-01", "layoff", null))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> assertThat(e.field()).isEqualTo("endDate"));
		assertThatThrownBy(() -> run("8000", "2022-07-01", "2025-11-01", "fired", null))
			.isInstanceOfSatisfying(InvalidInputException.class, (e) -> {
				assertThat(e.field()).isEqualTo("reason");
				assertThat(e.chinese()).contains("layoff");
			});
	}

}
