package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.DeadlineIntent;
import cn.bjzgh.rights.calc.OvertimeHours;

/**
 * The case file's facts as the words {@link CalcIntent} reads, put before the question a
 * calculation is planned for: the wage, the length of service, and how the job ended,
 * with the ground the law makes of it (a fault alleged, none given, a pregnancy or a
 * disabling injury that bars an ending without fault).
 */
final class CalcWords {

	private static final Pattern ANNUAL_LEAVE = Pattern.compile("年假|年休假");

	private static final Pattern CONTRACT_ASK = Pattern.compile("合同|双倍|二倍|多要|赔|补偿|多少钱|几个月");

	private static final Pattern OTHER_CALCULATION = Pattern.compile("加班|年假|年休假|产假|试用期|双倍|二倍|病假|最低工资|失业金|生育津贴");

	/**
	 * A question about what an injury brings ("能赔多少", "补助金"), which a disability grade
	 * told earlier decides; "停工留薪期工资发多少" is not.
	 */
	private static final Pattern INJURY_CLAIM = Pattern.compile("赔|补助|伤残|待遇|津贴");

	private CalcWords() {
	}

	/**
	 * The facts as the words {@link CalcIntent} reads. They come first, so a fact
	 * corrected in a later turn wins over the old figure still in the anchor question.
	 * @param question the question made self-contained
	 * @param own this message's own words: a disability grade told earlier counts only
	 * when they ask what the injury brings
	 */
	static String of(CaseFile state, String question, String own) {
		List<String> words = new ArrayList<>();
		state.get(Fact.WAGE).ifPresent((w) -> words.add("月薪" + w + "元"));
		// "能要回来多少" after "欠了三个月工资": the wages owed are reckoned from them.
		state.get(Fact.OWED).ifPresent((owed) -> words.add("欠了" + owed + "工资"));
		int months = state.get(Fact.SERVICE_MONTHS).map(Integer::parseInt).orElse(0);
		if (ANNUAL_LEAVE.matcher(question).find()) {
			// Annual leave counts the years worked for every employer.
			months += state.get(Fact.PRIOR_SERVICE_MONTHS).map(Integer::parseInt).orElse(0);
		}
		if (months > 0 && !startToldSince(state)) {
			words.add("干了" + ServiceLength.words(months));
		}
		else {
			// "去年五月来的": the calculation reckons the months from that month to today.
			state.get(Fact.STARTED_WHEN).ifPresent((when) -> words.add(when + "入职"));
		}
		if ("unsigned".equals(state.get(Fact.CONTRACT).orElse(null)) && CONTRACT_ASK.matcher(question).find()) {
			words.add("没签合同");
		}
		if (INJURY_CLAIM.matcher(own).find() && !OTHER_CALCULATION.matcher(question).find()) {
			state.get(Fact.DISABILITY_GRADE).ifPresent((g) -> words.add("工伤伤残" + g + "级"));
		}
		if (OvertimeHours.OVERTIME.matcher(question).find()) {
			state.get(Fact.OVERTIME_HOURS).ifPresent((h) -> words.add("加班" + h + "小时"));
			state.get(Fact.OVERTIME_DAY)
				.ifPresent((d) -> words.add("holiday".equals(d) ? "法定节假日" : "rest-day".equals(d) ? "周末" : ""));
		}
		if (DeadlineIntent.asksDeadline(question)) {
			// "现在还能申请仲裁吗" after "去年三月被辞退的": the deadline runs from then.
			state.get(Fact.ENDED_WHEN).ifPresent(words::add);
		}
		if (OTHER_CALCULATION.matcher(question).find() && !ChatCalculations.COMPENSATION.matcher(question).find()) {
			// "加班费能拿多少" after a layoff asks about overtime, not severance.
			return String.join(" ", words);
		}
		if (state.has(Fact.PART_TIME)) {
			// Art. 71: a part-time job ends at any time and owes nothing.
			words.add("非全日制");
		}
		if (state.has(Fact.LAYOFF)) {
			words.add("被裁员");
		}
		if (state.has(Fact.DISMISSED)) {
			words.add("被辞退");
		}
		if (state.has(Fact.PREGNANT) && !state.has(Fact.MISCONDUCT_ALLEGED)
				&& (state.has(Fact.DISMISSED) || state.has(Fact.LAYOFF) || state.has(Fact.NOT_RENEWED))) {
			// Art. 42 and 45: no ending but for fault while pregnant, so it is unlawful.
			words.add(PartialFigures.PREGNANT_ENDING);
		}
		else if (state.has(Fact.DISABILITY_GRADE) && !state.has(Fact.MISCONDUCT_ALLEGED)
				&& (state.has(Fact.DISMISSED) || state.has(Fact.LAYOFF))) {
			// Art. 42 (2): no ending but for fault after a disabling work injury (its
			// expiry follows the work-injury rules, Art. 45).
			words.add(PartialFigures.DISABLED_ENDING);
		}
		ground(state).ifPresent((g) -> words.add(switch (g) {
			case MISCONDUCT_ALLEGED -> "单位说违纪";
			case CALLED_UNLAWFUL -> "违法辞退";
			default -> "单位没说理由";
		}));
		if (state.has(Fact.MUTUAL)) {
			words.add("协商解除");
		}
		if (state.has(Fact.CLOSURE)) {
			words.add("单位倒闭关门");
		}
		if (state.has(Fact.RENEWAL_REFUSED)) {
			// Art. 46 (5): the worker, not the employer, let the contract end.
			words.add("合同到期 单位按原来的条件续签 我不想续");
		}
		else if (state.has(Fact.NOT_RENEWED)) {
			words.add("合同到期不续签");
		}
		if (state.has(Fact.RELOCATION)) {
			words.add(StoryContext.RELOCATION_WORDS);
		}
		if (state.has(Fact.NO_NOTICE)) {
			words.add("没提前通知");
		}
		if (state.has(Fact.RESIGNING) && (state.has(Fact.NO_SOCIAL_INSURANCE) || state.has(Fact.UNPAID_WAGES))) {
			words.add("被迫辞职");
		}
		return String.join(" ", words);
	}

	/**
	 * Whether the start of the job was told after the length of service ("干了五年" … "不对
	 * 我是2020年3月来的"): then it is the later word, and the service runs from it.
	 */
	private static boolean startToldSince(CaseFile state) {
		CaseFile.Noted start = state.facts().get(Fact.STARTED_WHEN);
		CaseFile.Noted length = state.facts().get(Fact.SERVICE_MONTHS);
		return start != null && length != null && start.turn() > length.turn();
	}

	/**
	 * The ground told for an ending at the employer's hand, which makes its figure the
	 * contested one: an alleged fault, none given at all, or the worker calling it
	 * unlawful.
	 */
	static Optional<Fact> ground(CaseFile state) {
		if (!state.endedByEmployer()) {
			return Optional.empty();
		}
		return CaseFile.GROUNDS.stream().filter(state::has).findFirst();
	}

}
