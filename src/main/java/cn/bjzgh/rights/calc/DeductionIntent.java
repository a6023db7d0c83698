package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deduction for a loss out of a worker's words ("丢了个件 网点让我赔三千" … "最多能扣多少"):
 * something broken or lost, and a question how much of the wage may go to it.
 */
final class DeductionIntent {

	/** A loss the worker is made to pay for: something broken or lost. */
	private static final Pattern DAMAGE = Pattern.compile("坏|碎|丢|损失|赔");

	/** Asking how much of the wage may go to it ("最多能扣多少", "一次扣光"). */
	private static final Pattern DEDUCTION_ASK = Pattern
		.compile("扣[^，。,？?]{0,3}(多少|几)|扣光|扣完|一次(性)?(全)?扣|分几个月|最多(能|可以)?扣|每月(能|可以)?扣");

	/** The sum claimed for it: "让我赔三千", "扣我3000块". */
	private static final Pattern CLAIMED = Pattern
		.compile("(?:赔|扣|罚)(?:偿)?(?:我|俺)?(?:了)?\\s*([0-9]{3,}(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十]+)"
				+ "(?=\\s*(?:万|千|百|块|元)))\\s*(万|千|百)?");

	private DeductionIntent() {
	}

	/** The deduction the text asks about, with the wage if it names one. */
	static Optional<CalcIntent.Match> detect(String text, BigDecimal wage) {
		if (!DAMAGE.matcher(text).find() || !DEDUCTION_ASK.matcher(text).find()) {
			return Optional.empty();
		}
		return Optional.of((wage == null)
				? new CalcIntent.Match("deduction", null,
						List.of(DeductionCalculator.SPEC.require("monthlyWage").ask()))
				: new CalcIntent.Match("deduction", new DeductionCalculator.Input(wage, claimed(text), null),
						List.of()));
	}

	/** A sum taken every month, which is no total to pay off: "每个月扣我一千五". */
	private static final Pattern MONTHLY = Pattern.compile("每个?月\\s*$");

	/** A digit after the unit, as in 一千五 (1,500) or 两万三 (23,000). */
	private static final Pattern TENTH = Pattern.compile("^[一二两三四五六七八九](?![十百千万])");

	/**
	 * The sum claimed for a loss, or null when none is named or the sum is taken every
	 * month.
	 */
	private static BigDecimal claimed(String text) {
		Matcher m = CLAIMED.matcher(text);
		if (!m.find() || MONTHLY.matcher(text.substring(0, m.start())).find()) {
			return null;
		}
		BigDecimal value = m.group(1).matches("[0-9.]+") ? new BigDecimal(m.group(1))
				: new BigDecimal(SpokenFigures.toInt(m.group(1)));
		int unit = (m.group(2) == null) ? 1 : switch (m.group(2)) {
			case "万" -> 10000;
			case "千" -> 1000;
			default -> 100;
		};
		BigDecimal sum = value.multiply(new BigDecimal(unit));
		Matcher tenth = TENTH.matcher(text.substring(m.end()));
		if (unit > 1 && tenth.find()) {
			sum = sum.add(new BigDecimal(SpokenFigures.toInt(tenth.group()) * unit / 10));
		}
		return sum;
	}

}
