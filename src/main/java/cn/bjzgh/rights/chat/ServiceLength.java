package cn.bjzgh.rights.chat;

import java.util.regex.Pattern;

/** Length of service in months, as a worker says it. */
final class ServiceLength {

	/** A length told of an earlier job: "之前在别的厂干了八年", "上一家干了三年". */
	private static final Pattern EARLIER_JOB = Pattern
		.compile("(之前|以前|原来|早先|过去)(在|那)|上一家|前一家|上家|前东家|别的(厂|公司|单位|地方)|别家|在外地干");

	private ServiceLength() {
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
