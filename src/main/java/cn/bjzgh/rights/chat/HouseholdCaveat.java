package cn.bjzgh.rights.chat;

import java.util.regex.Pattern;

/**
 * What a worker hired directly by a household must hear before a labour-law answer: a
 * family is not an employer under the labour laws, so the rule that follows may not
 * apply, and a dispute with the family goes to court as a civil matter (the handbook's
 * entry on nannies, resting on Article 2 of the Supreme People's Court's first
 * interpretation on labour disputes). A nanny who says "一个月就让休两天" would otherwise be told
 * "不合法，公司必须保证你每周至少休息一天".
 */
final class HouseholdCaveat {

	static final String TEXT = "提醒：你是直接给一户人家干活的，这种情况一般不算劳动关系，下面说的劳动法规定不一定适用；和雇主家有纠纷，一般按民事纠纷直接找法院。"
			+ "如果你是家政公司派去、由公司管活发工资的，和公司之间可能是劳动关系，可以对公司主张这些权利。\n\n";

	/** The entries written for household work, which say all this themselves. */
	private static final Pattern ABOUT_HOUSEHOLDS = Pattern.compile("保姆|家政|雇主|家庭|月嫂|护工");

	private HouseholdCaveat() {
	}

	/**
	 * The caveat, or nothing: only for a worker the case file knows to be hired by a
	 * family, before a handbook rule that is not about household work.
	 */
	static String before(CaseFile state, Passage top) {
		boolean family = "family".equals(state.get(Fact.HOUSEHOLD).orElse(null));
		if (!family || top == null || !top.id().startsWith("rights-handbook/")) {
			return "";
		}
		String question = (top.question() != null) ? top.question() : "";
		return ABOUT_HOUSEHOLDS.matcher(question).find() ? "" : TEXT;
	}

}
