package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a calculator returns.
 *
 * @param calculator the calculator's name, e.g. severance
 * @param title what was calculated, in Chinese
 * @param result the number asked for
 * @param unit 元, 天 or 个月; for a date, 日期
 * @param resultText the result as a sentence a worker can read
 * @param breakdown the steps, each with its formula and number
 * @param assumptions what was assumed, and what the calculation does not cover
 * @param legalBasis the provisions applied
 * @param parametersUsed the yearly figures used, each with its effective date and
 * publisher
 */
public record CalcResult(String calculator, String title, Object result, String unit, String resultText,
		List<Step> breakdown, List<String> assumptions, List<String> legalBasis, List<ParameterUsed> parametersUsed) {

	/** One step of the calculation. */
	public record Step(String label, String formula, String value) {
	}

	/** A yearly figure read from the parameters file. */
	public record ParameterUsed(String figure, BigDecimal value, String effectiveDate, String publisher) {
	}

	/** Starts a result of this calculator, steps and basis to follow. */
	public static Builder of(Calculator<?> calculator) {
		return new Builder(calculator.name(), calculator.title());
	}

	/**
	 * Collects a calculation's steps, assumptions, provisions (each once, in the order
	 * first cited) and yearly figures, so each calculator states only its rule.
	 */
	public static final class Builder {

		private final String calculator;

		private final String title;

		private final List<Step> steps = new ArrayList<>();

		private final List<String> assumptions = new ArrayList<>();

		private final Set<String> basis = new LinkedHashSet<>();

		private final List<ParameterUsed> used = new ArrayList<>();

		private Builder(String calculator, String title) {
			this.calculator = calculator;
			this.title = title;
		}

		public Builder step(String label, String formula, String value) {
			this.steps.add(new Step(label, formula, value));
			return this;
		}

		public Builder assume(String assumption) {
			this.assumptions.add(assumption);
			return this;
		}

		public Builder basis(String... provisions) {
			this.basis.addAll(List.of(provisions));
			return this;
		}

		public Builder used(ParameterUsed figure) {
			this.used.add(figure);
			return this;
		}

		/**
		 * The result; {@code text} is the sentence a worker reads, its full stop added
		 * here.
		 */
		public CalcResult result(Object result, String unit, String text) {
			return new CalcResult(this.calculator, this.title, result, unit, text + "。", List.copyOf(this.steps),
					List.copyOf(this.assumptions), List.copyOf(this.basis), List.copyOf(this.used));
		}

	}

	/**
	 * The result, breakdown and basis as plain text, the way the chat answer leads with
	 * it.
	 */
	public String toText() {
		StringBuilder sb = new StringBuilder("【计算结果】").append(this.resultText).append('\n');
		for (Step step : this.breakdown) {
			sb.append("- ").append(step.label()).append("：").append(step.formula());
			if (step.value() != null && !step.value().isEmpty() && !step.formula().endsWith(step.value())) {
				sb.append(" = ").append(step.value());
			}
			sb.append('\n');
		}
		if (!this.assumptions.isEmpty()) {
			sb.append("说明：").append(String.join("；", this.assumptions)).append('\n');
		}
		sb.append("计算依据：").append(String.join("、", this.legalBasis));
		return sb.toString();
	}

}
