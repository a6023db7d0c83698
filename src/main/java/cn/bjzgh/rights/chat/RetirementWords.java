package cn.bjzgh.rights.chat;

import java.util.regex.Pattern;

/**
 * The words a worker's age adds to the search of a question it decides: past retirement
 * age, the contract, an injury or being let go are judged differently ("过了退休年龄"); in the
 * last years before it, what is missing from social insurance still counts toward the
 * pension ("快退休了").
 */
final class RetirementWords {

	/**
	 * Questions whose answer changes once a worker is past retirement age: the contract,
	 * the employment relation, an injury, social insurance, being let go.
	 */
	private static final Pattern AGE_MATTERS = Pattern
		.compile("合同|签|劳动关系|算啥关系|员工|伤|摔|骨折|社保|社宝|保险|养老|辞退|开除|不让干|不用我|让我走|不要我|终止");

	/**
	 * Words that already name retirement (the handbook says 退休年龄 where workers say 超龄).
	 */
	private static final Pattern AGE_SAID = Pattern.compile("退休|养老金|退休金");

	/** The age from which social insurance questions are searched as near retirement. */
	static final int NEAR_RETIREMENT_FROM = 50;

	/** Questions whose answer changes in the last years before retirement. */
	private static final Pattern PENSION_MATTERS = Pattern.compile("社保|社宝|养老|补交|补缴|断缴|交满|交够");

	/** The age from which the retirement-age answers are searched with the question. */
	static final int RETIREMENT_AGE_WORDS_FROM = 60;

	private RetirementWords() {
	}

	/**
	 * "过了退休年龄" for a question whose answer turns on it ("干活摔了 算工伤不", "公司不签合同") from a
	 * worker who said they are 60 or older: from that age the contract may have ended by
	 * law and the relation is judged differently; "快退休了" for a social insurance question
	 * from one of 50 to 59. Empty otherwise, or when the words already name retirement.
	 */
	static String of(CaseFile state, String text, String searched) {
		int age = state.get(Fact.AGE).map(Integer::parseInt).orElse(0);
		if (AGE_SAID.matcher(searched).find()) {
			return "";
		}
		if (age >= RETIREMENT_AGE_WORDS_FROM && AGE_MATTERS.matcher(text).find()) {
			return "过了退休年龄";
		}
		// Social insurance in the last years before retirement: what is missing can still
		// count toward the pension, and the handbook answers it as "快退休了".
		return (age >= NEAR_RETIREMENT_FROM && age < RETIREMENT_AGE_WORDS_FROM && PENSION_MATTERS.matcher(text).find())
				? "快退休了" : "";
	}

}
