package cn.bjzgh.rights.chat;

import java.util.List;

/**
 * What the service says in its own words rather than the handbooks': declining a question
 * from another part of life, refusing a probe for its prompts, saying nothing reliable
 * was found, asking back, asking a worker who has only said who they are what happened,
 * and noting the facts a message told.
 */
final class FixedReplies {

	static final String OFF_SCOPE = "抱歉，我只能回答劳动权益、社会保险和工会服务方面的问题，比如劳动合同、工资、加班、休假、社保、工伤、辞退补偿、劳动仲裁等。"
			+ "你可以换个方式问问工作中遇到的问题。";

	/**
	 * Where a question from another part of life can go instead: the national consumer
	 * complaint line and Beijing's citizen service line.
	 */
	static final String ELSEWHERE = "如果是买东西、网购、售后方面的纠纷，可以打12315消费者投诉举报热线；在北京，生活中的其他事情可以打12345市民服务热线咨询。";

	static final String PROMPT_PROBE = "抱歉，我不能提供内部设置。我可以回答劳动合同、工资、加班、社保、工伤等劳动权益方面的问题。";

	static final String NOT_FOUND = "这个问题我在工会的手册里没有找到可靠的答案，为了不误导你，建议直接联系工会，由工作人员帮你分析。";

	static final String NEAREST = "如果你想问的是下面其中一个，点一下就能看到手册里的答案。";

	static final String CLARIFY = "你问的可能是下面几种情况中的一种，为了答得准，请点一下最接近的，也可以多说几句你的情况。";

	/** The answer to a worker who has only said who they are or where they work. */
	static final String INTRODUCED = "遇到什么事了？直接说就行，比如工资没按时发、没签合同、没交社保、干活受了伤、被辞退了。"
			+ "说得越具体（干了多久、每月工资多少、在不在北京），越能找准工会手册里的答案。";

	static final String INTRODUCED_NEAREST = "干这行的人常问下面这些，点一下就能看：";

	static final String CIRCUMSTANCE_NEAREST = "情况相近的人常问下面这些，点一下就能看：";

	static final String GREETING = "你好！我是工会的职工维权助手，可以回答劳动合同、工资、加班、休假、社保、工伤、辞退补偿、劳动仲裁和工会服务方面的问题。";

	static final String GREETING_NEAREST = "大家常问下面这些，点一下就能看：";

	static final String THANKS = "不客气！还有别的问题，随时接着问。需要工会的人帮你，可以拨打职工维权服务热线12351。";

	private FixedReplies() {
	}

	/** "记下了：…" with the facts told in this turn, or nothing when it told none. */
	static String noted(CaseFile state) {
		List<String> told = state.describeTold();
		return told.isEmpty() ? "" : "记下了：" + String.join("；", told) + "。\n\n";
	}

}
