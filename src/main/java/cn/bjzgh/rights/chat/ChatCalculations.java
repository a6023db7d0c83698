package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.bjzgh.rights.calc.ArrearsIntent;
import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.EndingReason;
import cn.bjzgh.rights.calc.SeveranceCalculator;
import cn.bjzgh.rights.calc.SpokenFigures;
import cn.bjzgh.rights.calc.CalcResult;
import cn.bjzgh.rights.calc.Calculators;
import cn.bjzgh.rights.system.InvalidInputException;

/**
 * The calculators as the chat uses them: fed with everything the worker said in the
 * conversation (read by {@link CalcIntent} from the case file's facts and the question),
 * offered as tools in LLM mode. An answer says which facts it took from earlier turns and
 * asks only for what is still missing.
 */
class ChatCalculations {

	/** Pay asked about, not days: "产假期间发多少", "生育津贴给多少". */
	private static final Pattern MATERNITY_PAY = Pattern.compile("钱|发多少|给多少|工资|津贴|补贴");

	/**
	 * A message that asks for a figure: an amount, a number of months or days. "算不算",
	 * "这算违法吗" ask whether, not how much.
	 */
	private static final Pattern ASKS_FIGURE = Pattern.compile("多少|" + FollowUpResolver.HOW_MANY
			+ "|多久|多长|怎么算|咋算|如何算|算一下|算算|算下来|能拿|能要(?!求)|能给|给多少|折成钱|折钱|折现|折算|换成钱|赔|补偿|扣光|扣完|扣多少|分几个月|[nN]\\s*[+＋]\\s*1");

	/** The job ended at the employer's hand, as the facts or the worker put it. */
	private static final Pattern SENT_AWAY = Pattern.compile("被辞退|被裁员|让我走|不让我干|开除|辞退|不要我了");

	/**
	 * How a question names what each calculation is about: a later message that names a
	 * subject, but not this one ("那病假呢 扣多少钱" after unused leave was reckoned), asks about
	 * something else.
	 */
	private static final Map<String, Pattern> SUBJECT_OF = Map.of("severance",
			Pattern.compile("补偿|赔|遣散|[nN]\\s*[+＋]\\s*1|辞退|开除|裁|解除|走人|搬|辞职|离职|不干"), "overtime",
			Pattern.compile("加班|周末|" + SpokenFigures.HOLIDAYS), "annual-leave", Pattern.compile("年假|年休假|休假"),
			"double-wage", Pattern.compile("合同|双倍|二倍"), "probation", Pattern.compile("试用"), "deduction",
			Pattern.compile("扣|赔"), "maternity", Pattern.compile("产假|生孩子|生育|流产"), "disability",
			Pattern.compile("伤|残|赔|补助|津贴"), "arrears", Pattern.compile("欠|拖|没发|没给|没结|工资|工钱|赔"));

	/** Whether one sum counts in another ("加班费算在里头不"): a rule asked, not a figure. */
	private static final Pattern INCLUDED = Pattern.compile("算在|算进|算到.{0,4}里|包含|包括|含在|算里面|算里头");

	static final Pattern COMPENSATION = Pattern.compile("补偿|赔偿|遣散|[nN]\\s*[+＋]\\s*1");

	private final CalcIntent intent;

	private final Calculators calculators;

	private final ToolBox tools;

	ChatCalculations(CalcIntent intent, Calculators calculators, ToolBox tools) {
		this.intent = intent;
		this.calculators = calculators;
		this.tools = tools;
	}

	/**
	 * The outcome for one question: a result, a list of what is missing, or nothing to
	 * calculate.
	 */
	record Outcome(CalcResult result, String lead) {
	}

	/**
	 * A calculation the question asks for, read with the conversation's facts.
	 *
	 * @param match what to calculate, or what is missing
	 * @param text the facts and the question as the intent reader saw them
	 * @param earlier the facts taken from earlier turns, as a worker reads them
	 */
	record Planned(CalcIntent.Match match, String text, List<String> earlier, String note) {

		Planned(CalcIntent.Match match, String text, List<String> earlier) {
			this(match, text, earlier, "");
		}

	}

