package cn.bjzgh.rights.calc;

import cn.bjzgh.rights.system.SecurityTestImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(CalcController.class)
@Import({ CalcControllerTest.RealCalculators.class, SecurityTestImports.class })
class CalcControllerTest {

	@TestConfiguration
	static class RealCalculators {

		@Bean
		Calculators calculators() {
			return CalculatorFixtures.calculators();
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void should_return_result_breakdown_basis_and_parameters() {
		assertThat(this.mvc.post()
			.uri("/api/calc/severance")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"monthlyWage\":2200,\"startDate\":\"2023-10-15\",\"endDate\":\"2025-10-15\",\"reason\":\"mutual\"}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.result").isEqualTo(5080.0);
				json.assertThat().extractingPath("$.unit").isEqualTo("元");
				json.assertThat().extractingPath("$.breakdown").asArray().isNotEmpty();
				json.assertThat().extractingPath("$.legalBasis").asArray().contains("《劳动合同法》第四十七条");
				json.assertThat().extractingPath("$.parametersUsed[0].effectiveDate").isEqualTo("2025-09-01");
				json.assertThat().extractingPath("$.parametersUsed[0].publisher").asString().contains("北京市人力资源和社会保障局");
			});
	}

	@Test
	void should_list_the_calculators_with_their_declared_inputs() {
		assertThat(this.mvc.get().uri("/api/calc")).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat()
				.extractingPath("$[*].name")
				.asArray()
				.containsExactly("severance", "overtime", "annual-leave", "double-wage", "probation", "maternity",
						"arbitration-deadline", "disability", "deduction", "arrears");
			json.assertThat().extractingPath("$[0].fields[0].name").isEqualTo("monthlyWage");
			json.assertThat().extractingPath("$[0].fields[0].label").isEqualTo("离职前12个月的平均月工资");
			json.assertThat().extractingPath("$[0].fields[0].labelEn").asString().isNotBlank();
			json.assertThat().extractingPath("$[0].fields[0].type").isEqualTo("MONEY");
			json.assertThat().extractingPath("$[0].fields[0].unit").isEqualTo("元");
			json.assertThat().extractingPath("$[0].fields[0].required").isEqualTo(true);
			json.assertThat().extractingPath("$[0].fields[3].choices[0].value").isEqualTo("layoff");
			json.assertThat().extractingPath("$[0].fields[3].choices[0].label").isEqualTo("经济性裁员");
		});
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "overtime|{\"monthlyWage\":-6000,\"workdayHours\":10}|monthlyWage",
			"overtime|{\"workdayHours\":10}|monthlyWage", "overtime|{\"monthlyWage\":\"lots\"}|monthlyWage",
			"severance|{\"monthlyWage\":8000,\"startDate\":\"2025-01-01\",\"endDate\":\"2024-01-01\",\"reason\":\"layoff\"}|endDate",
			"severance|{\"monthlyWage\":8000,\"startDate\":\"2025-01-01\",\"endDate\":\"2099-01-01\",\"reason\":\"layoff\"}|endDate",
			"severance|{\"monthlyWage\":8000,\"startDate\":\"2025-13-45\",\"endDate\":\"2026-01-01\",\"reason\":\"layoff\"}|startDate",
			"double-wage|{\"startDate\":\"2030-01-01\"}|startDate",
			"probation|{\"contractType\":\"forever\"}|contractType", "overtime|[1,2]|body" })
	void should_reject_missing_or_impossible_input_naming_the_field(String name, String body, String field) {
		assertThat(this.mvc.post().uri("/api/calc/" + name).contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.errors[0].field").isEqualTo(field);
				json.assertThat().extractingPath("$.message_zh").asString().containsPattern("[\\u4e00-\\u9fa5]");
				json.assertThat().extractingPath("$.message_en").asString().isNotBlank();
			});
	}

	@Test
	void should_answer_404_for_an_unknown_calculator() {
		assertThat(this.mvc.post().uri("/api/calc/lottery").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(404)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unknown_calculator");
	}

}
