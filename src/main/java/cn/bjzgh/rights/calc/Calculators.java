package cn.bjzgh.rights.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.bjzgh.rights.system.InvalidInputException;
import cn.bjzgh.rights.system.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * All calculators by name. Every input, whether a REST body, a model's tool call or
 * numbers read from a chat message, is checked against the calculator's declaration
 * before it is calculated, so the three paths accept and refuse the same things.
 */
public class Calculators {

	private final Map<String, Calculator<?>> byName = new LinkedHashMap<>();

	private final ObjectMapper json;

	/**
	 * @throws IllegalStateException when a calculator's input record does not match its
	 * declaration, or two share a name
	 */
	public Calculators(List<Calculator<?>> calculators, ObjectMapper json) {
		for (Calculator<?> calculator : calculators) {
			calculator.spec().verify(calculator.inputType());
			if (this.byName.put(calculator.name(), calculator) != null) {
				throw new IllegalStateException("two calculators are named " + calculator.name());
			}
		}
		this.json = json;
	}

	public Optional<Calculator<?>> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	public List<Calculator<?>> all() {
		return List.copyOf(this.byName.values());
	}

	/**
	 * Checks a JSON body against the named calculator's declaration, binds it and
	 * calculates.
	 * @throws NotFoundException when there is no calculator of that name
	 * @throws InvalidInputException naming the first field in error
	 */
	public CalcResult run(String name, JsonNode body) {
		Calculator<?> calculator = find(name).orElseThrow(() -> new NotFoundException("unknown_calculator",
				"没有名为 " + name + " 的计算器", "there is no calculator named " + name));
		return bindAndRun(calculator, body);
	}

	/** Checks a typed input against the declaration, then calculates. */
	public <I> CalcResult run(Calculator<I> calculator, I input) {
		calculator.spec().check(this.json.valueToTree(input));
		return calculator.calculate(input);
	}

	private <I> CalcResult bindAndRun(Calculator<I> calculator, JsonNode body) {
		calculator.spec().check(body);
		I input;
		try {
			input = this.json.treeToValue(body, calculator.inputType());
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "请求内容无法读取", "the body cannot be read");
		}
		return calculator.calculate(input);
	}

	@SuppressWarnings("unchecked")
	public <I> CalcResult runUnchecked(Calculator<?> calculator, Object input) {
		return run((Calculator<I>) calculator, (I) input);
	}

}
