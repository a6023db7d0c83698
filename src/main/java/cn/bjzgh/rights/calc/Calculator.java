package cn.bjzgh.rights.calc;

/**
 * One calculator: its declaration (name, titles, inputs), the input record the
 * declaration binds to, and the calculation. {@link Calculators} finds every calculator
 * bean, checks the record against the declaration and validates input by it, so adding a
 * calculator is one class and its test.
 *
 * @param <I> the input record; its components are the declared fields, in order
 */
public interface Calculator<I> {

	CalculatorSpec spec();

	Class<I> inputType();

	/** Calculates from input already checked against {@link #spec()}. */
	CalcResult calculate(I input);

	/** The name in {@code /api/calc/{name}}. */
	default String name() {
		return spec().name();
	}

	/** What it calculates, in Chinese. */
	default String title() {
		return spec().title();
	}

}
