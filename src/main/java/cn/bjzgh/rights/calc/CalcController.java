package cn.bjzgh.rights.calc;

import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.system.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/calc/{name}} runs a calculator; {@code GET /api/calc} lists them. */
@RestController
class CalcController {

	private final Calculators calculators;

	private final ObjectMapper json;

	CalcController(Calculators calculators, ObjectMapper json) {
		this.calculators = calculators;
		this.json = json;
	}

	@GetMapping("/api/calc")
	List<Map<String, Object>> list() {
		return this.calculators.all()
			.stream()
			.map((c) -> Map.<String, Object>of("name", c.name(), "title", c.title(), "inputs",
					java.util.Arrays.stream(c.inputType().getRecordComponents())
						.map(java.lang.reflect.RecordComponent::getName)
						.toList()))
			.toList();
	}

	@PostMapping("/api/calc/{name}")
	CalcResult calculate(@PathVariable String name, @RequestBody JsonNode body) {
		Calculator<?> calculator = this.calculators.find(name)
			.orElseThrow(() -> new NotFoundException("unknown_calculator", "没有名为 " + name + " 的计算器",
					"there is no calculator named " + name));
		if (body == null || !body.isObject()) {
			throw new cn.bjzgh.rights.system.InvalidInputException("body", "请求内容必须是 JSON 对象",
					"the body must be a JSON object");
		}
		Object input;
		try {
			input = this.json.treeToValue(body, calculator.inputType());
		}
		catch (UnrecognizedPropertyException ex) {
			throw new cn.bjzgh.rights.system.InvalidInputException(ex.getPropertyName(), "不认识的字段", "unknown field");
		}
		catch (MismatchedInputException ex) {
			String field = ex.getPath().isEmpty() ? "body" : ex.getPath().get(0).getPropertyName();
			throw new cn.bjzgh.rights.system.InvalidInputException(field, "格式不正确（数字写数字，日期写 YYYY-MM-DD）",
					"has the wrong format (numbers as numbers, dates as YYYY-MM-DD)");
		}
		catch (JacksonException ex) {
			throw new cn.bjzgh.rights.system.InvalidInputException("body", "请求内容无法读取", "the body cannot be read");
		}
		return this.calculators.runUnchecked(calculator, input);
	}

}
