package cn.bjzgh.rights.chat;

/**
 * A fact a worker can give about their case, with the words a volunteer would write on
 * the case card. Values are kept as plain strings (an amount, a number of months,
 * {@code true}) so a case file can be stored anywhere.
 */
enum Fact {

	/** Monthly wage in yuan. */
	WAGE("月工资"),
	/** Length of service in months. */
	SERVICE_MONTHS("工作时间"),
	/** 北京 or 外地. */
	CITY("地点"),
	/** signed, unsigned or expired. */
	CONTRACT("劳动合同"),
	/** Number of fixed-term contracts signed in a row. */
	FIXED_TERMS("固定期限合同次数"), LAYOFF("单位裁员"), DISMISSED("被辞退或开除"), MUTUAL("单位提出协商解除"), NOT_RENEWED("合同到期单位不续签"),
	NO_NOTICE("没有提前通知"), UNPAID_WAGES("欠薪或不发工资"), NO_SOCIAL_INSURANCE("单位没有缴社保"), RESIGNING("职工想辞职或已辞职"),
	PREGNANT("怀孕、产期或哺乳期"), INJURED("受伤或工伤"), PLATFORM("平台或外卖、快递等灵活用工"), HEADCOUNT("涉及人数"), OVERTIME_HOURS("加班时间"),
	OVERTIME_DAY("加班的日子"), MISCONDUCT_ALLEGED("单位说职工违纪或不符合录用条件"),
	/** The employer ended the job without giving any ground ("没给任何说法"). */
	NO_GROUND_GIVEN("单位没说辞退理由"),
	/** The worker calls the ending unlawful ("公司违法辞退我"), not asking whether it is. */
	CALLED_UNLAWFUL("职工说是违法辞退"),
	/**
	 * The contract ran out and the worker would not renew on the terms kept or bettered.
	 */
	RENEWAL_REFUSED("单位按原条件续签、职工不愿续"),
	/** The workplace moves to another place. */
	RELOCATION("单位搬迁"),
	/** How far along a pregnancy is, in whole months ("怀孕五个月了", "孕28周"). */
	PREGNANCY_MONTHS("怀孕月数"),
	/** The worker's age in years, as told ("六十二了", "58岁"). */
	AGE("年龄"),
	/** Hours worked a day, when longer than the standard eight ("一天干十二个小时"). */
	DAY_HOURS("每天工作时间"),
	/** Days off a month, one decimal ("一个月休两天"; a week's days off times 52 ÷ 12). */
	DAYS_OFF("每月休息天数"),
	/** The disability grade of a work injury, 1 to 10. */
	DISABILITY_GRADE("伤残等级"),
	/**
	 * family (hired by a household directly) or agency (sent by a domestic-service
	 * company).
	 */
	HOUSEHOLD("给家庭干活（保姆、家政）"),
	/**
	 * Part-time work (非全日制, told as 小时工 or 钟点工): either side may end it at any time and
	 * nothing is owed for it (Labour Contract Law Art. 71).
	 */
	PART_TIME("非全日制用工（小时工）"),
	/** The employer closes down, and with it the job ends. */
	CLOSURE("单位倒闭或关门"),
	/** When the job ended, in the worker's words ("去年三月", "离职一年半"). */
	ENDED_WHEN("离开单位的时间"),
	/** The worker is, or was when the job ended, still on probation. */
	PROBATION("在试用期"),
	/**
	 * Months worked for earlier employers ("之前在别的厂干了八年"): they count for annual leave,
	 * not for severance.
	 */
	PRIOR_SERVICE_MONTHS("以前单位的工作时间"),
	/** When the job began, in the worker's words ("去年五月"). */
	STARTED_WHEN("入职时间"),
	/** Wages owed: months ("3个月") or a sum in yuan ("15000元"). */
	OWED("被欠的工资");

	private final String label;

	Fact(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/** The fact as a volunteer reads it, e.g. 月工资：12000元. */
	String describe(String value) {
		return switch (this) {
			case WAGE -> "月工资：" + value + "元";
			case SERVICE_MONTHS -> "工作时间：" + ServiceLength.words(Integer.parseInt(value));
			case PRIOR_SERVICE_MONTHS -> "以前单位的工作时间：" + ServiceLength.words(Integer.parseInt(value));
			case CITY -> "地点：" + value;
			case CONTRACT -> switch (value) {
				case "unsigned" -> "没有签书面劳动合同";
				case "expired" -> "劳动合同已到期";
				default -> "签了劳动合同";
			};
			case FIXED_TERMS -> "已连续签" + value + "次固定期限合同";
			case HEADCOUNT -> "涉及人数：约" + value + "人";
			case AGE -> "年龄：" + value + "岁";
			case PREGNANCY_MONTHS -> "怀孕：" + value + "个月";
			case DISABILITY_GRADE -> "伤残等级：" + value + "级";
			case ENDED_WHEN -> "离开单位的时间：" + value;
			case STARTED_WHEN -> "入职时间：" + value;
			case OWED -> "被欠的工资：" + value;
			case HOUSEHOLD -> "agency".equals(value) ? "家政公司派去家庭干活" : "直接给家庭干活（保姆、家政）";
			case OVERTIME_HOURS -> "加班：" + value + "小时";
			case DAY_HOURS -> "每天工作约" + value + "小时";
			case DAYS_OFF -> "每月休息约" + value + "天";
			case OVERTIME_DAY ->
				"加班的日子：" + ("holiday".equals(value) ? "法定节假日" : "rest-day".equals(value) ? "休息日" : "工作日");
			default -> this.label;
		};
	}

}
