package cn.bjzgh.rights.chat;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a message into a question that can be understood without the conversation,
 * deterministically: a fragment that only adds a fact ("对，都五年多了") or a follow-up that
 * leaves out its subject ("工资一万二，能拿多少？", "那试用期呢？") is joined to the question the
 * conversation is about; a question about ending the job or claiming money carries the
 * employer's conduct the worker told earlier ("那我现在辞职的话能要补偿吗？" after "一直没给交社保"). In LLM
 * mode the model rewrites and this is its fallback.
 */
class FollowUpResolver {

	private static final Pattern LEADING = Pattern
		.compile("^(那么|那要是|那如果|那|要是|如果|假如|还有|另外|再问一下|再问|对了|哦|嗯|好的?)[，,、\\s]*");

	/**
	 * A message that opens by pointing at something already told ("这个试用期合法吗" after "签三年
	 * 试用期6个月"): it asks about the story, though it names a subject ("这个月", a time, does
	 * not point back).
	 */
	private static final Pattern POINTS_BACK = Pattern.compile("^(那)?(这个|这种|这份|这样的|那个|那种)(?!月|礼拜|星期|周|年|季度|时候)");

	private static final Pattern TRAILING = Pattern.compile("[呢吗啊呀吧]?[？?。！!\\s]*$");

	/**
	 * Whether what was told counts as something, asked bare ("算工伤吗"): about the story.
	 */
	private static final Pattern COUNTS_AS = Pattern
		.compile("^(这|这样|这个|那|那这)?(能|可以)?(算|算不算|能不能算|能算|属于|属不属于)[\\u4e00-\\u9fa5]{1,4}?(吗|不|么|呢)?[？?。\\s]*$");

	/** Something that was never said or shown, told as a statement: "没说录用条件是啥". */
	private static final Pattern UNSAID = Pattern
		.compile("(没|没有|从没|从来没|也没|都没|不)(说|告诉|讲|写|讲过|说过|告诉过|写过|给看|让看|通知)[^，,。！!？?吗呢]{0,10}(是啥|是什么|干啥|什么|哪|为啥|为什么|咋)");

	/**
	 * "几个", "几天", "几年" asking how many. A 几 after a numeral or after 好, 这, 那, 前, 过, 没 is
	 * a figure or a time told ("干了十几年了", "签了好几个月了", "这几天", "前几天"), not a question.
	 */
	static final String HOW_MANY = "(?<![0-9十百千一二两三四五六七八九好这那前过没])几(个|天|年)";

	/** Marks a message that asks something. */
	private static final Pattern ASKS = Pattern
		.compile("[吗呢？?]|怎么|咋|多少|" + HOW_MANY + "|多久|多长|能不能|能否|可不可以|可以吗|是否|算不算|有没有|啥|什么|哪|谁|要不要|行不行|合法|违法|应该|该");

	/**
	 * The subject of a question: a message with none of these words leans on the question
	 * before it.
	 */
	private static final Pattern SUBJECT = Pattern.compile("合同|试用期|加班|社保|社宝|保险|公积金|工伤|年假|年休假|产假|病假|婚假|丧假|假期|补偿|赔偿|"
			+ "辞职|离职|辞退|开除|裁员|仲裁|起诉|投诉|举报|押金|最低工资|双倍|二倍|调岗|降薪|派遣|工会|骑手|外卖|退休|失业|医保|"
			+ "养老|生育|怀孕|哺乳|职业病|工时|值班|夜班|休息|欠薪|拖欠|讨薪|扣钱|罚款|培训|服务期|竞业|档案|离职证明|工资条|绩效|"
			+ "年终奖|提成|高温|出差|劳务|兼职|实习|证据|时效|体检|歧视|"
			// Events that start a subject of their own: an injury, an illness, a closure…
			+ "摔|伤|撞|砸|骨折|病|住院|生孩子|关门|倒闭|破产|搬家|跑了|不让走|打人|动手|身份证|银行卡|工资卡|押金|失业金|"
			+ "档案|证明|单价|罚|降薪|调岗|加薪|转正|入会|平台|站点|派单");

	/**
	 * Words that ask without naming what about: "这合法吗", "那怎么办", "能行吗"; a place said with
	 * them ("北京的 这合法吗") names no other subject.
	 */
	private static final Pattern GENERIC = Pattern.compile("(在|我在|我们在|我是)?北京(的|这边|这儿)?|"
			+ "这样|这个|那个|这|那|合法|违法|不合法|不同意|不答应|不接受|不签|不去|拒绝|不服|正常|合理|怎么办|咋办|怎么弄|能行|行不行|行|可以|对不对|对|能不能|算不算|有没有用|有用|是不是|我|签了|签的|有效|无效|算数|能要什么|要什么|能拿什么|能得到什么|能要|能拿|要得到|要得回|要不要|该不该|值不值|划不划算|划算|接不接受|接受|答不答应|答应|同意|签|吗|呢|啊|吧|[，,。.！!？?、\\s]");

