package cn.bjzgh.rights.calc;

import java.util.List;

import tools.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/calc/{name}} runs a calculator; {@code GET /api/calc} lists them with
 * their declared inputs, from which the desk draws its forms.
 */
@RestController
@Tag(name = "calc")
class CalcController {

	private final Calculators calculators;

	CalcController(Calculators calculators) {
		this.calculators = calculators;
	}

	@Operation(summary = "列出计算器和它们的输入 / List the calculators and their inputs",
			description = "每个输入的中英文名称、类型、单位、范围、可选值、说明和示例；值班台据此画表单。"
					+ " Each input's labels, type, unit, bounds, allowed values, help and example; the desk draws its forms from it.")
	@GetMapping("/api/calc")
	List<CalculatorSpec> list() {
		return this.calculators.all().stream().map(Calculator::spec).toList();
	}

	@Operation(summary = "计算 / Calculate", description = "结果、每一步的算式、前提、法律依据和所用的北京年度数字。输入不对时 400 指出字段。"
			+ " The result, every step, assumptions, legal basis and the yearly figures used; bad input is a 400 naming the field.")
	@PostMapping("/api/calc/{name}")
	CalcResult calculate(@PathVariable String name, @RequestBody JsonNode body) {
		return this.calculators.run(name, body);
	}

}
