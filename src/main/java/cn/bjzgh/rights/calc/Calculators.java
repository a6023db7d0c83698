package cn.bjzgh.rights.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.bjzgh.rights.system.InvalidInputException;

/** All calculators by name, with validation of their inputs. */
public class Calculators {

	private final Map<String, Calculator<?>> byName = new LinkedHashMap<>();

	private final Validator validator;

	public Calculators(List<Calculator<?>> calculators, Validator validator) {
		calculators.forEach((c) -> this.byName.put(c.name(), c));
		this.validator = validator;
	}

	public Optional<Calculator<?>> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	public List<Calculator<?>> all() {
		return List.copyOf(this.byName.values());
	}

	/**
	 * Validates the input (first problem as a bilingual error naming the field) and
	 * calculates.
	 */
	public <I> CalcResult run(Calculator<I> calculator, I input) {
		Set<ConstraintViolation<I>> violations = this.validator.validate(input);
		if (!violations.isEmpty()) {
			ConstraintViolation<I> v = violations.stream()
				.min(java.util.Comparator.comparing((ConstraintViolation<I> c) -> c.getPropertyPath().toString()))
				.orElseThrow();
			String message = v.getMessage();
			int slash = message.indexOf(" / ");
			String zh = (slash < 0) ? message : message.substring(0, slash);
			String en = (slash < 0) ? message : message.substring(slash + 3);
			throw new InvalidInputException(v.getPropertyPath().toString(), zh, en);
		}
		return calculator.calculate(input);
	}

	@SuppressWarnings("unchecked")
	public <I> CalcResult runUnchecked(Calculator<?> calculator, Object input) {
		return run((Calculator<I>) calculator, (I) input);
	}

}