	/** A message that is (almost) only facts: numbers, durations, places and fillers. */
	private static final Pattern FACT_WORDS = Pattern
		.compile("[0-9.]+|[一二两三四五六七八九十百千万几半]+|年|个月|月|天|元|块|钱|万|千|号|人|工人|工友|同事|"
				+ "对|是|嗯|啊|呀|哦|都|了|的|我|我们|那|这|一共|已经|刚|差不多|大概|左右|多|来|快|就|在|北京|上海|天津|工资|月薪|底薪|"
				+ "每月|一个月|干|做|上班|入职|不对|说错|错|应该|其实|还|也|有|没|吧|税前|到手|才|满|整|单位|公司|厂|里|那边|这边|" + "[，,。.！!、\\s]");

	/** Facts that tell a trouble rather than describe the job. */
	private static final Set<Fact> TROUBLES = EnumSet.of(Fact.LAYOFF, Fact.DISMISSED, Fact.MUTUAL, Fact.NOT_RENEWED,
			Fact.NO_NOTICE, Fact.UNPAID_WAGES, Fact.NO_SOCIAL_INSURANCE, Fact.RESIGNING, Fact.INJURED,
			Fact.MISCONDUCT_ALLEGED, Fact.NO_GROUND_GIVEN, Fact.CALLED_UNLAWFUL, Fact.RELOCATION);

	Resolution resolve(String message, CaseFile state, String anchor) {
		String text = message.strip();
		if (anchor == null) {
			String own = join(StoryContext.longDays(text, text), text);
			return new Resolution(own, Resolution.Kind.STANDALONE, own);
		}
		boolean introduced = SelfIntroduction.of(anchor) != null;
		if (isFragment(text) && !(introduced && toldTrouble(state))) {
			// An age told as a fragment ("我今年58了" after "公司一直没给交社保") bears on the
			// question it goes on with.
			String joined = anchor + " " + text;
			String age = RetirementWords.of(state, anchor, joined);
			return new Resolution(join(age, joined), Resolution.Kind.FRAGMENT, join(age, text));
		}
		if (introduced) {
			// Read with the introduction ("我在快递站干分拣" … "一直没给交社保"), not as a follow-up
			// to a question, which there was none of.
			String own = join(StoryContext.of(state, text, text), text);
			return new Resolution(anchor + " " + own, Resolution.Kind.INTRODUCED, own);
		}
		if (LEADING.matcher(text).find() || POINTS_BACK.matcher(text).find() || text.matches(".*呢[？?]?$")
				|| !SUBJECT.matcher(text).find() || COUNTS_AS.matcher(text).matches()) {
			String addition = TRAILING.matcher(LEADING.matcher(text).replaceFirst("")).replaceFirst("");
			String joined = anchor + " " + addition;
			// "这合法吗" names nothing of its own: the question it follows is what it asks
			// about.
			String ownWords = generic(addition) ? joined : addition;
			return new Resolution(join(StoryContext.of(state, text, joined), joined), Resolution.Kind.FOLLOW_UP,
					join(StoryContext.of(state, text, ownWords), ownWords));
		}
		String own = join(StoryContext.of(state, text, text), text);
		return new Resolution(own, Resolution.Kind.STANDALONE, own);
	}

	/**
	 * Whether this turn told what the employer did or what befell the worker ("欠了我们三个月工资"
	 * after "在工地干活"): after an introduction that is the trouble, not one more fact.
	 */
	private static boolean toldTrouble(CaseFile state) {
		return state.toldNow().stream().anyMatch(TROUBLES::contains);
	}

	/**
	 * Whether the message points back at what {@code question} is about ("这个试用期合法吗" after
	 * the answer on how long a probation may be): it opens with a pointer and names a
	 * subject that question names.
	 */
	static boolean pointsBackAt(String text, String question) {
		if (!POINTS_BACK.matcher(text.strip()).find()) {
			return false;
		}
		Matcher m = SUBJECT.matcher(text);
		while (m.find()) {
			if (question.contains(m.group())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the message asks about what was just said without naming anything of its
	 * own ("这合法吗", "那怎么办", "北京的 这合法吗").
	 */
	static boolean generic(String text) {
		return GENERIC.matcher(text).replaceAll("").isBlank();
	}

	/**
	 * Whether the message asks something (rather than only telling). "入职的时候根本没说录用条件是啥"
	 * tells that something was never said, and so does "也没说哪不行": a 啥, 什么, 哪 or 为啥 after
	 * 没说, 没告诉… is what was not said, not a question.
	 */
	static boolean asks(String text) {
		return ASKS.matcher(UNSAID.matcher(text).replaceAll("")).find();
	}

	/**
	 * True for a message made of nothing but facts and fillers ("我在北京干了两年"): not even a
	 * verb such as the "休" of "一个月就休两天" is left.
	 */
	static boolean onlyFacts(String text) {
		return isFragment(text) && FACT_WORDS.matcher(text).replaceAll("").isEmpty();
	}

	/** Whether the text names a subject of its own (an injury, overtime, a contract…). */
	static boolean namesSubject(String text) {
		return SUBJECT.matcher(text).find();
	}

	/** True for a message that gives facts but asks nothing and names no subject. */
	static boolean isFragment(String text) {
		if (asks(text) || SUBJECT.matcher(text).find()) {
			return false;
		}
		return FACT_WORDS.matcher(text).replaceAll("").length() <= 2;
	}

	private static String join(String context, String question) {
		return context.isEmpty() ? question : context + " " + question;
	}

}