	/**
	 * The calculation the question asks for, with the facts given so far.
	 * @param message the worker's own words this turn, which say whether a figure is
	 * asked for (the resolution's words carry the question before, which may have asked
	 * one)
	 */
	Optional<Planned> plan(CaseFile state, Resolution resolution, String message) {
		if (leansOnAnother(resolution) && !TurnFacts.givesFigure(state) && !ASKS_FIGURE.matcher(message).find()) {
			// "这合法吗" or "工资打八折" after a calculation: the question before is still
			// there, but this one neither gives a number nor asks for one, so the figure
			// is not given again.
			return Optional.empty();
		}
		if (INCLUDED.matcher(message).find()) {
			return Optional.empty();
		}
		if ("family".equals(state.get(Fact.HOUSEHOLD).orElse(null))) {
			// A family that hires a nanny directly is no employer under the labour laws:
			// no severance, double wage or extra compensation to reckon; the answer says
			// it is a civil matter (HouseholdCaveat).
			return Optional.empty();
		}
		String question = resolution.question();
		String text = CalcWords.of(state, question, resolution.own()) + " " + question;
		if ((resolution.kind() == Resolution.Kind.FRAGMENT || (resolution.kind() == Resolution.Kind.STANDALONE
				&& TurnFacts.tellsWholeSeveranceStory(state, message))) && TurnFacts.givesSeveranceFigures(state)
				&& !COMPENSATION.matcher(text).find()) {
			// "在这干了3年4个月" after "公司要裁员", or all of it in a first message that asks
			// nothing ("干了两年半了 月薪一万二 公司说要裁员让我走"): the worker is telling what
			// severance needs; answer with it rather than wait to be asked.
			text = text + " 能拿多少补偿";
		}
		else if (resolution.kind() == Resolution.Kind.FRAGMENT && TurnFacts.givesWageAfterGrade(state)) {
			// "工资七千" after "十级": the wage is what the disability subsidy needs.
			String asked = resolution.own() + " 伤残补助能拿多少";
			text = CalcWords.of(state, question, asked) + " " + question + " " + asked;
		}
		Optional<CalcIntent.Match> detected = this.intent.detect(text);
		boolean figureGiven = resolution.kind() == Resolution.Kind.FRAGMENT
				&& (state.toldNow().contains(Fact.WAGE) || state.toldNow().contains(Fact.SERVICE_MONTHS));
		if (detected.isEmpty() && state.passageId() != null && (ASKS_FIGURE.matcher(message).find() || figureGiven)) {
			// "工资八千 能补多少钱" after the answer on unused leave at leaving, only "月薪一万",
			// or "不对 是四年八个月" after a figure: the figure is about what that answer was
			// about.
			text = text + " " + state.passageQuestion();
			detected = this.intent.detect(text);
		}
		if (detected.isPresent() && leansOnAnother(resolution) && !ASKS_FIGURE.matcher(message).find()
				&& !"severance".equals(detected.get().calculator()) && TurnFacts.onlyEndingGiven(state)) {
			// "现在老板让我走" after the double wage was worked out: how the job ended is
			// news for severance, not a figure for the calculation before.
			return Optional.empty();
		}
		if (detected.isPresent() && "maternity".equals(detected.get().calculator())
				&& MATERNITY_PAY.matcher(message).find()) {
			// "她工资一万 产假期间发多少" after the days were reckoned: the pay during the
			// leave is the handbook's answer, not the days again.
			return Optional.empty();
		}
		if (detected.isPresent() && state.turn() > 1 && FollowUpResolver.namesSubject(message)
				&& SUBJECT_OF.containsKey(detected.get().calculator())
				&& !SUBJECT_OF.get(detected.get().calculator()).matcher(message).find()) {
			// The message turns to another subject: the story's calculation is not its
			// answer.
			return Optional.empty();
		}
		String read = text;
		return detected.map((match) -> ScheduledOvertime.planned(state,
				new Planned(match, read, earlier(state, match.calculator()))));
	}

	private static boolean leansOnAnother(Resolution resolution) {
		return resolution.kind() == Resolution.Kind.FOLLOW_UP || resolution.kind() == Resolution.Kind.FRAGMENT;
	}

