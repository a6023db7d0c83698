package cn.bjzgh.rights.calc;

import java.util.regex.Pattern;

/**
 * Why a job ended, read from the worker's words, as a {@link SeveranceCalculator.Reason}
 * key: a ground of fault contested, none given, an ending called unlawful or made without
 * what the law requires first, a layoff, a closure, a contract run out (renewal refused
 * on the same terms owes nothing), an agreed ending; Article 40 when nothing says
 * otherwise.
 */
public final class EndingReason {

	/**
	 * Sent away, told with who did it between 被 and the verb: "被公司开了", "被厂里辞了", "被老板给炒了"
	 * (the bare "被辞", "被开了" name no one).
	 */
	public static final String SENT_AWAY_BY = "被(公司|单位|厂里?|厂子|老板|老板娘|领导|经理|人事|店里|店长|主管|站点|站长|工头|包工头|物业|东家|主家|雇主)(给)?(辞|开|炒)(了|掉)";

	/**
	 * Part-time work (非全日制, as workers say it 小时工 or 钟点工): either side may end it at any
	 * time and nothing is owed (Labour Contract Law Art. 71), whatever ended it.
	 */
	public static final Pattern PART_TIME = Pattern.compile("非全日制|小时工|钟点工");

	private static final Pattern CLOSED = Pattern.compile(CalcIntent.CLOSES);

	/**
	 * An ending for poor performance without the training or the other post Article 40(2)
	 * requires first ("业绩不好把我开了 也没培训调岗"): no lawful Article 40 ending.
	 */
	private static final Pattern NO_SECOND_CHANCE = Pattern.compile("(没|没有|也没|未|不)(给我?)?(安排)?(培训|调岗|调整岗位|换岗|换个岗)");

	/**
	 * Renewal offered on the same or better terms and refused by the worker
	 * ("公司说要按原来的条件续签 我不想续了").
	 */
	private static final Pattern RENEWAL_REFUSED = Pattern
		.compile("(原来|原先|同样|一样|不变|更好|更高|涨)[^，。,]{0,6}续签?[^。]{0,12}我(就|也)?(不想|不愿意?|不打算|没想)(再)?(续|签|干)");

	/**
	 * A ground of fault the employer gave for the dismissal (Art. 39: misconduct, failing
	 * the hiring conditions in probation): nothing is owed if it holds.
	 */
	private static final Pattern FAULT_GROUND = Pattern.compile("违纪|旷工|不符合录用条件|试用期不合格|试用不合格|严重失职|严重违反");

	/**
	 * The employer gave no ground at all ("没给任何说法", "也没说为什么", "无缘无故"): in a dispute it
	 * must prove a lawful one (first SPC interpretation Art. 44), so the figure is the
	 * unlawful-dismissal one, owed unless it can.
	 */
	private static final Pattern NO_GROUND = Pattern
		.compile("没(给|有)?(任何|个)?(说法|理由|原因|交代)|没说(为什么|为啥|原因|理由)|不说(为什么|为啥|原因|理由)|无缘无故|莫名其妙|没有任何理由");

	/**
	 * Whether the employer gave a ground of fault for the dismissal and the worker did
	 * not call it unlawful already: the figure is then the unlawful-dismissal one, owed
	 * only if the ground does not hold.
	 */
	public static boolean contestedFault(String text) {
		return !text.contains("违法") && FAULT_GROUND.matcher(text).find();
	}

	/** Whether the worker says the employer gave no ground ({@link #NO_GROUND}). */
	public static boolean noGroundGiven(String text) {
		return !text.contains("违法") && !FAULT_GROUND.matcher(text).find() && NO_GROUND.matcher(text).find();
	}

	/**
	 * Why the job ended, read from the worker's words; Art. 40 when nothing says
	 * otherwise.
	 */
	public static String of(String text) {
		if (PART_TIME.matcher(text).find()) {
			return SeveranceCalculator.Reason.PART_TIME.key();
		}
		if (text.contains("违法") || contestedFault(text) || noGroundGiven(text)
				|| NO_SECOND_CHANCE.matcher(text).find()) {
			// A dismissal on a ground of fault (Art. 39) owes nothing when the ground
			// holds; what a worker who contests it can claim is the unlawful-dismissal
			// figure.
			return SeveranceCalculator.Reason.UNLAWFUL.key();
		}
		if (text.contains("被迫辞职")) {
			return SeveranceCalculator.Reason.EMPLOYER_FAULT.key();
		}
		if (text.contains("裁员") || text.contains("被裁")) {
			return SeveranceCalculator.Reason.LAYOFF.key();
		}
		if (CLOSED.matcher(text).find()) {
			return SeveranceCalculator.Reason.CLOSURE.key();
		}
		if (RENEWAL_REFUSED.matcher(text).find()) {
			return SeveranceCalculator.Reason.RENEWAL_REFUSED.key();
		}
		if (text.contains("到期") || text.contains("不续签")) {
			return SeveranceCalculator.Reason.EXPIRY.key();
		}
		if (text.contains("协商")) {
			return SeveranceCalculator.Reason.MUTUAL.key();
		}
		return SeveranceCalculator.Reason.ART40.key();
	}

	/**
	 * Whether the worker refused a renewal offered on the same or better terms
	 * ({@link #RENEWAL_REFUSED}).
	 */
	public static boolean renewalRefused(String text) {
		return RENEWAL_REFUSED.matcher(text).find();
	}

	private EndingReason() {
	}

}
