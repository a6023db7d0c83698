package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions made in code, before and regardless of any model: whether a question is in
 * scope, whether it asks for the prompts, and whether the conversation must be handed to
 * people (the worker asks for a person, the situation is urgent, or retrieval found
 * nothing reliable). Rules in code hold even when a user tries to talk a model out of
 * them.
 */
class Triage {

	private static final Pattern ASKS_FOR_PERSON = Pattern
		.compile("转人工|人工服务|找人工|真人|人工客服|工作人员|志愿者|找个人|找人帮|" + "有人吗|和人说|跟人说|找律师|请律师帮|" + "工会的(人|同志|老师)|来个人|有没有人能");

	private static final Pattern SELF_HARM = Pattern.compile("不想活|活不下去|自杀|轻生|跳楼|寻死|想死|了结自己|结束生命");

	private static final Pattern VIOLENCE = Pattern
		.compile("威胁|恐吓|打人|被打|殴打|动手打|扣着人|限制人身|拘禁|砸|" + "锁在|锁着|关在|关起来|不让出去|不让出门|不让离开|软禁|囚禁");

	/**
	 * A threat or an assault told in the worker's words ("找人收拾我", "敢走就弄死俺", "把俺推倒了"):
	 * urgent at work; elsewhere in life (a neighbour, a husband) it is not this service's
	 * to take on, and the question is declined with the other services named.
	 */
	private static final Pattern THREATENED = Pattern
		.compile("收拾我|收拾你|收拾俺|找人收拾|堵我|堵俺|弄死|打死|砍死|揍我|揍俺|" + "打我(?!电话|手机)|打俺(?!电话|手机)|把我推倒|把俺推倒|推了我|推了俺|打了我|打了俺");

	/**
	 * Being held ("不让走", "不放人"), which is also how workers say that the boss will not let
	 * them quit ("我想辞职 老板不放人"): urgent only when nothing in the message is about
	 * quitting.
	 */
	private static final Pattern HELD = Pattern.compile("不让走|不放人|不放我");

	private static final Pattern QUITTING = Pattern.compile("辞职|辞工|离职|不干了|不想干|批准|不批|同意|手续|合同|培训|违约|押金|档案|证明|交接");

	private static final Pattern INJURY = Pattern
		.compile("受伤|工伤|摔|骨折|流血|住院|截肢|烧伤|烫伤|压伤|砸伤|昏迷|死亡|去世|身亡|出事了|伤了|" + FactExtractor.HURT);

	/**
	 * An illness, or the job ended in hospital: a stay there told with it ("腰间盘突出要住院",
	 * "我在住院 公司说要跟我解除合同") is no injury, nor an emergency for the injury hand-off.
	 */
	private static final Pattern ILLNESS = Pattern.compile("病|腰间盘|椎间盘|突出|癌|肿瘤|发烧|肺炎|阑尾|结石|开刀|高血压|糖尿|抑郁|医疗期|解除|辞退|开除");

	/** Whether the text tells an injury (a hospital stay for an illness is none). */
	static boolean injured(String text) {
		String told = ILLNESS.matcher(text).find() ? text.replace("住院", " ") : text;
		return INJURY.matcher(told).find();
	}

	private static final Pattern MANY_WORKERS = Pattern
		.compile("(几十|上百|上千|好几十|[二三四五六七八九]十来?|\\d{2,}|很多|好多|一群|全体|所有|整个班组|大家)\\s*(多)?(个|名|号|位)?(人|工人|工友|同事|员工|兄弟)");

	private static final Pattern ARREARS = Pattern.compile("欠|拖欠|不发|没发|讨薪|工资.*(没|不)给|跑路");

	private static final Pattern PROMPT_PROBE = Pattern
		.compile("(系统|内部)?提示词|system\\s*prompt|你的(设定|指令|规则|提示)|忽略(之前|以上|前面|上面)的?(所有)?(指令|指示|规则|要求|设定)|"
				+ "(输出|告诉我|显示|复述|打印)(你的)?(系统|初始)(提示|指令|设定)|扮演.{0,12}(不受|没有)限制|开发者模式", Pattern.CASE_INSENSITIVE);

