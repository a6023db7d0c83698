package cn.bjzgh.rights.calc;

/**
 * One calculator: a name for the URL, an input record validated with Bean Validation, and
 * the calculation.
 *
 * @param <I> the input record
 */
public interface Calculator<I> {

	/** The name in {@code /api/calc/{name}}. */
	String name();

	/** What it calculates, in Chinese. */
	String title();

	Class<I> inputType();

	CalcResult calculate(I input);

}
