package cn.bjzgh.rights.calc;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.bjzgh.rights.system.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * What a calculator is and takes, declared once.
 *
 * @param name the name in {@code /api/calc/{name}} (and, with underscores, the LLM tool's
 * name)
 * @param title what it calculates, in Chinese
 * @param titleEn the same in English
 * @param description what it does and by which rule, in Chinese, for the desk and the
 * model
 * @param fields its inputs, in the order of the input record's components
 */
public record CalculatorSpec(String name, String title, String titleEn, String description, List<Field> fields) {

	public CalculatorSpec {
		fields = List.copyOf(fields);
	}

	/**
	 * A complete example body: every field's example, in order. Shown in the API
	 * description and checked by a test to calculate.
	 */
	public Map<String, Object> example() {
		Map<String, Object> example = new LinkedHashMap<>();
		this.fields.stream().filter((f) -> f.example() != null).forEach((f) -> example.put(f.name(), f.example()));
		return example;
	}

	public Optional<Field> field(String fieldName) {
		return this.fields.stream().filter((f) -> f.name().equals(fieldName)).findFirst();
	}

	/** The declared field; for code that names its own calculator's fields. */
	public Field require(String fieldName) {
		return field(fieldName).orElseThrow(() -> new IllegalArgumentException(this.name + " has no " + fieldName));
	}

	/**
	 * Checks a JSON body: an object, with no undeclared property, each value as its field
	 * declares.
	 * @throws InvalidInputException naming the first field in error
	 */
	public void check(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException("body", "请求内容必须是 JSON 对象", "the body must be a JSON object");
		}
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			if (field(property.getKey()).isEmpty()) {
				throw new InvalidInputException(property.getKey(), "不认识的字段", "unknown field");
			}
		}
		this.fields.forEach((f) -> f.check(body.get(f.name())));
	}

	/**
	 * Fails unless the input record's components are the declared fields, in order and of
	 * their types: the declaration and the record cannot drift apart.
	 */
	void verify(Class<?> inputType) {
		RecordComponent[] components = inputType.getRecordComponents();
		List<String> declared = this.fields.stream()
			.map((f) -> f.name() + ":" + f.type().javaType().getSimpleName())
			.toList();
		List<String> actual = (components == null) ? List.of()
				: Arrays.stream(components).map((c) -> c.getName() + ":" + c.getType().getSimpleName()).toList();
		if (!declared.equals(actual)) {
			throw new IllegalStateException(
					"calculator " + this.name + " declares " + declared + " but its input record has " + actual);
		}
	}

}
