package cn.bjzgh.rights.calc;

import java.util.List;

import tools.jackson.databind.JsonNode;

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
class CalcController {

	private final Calculators calculators;

	CalcController(Calculators calculators) {
		this.calculators = calculators;
	}

	@GetMapping("/api/calc")
	List<CalculatorSpec> list() {
		return this.calculators.all().stream().map(Calculator::spec).toList();
	}

	@PostMapping("/api/calc/{name}")
	CalcResult calculate(@PathVariable String name, @RequestBody JsonNode body) {
		return this.calculators.run(name, body);
	}

}
