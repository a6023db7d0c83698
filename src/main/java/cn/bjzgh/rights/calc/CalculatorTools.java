package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.List;

import cn.bjzgh.rights.system.InvalidInputException;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calculators as LangChain4j tools for the LLM, described from their declarations
 * (one tool per calculator, one parameter per field). A tool call is checked and run like
 * a REST request; the result comes back with its breakdown and legal basis as text for
 * the model to quote, and bad arguments as a message naming the field, so the model can
 * ask the worker instead of guessing.
 */
public class CalculatorTools {

	/** What one tool call produced: the text for the model, and the result if any. */
	public record Outcome(String text, CalcResult result) {
	}

	private final Calculators calculators;

	private final ObjectMapper json;

	private final List<ToolSpecification> specifications;

	public CalculatorTools(Calculators calculators, ObjectMapper json) {
		this.calculators = calculators;
		this.json = json;
		this.specifications = calculators.all().stream().map((c) -> specification(c.spec())).toList();
	}

	public List<ToolSpecification> specifications() {
		return this.specifications;
	}

	/** Runs the calculator a tool call names, with its arguments. */
	public Outcome execute(ToolExecutionRequest request) {
		String name = request.name().replace('_', '-');
		try {
			Calculator<?> calculator = this.calculators.find(name)
				.orElseThrow(() -> new InvalidInputException("name", "没有这个计算器", "no such calculator"));
			CalcResult result = this.calculators.run(name, arguments(calculator.spec(), request.arguments()));
			return new Outcome(result.toText(), result);
		}
		catch (InvalidInputException ex) {
			return new Outcome("无法计算：" + ex.field() + " " + ex.chinese() + "。请向职工询问正确的数字后再算，不要自己估算。", null);
		}
	}

	/**
	 * The arguments as a JSON object; numbers a model sent as text ("8000") are read as
	 * numbers, the one leniency a REST client does not get.
	 */
	private JsonNode arguments(CalculatorSpec spec, String arguments) {
		JsonNode node;
		try {
			node = this.json.readTree((arguments == null || arguments.isBlank()) ? "{}" : arguments);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("arguments", "参数不是有效的 JSON", "the arguments are not valid JSON");
		}
		if (node instanceof ObjectNode object) {
			for (Field field : spec.fields()) {
				JsonNode value = object.get(field.name());
				boolean numeric = field.type() == Field.Type.MONEY || field.type() == Field.Type.NUMBER
						|| field.type() == Field.Type.INTEGER;
				if (numeric && value != null && value.isString()
						&& value.asString().strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
					object.put(field.name(), new BigDecimal(value.asString().strip()));
				}
			}
		}
		return node;
	}

	static ToolSpecification specification(CalculatorSpec spec) {
		JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
		for (Field field : spec.fields()) {
			parameters.addProperty(field.name(), schema(field));
		}
		parameters.required(spec.fields().stream().filter(Field::required).map(Field::name).toList());
		return ToolSpecification.builder()
			.name(spec.name().replace('-', '_'))
			.description(spec.title() + "：" + spec.description())
			.parameters(parameters.build())
			.build();
	}

	private static JsonSchemaElement schema(Field field) {
		String description = field.describe();
		return switch (field.type()) {
			case MONEY, NUMBER -> JsonNumberSchema.builder().description(description).build();
			case INTEGER -> JsonIntegerSchema.builder().description(description).build();
			case BOOLEAN -> JsonBooleanSchema.builder().description(description).build();
			case DATE -> JsonStringSchema.builder().description(description).build();
			case CHOICE -> JsonEnumSchema.builder()
				.enumValues(field.choices().stream().map(Field.Choice::value).toList())
				.description(description)
				.build();
		};
	}

}
