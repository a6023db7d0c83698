package cn.bjzgh.rights.chat;

import java.util.EnumSet;
import java.util.List;
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
	 * Whether this turn gave a fact a calculation takes as a figure. The schedule
	 * ("一个月就休四天") is not one: it tells how hard the work is, and overtime is reckoned
	 * from it only when asked.
	 */
	static boolean givesFigure(CaseFile state) {
		return state.facts()
			.entrySet()
			.stream()
			.anyMatch((e) -> e.getValue().turn() == state.turn() && e.getKey() != Fact.DAY_HOURS
					&& e.getKey() != Fact.DAYS_OFF);
	}

	/**
	 * What the employer or the worker did to end the job: a fact only severance reckons
	 * with.
	 */
	private static final Set<Fact> ENDINGS = EnumSet.of(Fact.LAYOFF, Fact.DISMISSED, Fact.MUTUAL, Fact.NOT_RENEWED,
			Fact.NO_NOTICE, Fact.RESIGNING, Fact.NO_GROUND_GIVEN, Fact.MISCONDUCT_ALLEGED, Fact.RELOCATION);

	/** Whether this turn told how the job ended and nothing else. */
	static boolean onlyEndingGiven(CaseFile state) {
		List<Fact> now = state.facts()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().turn() == state.turn())
			.map((e) -> e.getKey())
			.toList();
		return !now.isEmpty() && ENDINGS.containsAll(now);
	}

	/**
	 * True when this turn gives a wage or a length of service, and nothing else, in a
	 * conversation where the job has ended.
	 */
	static boolean givesSeveranceFigures(CaseFile state) {
		boolean ended = state.endedByEmployer()
				|| (state.has(Fact.RESIGNING) && (state.has(Fact.NO_SOCIAL_INSURANCE) || state.has(Fact.UNPAID_WAGES)));
		boolean givenNow = state.facts()
			.entrySet()
			.stream()
			.anyMatch((e) -> (e.getKey() == Fact.WAGE || e.getKey() == Fact.SERVICE_MONTHS)
					&& e.getValue().turn() == state.turn());
		return ended && givenNow;
	}

	/**
	 * True when this turn gives the wage in a conversation that told a disability grade.
	 */
	static boolean givesWageAfterGrade(CaseFile state) {
		CaseFile.Noted wage = state.facts().get(Fact.WAGE);
		return state.has(Fact.DISABILITY_GRADE) && wage != null && wage.turn() == state.turn();
	}

}