	/**
	 * The words that steer retrieval to the passages explaining a calculation, so the
	 * answer cites how the figure is reckoned.
	 */
	static String topicWords(Planned planned) {
		boolean figure = planned.match().complete() || SpokenFigures.service(planned.text()) != null
				|| ArrearsIntent.owedMonths(planned.text()) != null;
		if (!figure) {
			return "";
		}
		return switch (planned.match().calculator()) {
			// A contested or groundless dismissal is reckoned as unlawful: its passage is
			// the one on the compensation for that, not on wages owed.
			case "severance" -> SeveranceCalculator.Reason.UNLAWFUL.key().equals(EndingReason.of(planned.text()))
					? "违法辞退的赔偿金怎么算 工作年限 月工资" : "经济补偿怎么算 工作年限 月工资";
			case "overtime" -> "加班费怎么算";
			case "probation" -> "试用期最长能约定多久";
			// Sent away without a contract, the worker asks what all can be claimed.
			case "double-wage" -> SENT_AWAY.matcher(planned.text()).find() ? "没签合同老板突然不让我干了能要哪些钱" : "没签合同的二倍工资";
			case "annual-leave" -> PartialFigures.LEAVE_PAY.matcher(planned.text()).find() ? "没休的年假给啥补偿" : "";
			case "deduction" -> "干活时弄坏了公司的东西老板要从工资里一次扣光行吗";
			case "arrears" -> "老板拖着工资不发第一步该做什么";
			default -> "";
		};
	}

	/** The text an offline answer leads with, and the result if one could be computed. */
	Outcome offline(Planned planned) {
		CalcIntent.Match match = planned.match();
		String from = (planned.earlier().isEmpty() ? "" : "（按你前面说的：" + String.join("、", planned.earlier()) + "）\n")
				+ PartialFigures.condition(planned) + planned.note();
		if (!match.complete()) {
			return new Outcome(null, from + PartialFigures.before(planned));
		}
		try {
			CalcResult result = this.calculators.runUnchecked(this.calculators.find(match.calculator()).orElseThrow(),
					match.input());
			return new Outcome(result, from + result.toText() + PartialFigures.after(planned));
		}
		catch (InvalidInputException ex) {
			return new Outcome(null, "这些数字没法算：" + ex.chinese() + "。请检查后再问一次。");
		}
	}

	private static List<String> earlier(CaseFile state, String calculator) {
		List<String> out = new ArrayList<>();
		for (Fact fact : used(state, calculator)) {
			if (state.earlier(fact)) {
				out.add(fact.describe(state.get(fact).orElseThrow()));
			}
		}
		return out;
	}

	/** The facts a calculation read: for severance, the reason is the ending told. */
	private static Set<Fact> used(CaseFile state, String calculator) {
		if (!"severance".equals(calculator)) {
			return relevant(calculator);
		}
		Set<Fact> used = EnumSet.of(Fact.WAGE, Fact.SERVICE_MONTHS, Fact.STARTED_WHEN, Fact.NO_NOTICE);
		CaseFile.TERMINATIONS.stream().filter(state::has).forEach(used::add);
		Stream.of(Fact.RELOCATION, Fact.RENEWAL_REFUSED, Fact.PART_TIME).filter(state::has).forEach(used::add);
		CalcWords.ground(state).ifPresent(used::add);
		if (!state.endedByEmployer() && state.has(Fact.RESIGNING)) {
			used.addAll(EnumSet.of(Fact.RESIGNING, Fact.NO_SOCIAL_INSURANCE, Fact.UNPAID_WAGES));
		}
		return used;
	}

	private static Set<Fact> relevant(String calculator) {
		return switch (calculator) {
			case "overtime" -> EnumSet.of(Fact.WAGE, Fact.OVERTIME_HOURS, Fact.OVERTIME_DAY);
			case "annual-leave" ->
				EnumSet.of(Fact.SERVICE_MONTHS, Fact.PRIOR_SERVICE_MONTHS, Fact.STARTED_WHEN, Fact.WAGE);
			case "double-wage" -> EnumSet.of(Fact.SERVICE_MONTHS, Fact.STARTED_WHEN, Fact.CONTRACT, Fact.WAGE);
			case "probation", "deduction" -> EnumSet.of(Fact.WAGE);
			case "arrears" -> EnumSet.of(Fact.WAGE, Fact.OWED);
			case "disability" -> EnumSet.of(Fact.DISABILITY_GRADE, Fact.WAGE);
			default -> EnumSet.noneOf(Fact.class);
		};
	}

	ToolBox.Run newToolRun() {
		return this.tools.newRun();
	}

}
