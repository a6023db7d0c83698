package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic for yuan: full precision in between, rounded to the fen only
 * at the end.
 */
final class Money {

	static final MathContext MC = MathContext.DECIMAL64;

	/** Days used to turn a monthly wage into a daily one (人社部发〔2025〕2号). */
	static final BigDecimal MONTHLY_WORKING_DAYS = new BigDecimal("21.75");

	static final BigDecimal HOURS_PER_DAY = new BigDecimal("8");

	private Money() {
	}

	static BigDecimal yuan(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	static String format(BigDecimal value) {
		BigDecimal rounded = yuan(value);
		return (rounded.stripTrailingZeros().scale() <= 0)
				? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : rounded.toPlainString();
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static BigDecimal dailyWage(BigDecimal monthly) {
		return monthly.divide(MONTHLY_WORKING_DAYS, MC);
	}

	static BigDecimal hourlyWage(BigDecimal monthly) {
		return dailyWage(monthly).divide(HOURS_PER_DAY, MC);
	}

}
