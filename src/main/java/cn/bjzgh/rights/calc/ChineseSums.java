package cn.bjzgh.rights.calc;

/** Sums said in Chinese numerals with their units, as workers say wages. */
final class ChineseSums {

	private ChineseSums() {
	}

	/**
	 * A sum in Chinese numerals with its units: 一万零八百七十五 10,875; a last digit right after
	 * a unit is the next unit down, as it is said (一万二 12,000, 八千五 8,500).
	 */
	static int of(String said) {
		int total = 0;
		int section = 0;
		int digit = 0;
		int lastUnit = 1;
		boolean zero = false;
		for (char c : said.toCharArray()) {
			int unit = switch (c) {
				case '万' -> 10000;
				case '千' -> 1000;
				case '百' -> 100;
				case '十' -> 10;
				default -> 0;
			};
			if (unit == 10000) {
				total += Math.max(section + digit, 1) * unit;
				section = 0;
			}
			else if (unit > 0) {
				section += Math.max(digit, 1) * unit;
			}
			else if (c == '零') {
				zero = true;
				continue;
			}
			else {
				digit = SpokenFigures.toInt(String.valueOf(c));
				continue;
			}
			digit = 0;
			lastUnit = unit;
			zero = false;
		}
		int tail = (zero || lastUnit == 1) ? digit : digit * lastUnit / 10;
		return total + section + tail;
	}

}
