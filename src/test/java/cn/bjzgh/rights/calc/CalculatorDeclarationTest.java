package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.List;

import cn.bjzgh.rights.system.InvalidInputException;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each calculator is declared once: the declaration matches its input record, its
 * examples are valid input, and the REST check and the LLM tools both follow it.
 */
class CalculatorDeclarationTest {

	final Calculators calculators = CalculatorFixtures.calculators();

	final CalculatorTools tools = new CalculatorTools(this.calculators, JsonMapper.shared());

	@Test
	void every_field_has_both_labels_help_or_an_example_and_a_valid_example() {
		for (Calculator<?> calculator : this.calculators.all()) {
			CalculatorSpec spec = calculator.spec();
			assertThat(spec.title()).as(spec.name()).containsPattern("[\\u4e00-\\u9fa5]");
			assertThat(spec.titleEn()).as(spec.name()).isNotBlank();
			assertThat(spec.description()).as(spec.name()).isNotBlank();
			ObjectNode body = JsonMapper.shared().createObjectNode();
			for (Field field : spec.fields()) {
				assertThat(field.label()).as(field.name()).containsPattern("[\\u4e00-\\u9fa5]");
				assertThat(field.labelEn()).as(field.name()).isNotBlank();
				assertThat(field.example()).as(spec.name() + "." + field.name() + " example").isNotNull();
				body.set(field.name(), JsonMapper.shared().valueToTree(field.example()));
				field.check(body.get(field.name()));
			}
		}
	}

	@Test
	void should_calculate_every_calculators_example() {
		for (Calculator<?> calculator : this.calculators.all()) {
			CalcResult result = this.calculators.run(calculator.name(),
					JsonMapper.shared().valueToTree(calculator.spec().example()));
			assertThat(result.calculator()).isEqualTo(calculator.name());
			assertThat(result.legalBasis()).as(calculator.name()).isNotEmpty();
		}
	}

	@Test
	void the_severance_example_is_the_one_in_the_readme() {
		assertThat(JsonMapper.shared().writeValueAsString(SeveranceCalculator.SPEC.example())).isEqualTo(
				"{\"monthlyWage\":8000,\"startDate\":\"2022-07-01\",\"endDate\":\"2025-11-01\",\"reason\":\"art40\","
						+ "\"noticeGiven\":true,\"lastMonthWage\":8200}");
	}

	/** A calculator whose record lacks a declared field. */
	record Broken(BigDecimal monthlyWage) {
	}

	@Test
	void should_refuse_a_calculator_whose_record_and_declaration_differ() {
		Calculator<Broken> broken = new Calculator<>(
				new CalculatorSpec("broken", "坏的", "broken", "测试",
						List.of(Field.money("monthlyWage", "月工资", "wage"), Field.integer("year", "年份", "year", ""))),
				Broken.class) {
			@Override
			public CalcResult calculate(Broken input) {
				throw new UnsupportedOperationException();
			}
		};
		assertThatThrownBy(() -> new Calculators(List.of(broken), JsonMapper.shared()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("year:Integer");
	}

	@Test
	void fields_refuse_what_their_declaration_does_not_allow() {
		Field wage = Field.money("monthlyWage", "月工资", "monthly wage").asRequired();
		assertThatThrownBy(() -> wage.check(null)).isInstanceOfSatisfying(InvalidInputException.class,
				(e) -> assertThat(e.chinese()).isEqualTo("请填写月工资"));
		assertThatThrownBy(() -> wage.check(JsonMapper.shared().valueToTree(-1)))
			.hasMessageContaining("monthlyWage must be positive");
		assertThatThrownBy(() -> wage.check(JsonMapper.shared().valueToTree("8000")))
			.hasMessageContaining("must be a number");
		Field babies = Field.integer("babies", "婴儿数", "babies", "个").between("1", "8");
		assertThatThrownBy(() -> babies.check(JsonMapper.shared().valueToTree(1.5)))
			.hasMessageContaining("whole number");
		assertThatThrownBy(() -> babies.check(JsonMapper.shared().valueToTree(9))).hasMessageContaining("at most 8");
		Field date = Field.date("startDate", "入职日期", "first day");
		assertThatThrownBy(() -> date.check(JsonMapper.shared().valueToTree("2025-02-30")))
			.hasMessageContaining("YYYY-MM-DD");
		Field kind = Field.choice("kind", "类型", "kind", List.of(new Field.Choice("birth", "生育")));
		assertThatThrownBy(() -> kind.check(JsonMapper.shared().valueToTree("twins")))
			.hasMessageContaining("must be one of birth");
	}

	@Test
	void tools_are_described_from_the_declarations() {
		List<ToolSpecification> specs = this.tools.specifications();
		assertThat(specs).extracting(ToolSpecification::name)
			.containsExactly("severance", "overtime", "annual_leave", "double_wage", "probation", "maternity",
					"arbitration_deadline", "disability", "deduction", "arrears");
		ToolSpecification severance = specs.get(0);
		assertThat(severance.parameters().required()).containsExactly("monthlyWage", "startDate", "endDate", "reason");
		assertThat(severance.parameters().properties().get("monthlyWage")).isInstanceOfSatisfying(
				JsonNumberSchema.class, (s) -> assertThat(s.description()).contains("离职前12个月的平均月工资（元）"));
		assertThat(severance.parameters().properties().get("reason")).isInstanceOfSatisfying(JsonEnumSchema.class,
				(s) -> assertThat(s.enumValues()).contains("layoff", "art40", "unlawful"));
	}

	@Test
	void a_tool_call_is_checked_like_a_rest_request_and_reads_numbers_sent_as_text() {
		CalculatorTools.Outcome ok = this.tools.execute(ToolExecutionRequest.builder()
			.name("severance")
			.arguments("{\"monthlyWage\":\"8000\",\"startDate\":\"2022-01-01\",\"endDate\":\"2025-01-01\","
					+ "\"reason\":\"layoff\"}")
			.build());
		assertThat(ok.result()).isNotNull();
		assertThat(ok.text()).contains("经济补偿约 24000 元");
		CalculatorTools.Outcome bad = this.tools.execute(ToolExecutionRequest.builder()
			.name("overtime")
			.arguments("{\"monthlyWage\":-6000,\"workdayHours\":10}")
			.build());
		assertThat(bad.result()).isNull();
		assertThat(bad.text()).startsWith("无法计算：monthlyWage 月工资必须大于0");
	}

}
