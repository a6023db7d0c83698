package cn.bjzgh.rights.chat;

/**
 * What must be said before a handbook rule that may not fit the worker's case, as the
 * case file knows it: a family that is no employer ({@link HouseholdCaveat}), a pregnancy
 * short of the months the rule is about ({@link PregnancyCaveat}). Said ahead of the
 * offline answer and given to the model in LLM mode.
 */
final class Caveats {

	private Caveats() {
	}

	/** Every caveat for the passage the answer leads with, or nothing. */
	static String before(CaseFile state, Passage top) {
		return HouseholdCaveat.before(state, top) + PregnancyCaveat.before(state, top);
	}

}