	private static final Pattern MONEY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万|千)?\\s*(元|块|块钱)");

	private static final Pattern DURATION = Pattern
		.compile("(?<![0-9一二两三四五六七八九十半]|孕|怀了)([0-9]+|[一二两三四五六七八九十半]+)\\s*(年|个月|个多月|天)(?!薪)");

	private static final Pattern HEADCOUNT = Pattern
		.compile("([0-9]+|[一二两三四五六七八九十几]+)\\s*(多|来)?\\s*(个|名|号|位)?\\s*(人|工人|工友|同事|员工)");

	/**
	 * A question with neither labour words nor another domain's is off-scope unless a
	 * handbook question is at least this close (the first build's measured 0.55 + 0.07,
	 * kept apart from the reliability threshold).
	 */
	static final double OFF_SCOPE_SIMILARITY = 0.62;

	/** Ten or more workers unpaid together is a collective case for the union. */
	static final int MASS_HEADCOUNT = 10;

	/**
	 * Measured on paraphrases: a question sharing this much wording is about the same
	 * thing.
	 */
	static final double WORDING_OVERLAP = 0.4;

	private final double minConfidence;

	/**
	 * @param minConfidence the search's calibrated confidence in the best passage from
	 * which it is answered
	 */
	Triage(double minConfidence) {
		this.minConfidence = minConfidence;
	}

	/**
	 * What the code decided about one question.
	 *
	 * @param elsewhere for a question outside the scope, whether it named another part of
	 * life (renting, shopping, an insurance claim…), for which other services are named
	 */
	record Decision(boolean offScope, boolean promptProbe, String handoffReason, boolean elsewhere) {

		Decision(boolean offScope, boolean promptProbe, String handoffReason) {
			this(offScope, promptProbe, handoffReason, false);
		}

		boolean handoff() {
			return this.handoffReason != null;
		}

		/** Handed over only because nothing reliable was found. */
		boolean lowConfidence() {
			return LOW_CONFIDENCE.equals(this.handoffReason);
		}

		/** Handed over for urgency or because a person was asked for. */
		boolean urgentOrPerson() {
			return handoff() && !lowConfidence();
		}

	}

	/** The hand-over reason when nothing reliable was found. */
	static final String LOW_CONFIDENCE = "low-confidence";

	/**
	 * @param message the worker's words, checked for probes and urgency
	 * @param question the message made self-contained, checked for scope
	 * @param passages what retrieval found for {@code question}
	 * @param state the conversation's case file, with this turn's facts
	 * @param anchored whether the message continues an in-scope conversation (a fragment
	 * or follow-up), which is off-scope only when it asks about another part of life
	 */
	Decision decide(String message, String question, List<Passage> passages, CaseFile state, boolean anchored) {
		double best = passages.stream().mapToDouble(Passage::questionSimilarity).max().orElse(0);
		Scope.Verdict scope;
		if (anchored) {
			scope = Scope.asksElsewhere(message) ? Scope.Verdict.OTHER : Scope.Verdict.LABOUR;
		}
		else {
			scope = Scope.of(question);
		}
		if (PROMPT_PROBE.matcher(message).find()) {
			// Declined, but an emergency told alongside still reaches people.
			return new Decision(false, true, urgency(message));
		}
		String urgent = urgency(message);
		boolean atWorkOnly = "urgent-injury".equals(urgent) || ("urgent-threat".equals(urgent)
				&& !VIOLENCE.matcher(message).find() && !HELD.matcher(message).find());
		if (scope == Scope.Verdict.OTHER && atWorkOnly) {
			// Hurt outside work (a parent's fall in a nursing home, an operation gone
			// wrong) is no work injury, nor is a threat only told ("老公说要打死我") a threat at
			// work: declined like the rest of that part of life. Self harm, violence and
			// being held are urgent whatever the subject.
			urgent = null;
		}
		if (urgent == null) {
			urgent = massArrears(state);
		}
		if (urgent != null) {
			return new Decision(false, false, urgent);
		}
		if (ASKS_FOR_PERSON.matcher(message).find()) {
			// Asking for a person is always in scope for the union: answer if we can, and
			// hand over.
			return new Decision(false, false, "asked-for-person");
		}
		if (scope == Scope.Verdict.OTHER || (scope == Scope.Verdict.UNKNOWN && best < OFF_SCOPE_SIMILARITY)) {
			boolean elsewhere = scope == Scope.Verdict.OTHER
					&& Scope.namesAnotherPartOfLife(anchored ? message : question);
			return new Decision(true, false, null, elsewhere);
		}
		if (passages.isEmpty() || !(reliable(question, passages) || StoryFit.fits(state, passages))) {
			return new Decision(false, false, LOW_CONFIDENCE);
		}
		return new Decision(false, false, null);
	}

	/**
	 * Something reliable was found when the search is confident in its best passage
	 * (calibrated on the evaluation sets), or the passage's question shares much of the
	 * worker's wording.
	 */
	private boolean reliable(String question, List<Passage> passages) {
		Passage top = passages.get(0);
		return top.confidence() >= this.minConfidence || sharesWording(question, top);
	}

	/** Whether the words share much of the passage's handbook question. */
	static boolean sharesWording(String words, Passage passage) {
		return passage.isQuestion() && TextOverlap.dice(words, passage.question()) >= WORDING_OVERLAP;
	}

	/** Violence or threats, or being held where nothing is about quitting. */
	private static boolean threatens(String text) {
		return VIOLENCE.matcher(text).find() || (HELD.matcher(text).find() && !QUITTING.matcher(text).find())
				|| THREATENED.matcher(text).find();
	}

	/**
	 * Many workers unpaid, told over several turns ("工地欠了俩月工资" … "我们那一共三十来号人"): urgent in
	 * the turn that completes the picture.
	 */
	private static String massArrears(CaseFile state) {
		CaseFile.Noted people = state.facts().get(Fact.HEADCOUNT);
		CaseFile.Noted unpaid = state.facts().get(Fact.UNPAID_WAGES);
		if (people == null || unpaid == null || Integer.parseInt(people.value()) < MASS_HEADCOUNT) {
			return null;
		}
		return (people.turn() == state.turn() || unpaid.turn() == state.turn()) ? "urgent-mass-arrears" : null;
	}

	/**
	 * Whether an earlier message of the conversation told of wanting to die: the care and
	 * the hotlines stay with every later answer ("嗯" after "真不想活了" was answered with the
	 * wages entry alone).
	 */
	static boolean toldSelfHarm(List<String> said) {
		return said.stream().anyMatch((m) -> SELF_HARM.matcher(m).find());
	}

	private static String urgency(String message) {
		if (SELF_HARM.matcher(message).find()) {
			return "urgent-self-harm";
		}
		if (threatens(message)) {
			return "urgent-threat";
		}
		if (injured(message)) {
			return "urgent-injury";
		}
		if (MANY_WORKERS.matcher(message).find() && ARREARS.matcher(message).find()) {
			return "urgent-mass-arrears";
		}
		return null;
	}

	/**
	 * Notes that the worker mentioned {@code fact} (as the case file describes it),
	 * unless the case file already holds it (the card said "受伤或工伤；提到受伤或工伤").
	 */
	private static void mention(Set<String> facts, String fact) {
		if (!facts.contains(fact)) {
			facts.add("提到" + fact);
		}
	}

	/** The facts a volunteer needs first, taken from everything the worker said. */
	Handoff.CaseCard caseCard(List<String> userMessages, String topic, Set<String> known) {
		Set<String> facts = new LinkedHashSet<>(known);
		String all = String.join("\n", userMessages);
		collect(MONEY, all, "金额：", facts);
		collect(DURATION, all, "时长：", facts);
		collect(HEADCOUNT, all, "涉及人数：", facts);
		if (injured(all)) {
			mention(facts, Fact.INJURED.label());
		}
		if (Pattern.compile("(没|没有|未|不)签.{0,4}合同").matcher(all).find()) {
			mention(facts, Fact.CONTRACT.describe("unsigned"));
		}
		if (Pattern.compile("(没|没有|不|未)(给)?(交|缴).{0,3}(社保|保险)").matcher(all).find()) {
			mention(facts, Fact.NO_SOCIAL_INSURANCE.label());
		}
		if (ARREARS.matcher(all).find()) {
			mention(facts, Fact.UNPAID_WAGES.label());
		}
		if (threatens(all)) {
			facts.add("提到威胁或人身安全");
		}
		if (SELF_HARM.matcher(all).find()) {
			facts.add("提到轻生念头，需优先联系");
		}
		if (all.contains("北京")) {
			facts.add("地点：北京");
		}
		List<String> questions = new ArrayList<>(userMessages);
		StringBuilder text = new StringBuilder("【个案卡】\n主题：").append(topic).append('\n');
		text.append("已知事实：").append(facts.isEmpty() ? "（职工未提供具体数字）" : String.join("；", facts)).append('\n');
		text.append("职工的原话：\n");
		for (int i = 0; i < questions.size(); i++) {
			text.append(i + 1).append(". ").append(questions.get(i)).append('\n');
		}
		return new Handoff.CaseCard(topic, List.copyOf(facts), questions, text.toString().strip());
	}

	private static void collect(Pattern pattern, String text, String label, Set<String> out) {
		Matcher m = pattern.matcher(text);
		while (m.find() && out.size() < 12) {
			out.add(label + m.group().strip());
		}
	}

}
