package cn.bjzgh.rights;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures read from a service's {@code /actuator/prometheus} text. */
public final class Prometheus {

	private Prometheus() {
	}

	/** The sum of the values of the samples whose line starts with the pattern. */
	public static double sum(String metrics, String linePrefix) {
		Matcher m = sample(metrics, linePrefix);
		double total = 0;
		while (m.find()) {
			total += Double.parseDouble(m.group(1));
		}
		return total;
	}

	/** The largest value among the samples whose line starts with the pattern. */
	public static double max(String metrics, String linePrefix) {
		Matcher m = sample(metrics, linePrefix);
		double max = 0;
		while (m.find()) {
			max = Math.max(max, Double.parseDouble(m.group(1)));
		}
		return max;
	}

	private static Matcher sample(String metrics, String linePrefix) {
		return Pattern.compile("(?m)^" + linePrefix + ".* ([0-9.eE+-]+)$").matcher(metrics);
	}

}
