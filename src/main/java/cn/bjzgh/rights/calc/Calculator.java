package cn.bjzgh.rights.calc;

/**
 * One calculator: its declaration (name, titles, inputs), the input record the
 * declaration binds to, and the calculation. {@link Calculators} finds every calculator
 * bean, checks the record against the declaration and validates input by it, so adding a
 * calculator is one class and its test.
 *
 * @param <I> the input record; its components are the declared fields, in order
 */
public abstract class Calculator<I> {

	private final CalculatorSpec spec;

	private final Class<I> inputType;

	protected Calculator(CalculatorSpec spec, Class<I> inputType) {
		this.spec = spec;
		this.inputType = inputType;
	}

	public final CalculatorSpec spec() {
		return this.spec;
	}

	public final Class<I> inputType() {
		return this.inputType;
	}

	/** The name in {@code /api/calc/{name}}. */
	public final String name() {
		return this.spec.name();
	}

	/** What it calculates, in Chinese. */
	public final String title() {
		return this.spec.title();
	}

	/** Calculates from input already checked against {@link #spec()}. */
	public abstract CalcResult calculate(I input);

}
