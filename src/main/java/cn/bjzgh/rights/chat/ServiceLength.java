package cn.bjzgh.rights.chat;

/** Length of service in months, as a worker says it. */
final class ServiceLength {

	private ServiceLength() {
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
