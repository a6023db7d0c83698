package cn.bjzgh.rights.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.SpokenFigures;

/** Length of service in months, as a worker says it. */
final class ServiceLength {

	/** A length told of an earlier job: "之前在别的厂干了八年", "上一家干了三年". */
	private static final Pattern EARLIER_JOB = Pattern
		.compile("(之前|以前|原来|早先|过去)(在|那)|上一家|前一家|上家|前东家|别的(厂|公司|单位|地方)|别家|在外地干");

	/** A whole working life: "参加工作十五年了", "工龄二十年", "总共干了八年". */
	private static final Pattern CAREER = Pattern.compile("参加工作|工龄|总共|一共|累计|前后|(?<!这)(?<!这个)工作(了)?[^，。,在]{0,3}年");

	/** This employer, named: "这个单位干了四年", "在这家才两年". */
	private static final Pattern HERE = Pattern.compile("这个?(单位|公司|厂|店|家)|本单位|现在的?(单位|公司|厂)|在这");

	private ServiceLength() {
	}

	/**
	 * A working life told with the time at this employer ("我参加工作十五年了 这个单位干了四年", "工作二十年了
	 * 在这个公司才两年"): the months here and the months before, or null when the text does not
	 * tell both.
	 */
	static int[] hereAndBefore(String text) {
		Matcher career = CAREER.matcher(text);
		Matcher here = HERE.matcher(text);
		if (!career.find() || !here.find() || here.start() < career.start()) {
			return apart(text);
		}
		int[] all = SpokenFigures.service(text.substring(0, here.start()));
		int[] local = SpokenFigures.service(text.substring(here.start()));
		if (all == null || local == null) {
			return null;
		}
		int hereMonths = local[0] * 12 + local[1];
		return new int[] { hereMonths, Math.max(0, all[0] * 12 + all[1] - hereMonths) };
	}

	/**
	 * The time here and the time at an earlier job told apart in one message, in either
	 * order ("我在这干了六年 之前在别的单位干了五年", "以前在别的厂干了三年 现在这个厂两年了"): the months of each, or null
	 * unless the text tells both.
	 */
	private static int[] apart(String text) {
		Matcher earlier = EARLIER_JOB.matcher(text);
		if (!earlier.find()) {
			return null;
		}
		Matcher here = HERE.matcher(text);
		boolean hereAfter = here.find(earlier.end());
		String hereText = hereAfter ? text.substring(here.start()) : text.substring(0, earlier.start());
		String beforeText = hereAfter ? text.substring(earlier.start(), here.start()) : text.substring(earlier.start());
		int[] local = SpokenFigures.service(hereText);
		int[] before = SpokenFigures.service(beforeText);
		return (local == null || before == null) ? null
				: new int[] { local[0] * 12 + local[1], before[0] * 12 + before[1] };
	}

	/** Whether the text tells how long an earlier job lasted rather than this one. */
	static boolean atEarlierJob(String text) {
		return EARLIER_JOB.matcher(text).find();
	}

	/** 52 → 4年4个月; 12 → 1年; 5 → 5个月. */
	static String words(int months) {
		int years = months / 12;
		int rest = months % 12;
		if (years == 0) {
			return rest + "个月";
		}
		return years + "年" + ((rest == 0) ? "" : rest + "个月");
	}

}
