package cn.bjzgh.rights.chat;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the worker told in this very turn, as {@link ChatCalculations} weighs it: a figure
 * for the calculation, the figures severance needs after the job ended, or only how the
 * job ended.
 */
final class TurnFacts {

	private TurnFacts() {
	}

	/**
	 * Facts no calculation takes as a figure: the schedule (how long the day is, how many
	 * days off), being on probation, and when the job ended.
	 */
	private static final Set<Fact> NO_FIGURE = EnumSet.of(Fact.DAY_HOURS, Fact.DAYS_OFF, Fact.PROBATION,
			Fact.ENDED_WHEN);

	/**
	 * Whether this turn gave a fact a calculation takes as a figure. The schedule
	 * ("一个月就休四天") is not one: it tells how hard the work is, and overtime is reckoned
	 * from it only when asked; nor is probation ("那试用期呢" after a calculation asks about
	 * something else).
	 */
	static boolean givesFigure(CaseFile state) {
		Set<Fact> now = state.toldNow();
		now.removeAll(NO_FIGURE);
		return !now.isEmpty();
	}

	/**
	 * What the employer or the worker did to end the job: a fact only severance reckons
	 * with.
	 */
	private static final Set<Fact> ENDINGS = EnumSet.of(Fact.LAYOFF, Fact.DISMISSED, Fact.MUTUAL, Fact.NOT_RENEWED,
			Fact.NO_NOTICE, Fact.RESIGNING, Fact.NO_GROUND_GIVEN, Fact.MISCONDUCT_ALLEGED, Fact.CALLED_UNLAWFUL,
			Fact.RELOCATION, Fact.CLOSURE);

	/** Whether this turn told how the job ended and nothing else. */
	static boolean onlyEndingGiven(CaseFile state) {
		Set<Fact> now = state.toldNow();
		return !now.isEmpty() && ENDINGS.containsAll(now);
	}

	/**
	 * True when this turn gives a wage or a length of service, and nothing else, in a
	 * conversation where the job has ended.
	 */
	static boolean givesSeveranceFigures(CaseFile state) {
		boolean ended = state.endedByEmployer()
				|| (state.has(Fact.RESIGNING) && (state.has(Fact.NO_SOCIAL_INSURANCE) || state.has(Fact.UNPAID_WAGES)));
		Set<Fact> now = state.toldNow();
		return ended && (now.contains(Fact.WAGE) || now.contains(Fact.SERVICE_MONTHS));
	}

	/**
	 * True when a message asks nothing and tells, this turn, how the job ended at the
	 * employer's hand, the wage and the length of service: all a severance figure needs.
	 * With a figure missing the story is more likely about something else ("干了六年 厂里让我走
	 * 也没安排体检").
	 */
	static boolean tellsWholeSeveranceStory(CaseFile state, String message) {
		Set<Fact> now = state.toldNow();
		return !FollowUpResolver.asks(message) && (now.contains(Fact.LAYOFF) || now.contains(Fact.DISMISSED))
				&& now.contains(Fact.WAGE) && now.contains(Fact.SERVICE_MONTHS);
	}

	/**
	 * True when this turn gives the wage in a conversation that told a disability grade.
	 */
	static boolean givesWageAfterGrade(CaseFile state) {
		return state.has(Fact.DISABILITY_GRADE) && state.toldNow().contains(Fact.WAGE);
	}

}
