package cn.bjzgh.rights.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The topic a knowledge file belongs to; the desk filters by it. */
public enum Category {

	CONTRACT("contract", "劳动合同"), PROBATION("probation", "试用期"), WAGES("wages", "工资"), HOURS("hours", "工时与加班"),
	LEAVE("leave", "休息休假"), SOCIAL_INSURANCE("social-insurance", "社会保险"), INJURY("injury", "工伤"),
	DISMISSAL("dismissal", "解除与终止"), DISPUTE("dispute", "劳动争议"), PLATFORM_WORK("platform-work", "新就业形态"),
	SPECIAL_GROUPS("special-groups", "特殊群体"), UNION_SERVICES("union-services", "工会服务");

	private final String key;

	private final String label;

	Category(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return this.key;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Category> fromKey(String key) {
		return Arrays.stream(values()).filter((c) -> c.key.equals(key)).findFirst();
	}

}
