package cn.bjzgh.rights.chat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.ArrearsIntent;
import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.DeadlineIntent;
import cn.bjzgh.rights.calc.EndingReason;
import cn.bjzgh.rights.calc.SpokenFigures;

/**
 * Reads the facts of a case out of one message, without a model: the wage, how long the
 * worker has been there, the city, the contract, what the employer did, and the worker's
 * circumstances. A later message that gives the same fact replaces it, which is how
 * "不对，是3年" corrects an earlier "干了4年". Masked personal numbers are removed before
 * reading, so they can never be taken for a wage.
 */
class FactExtractor {

	private static final Pattern MASKED = Pattern.compile("\\S*\\*{2,}\\S*");

	private static final Pattern CORRECTION = Pattern.compile("^(不对|不是)|说错|记错|记岔|搞错|弄错|写错|更正|纠正|应该是|其实是");

	/** Words that say a length is how long the worker has been there. */
	private static final Pattern WORKED = Pattern.compile("干了|做了|工作了|上班|入职|待了|干满|做满|工龄|都.{0,3}年|年多了|年了|(刚|才)来|来了|进厂");

	/**
	 * Lengths that are not service: leave, probation, a contract's term, a deadline,
	 * wages owed or held back ("欠了我们三个月工资", "押了一个月工资"), the time since a contract ran out
	 * or left of a leave ("合同到期三个月了", "产假还剩一个月").
	 */
	private static final Pattern OTHER_DURATION = Pattern.compile(
			"试用期|年假|年休假|产假|病假|婚假|合同期|签了?.{0,3}年|仲裁|时效|加班|天|退休|再过|还差|过去|过了|之后|以后|至今|欠|拖|押|扣|没发|没给|月的?工资|年的?工资|提前|通知");

	private static final Pattern OTHER_CITY = Pattern
		.compile("上海|广州|深圳|天津|河北|重庆|成都|杭州|武汉|南京|西安|苏州|郑州|长沙|东莞|外地|老家|山东|河南|江苏|浙江|广东");

	private static final Pattern UNSIGNED = Pattern
		.compile("(没|没有|未|不|从没|一直没)(给我|跟我|和我|给)?(签|订)(过)?(书面|劳动)?(劳动)?合同|合同(也)?(没|没有|一直没)签|没合同");

	private static final Pattern EXPIRED = Pattern.compile("合同(快|马上|已经|月底|下个月|今年)?到期|到期了");

	private static final Pattern SIGNED = Pattern.compile("(签了|签过|有)(劳动)?合同");

	private static final Pattern FIXED_TERMS = Pattern.compile("(签了|续签了|续了|连续签了?)\\s*([两二三四五2-5])\\s*(次|回|份)");

	private static final Pattern LAYOFF = Pattern.compile("裁员|被裁|裁掉|裁了|优化|减员");

	private static final Pattern DISMISSED = Pattern.compile(EndingReason.SENT_AWAY_BY
			+ "|开除|辞退|被辞|把[我她他]辞了|辞了[我她他]|炒了|炒鱿鱼|被开了|把[我她他]开了|给开了|开了[我她他]|让[我她他]走|不让[我她他]干|不让干了|解雇|赶走|"
			// told of a wife, a father: "厂里让她走人", "不要他了"
			+ "不要[我她他]了|不用[我她他]了"
			// Sent home for good: "明天不用来了", "以后别来了", "不用再来了".
			+ "|(明天|明儿|以后|下周)就?(不用|别|甭)再?来(了|上班)|(不用|别|甭)再来了");

	/** The employer ends the contract: "公司要跟我解除合同". */
	private static final Pattern EMPLOYER_ENDS = Pattern
		.compile("(公司|单位|厂|老板|领导|经理|人事|店长|主管|超市|商场|饭店|餐厅|酒店|店里|站点|工地|物业|医院|学校)[^，。,！？]{0,8}(解除|终止)");

	private static final Pattern MUTUAL = Pattern.compile("协商(一致)?(解除|让我走|离职)|签.{0,4}协商");

	private static final Pattern NOT_RENEWED = Pattern.compile("不续签|不续了|不跟我续|不和我续|不再续|不给续|没续签");

	private static final Pattern NO_NOTICE = Pattern
		.compile("没(有)?提前(通知|说)|直接(让我|叫我)?(走|滚|走人|开除|辞退)|当天(就)?(让|叫)|说走就走|立马走人|今天(才)?(通知|说).{0,4}明天(就)?(不用|别|甭)");

	private static final Pattern UNPAID = Pattern.compile(
			"欠(了|我|着)?.{0,6}(工资|钱|薪)|拖欠|(没|不)(发|给|结)(我|我们|俺)?(工资|工钱|钱)|(工资|钱|工钱).{0,4}(没发|不发|没给|不给|拖着|一直拖|拖了|又拖|晚发|迟发|压着|押着)|(拖|压|押)(了|着)(我|我们)?.{0,4}(工资|工钱)|讨薪|老板跑|包工头跑");

	private static final Pattern NO_SOCIAL_INSURANCE = Pattern.compile(
			"(没|没有|不|未|从没|一直没|从来没)(给|帮)?(我)?(交|缴|上|买)(过)?.{0,2}(社保|社宝|保险|五险)|(社保|社宝|五险)(也)?(没|没有|一直没|从来没|不)(交|缴|上|给)"
					// Signed away ("签了自愿放弃社保", "社保折成现金发"): void, so none was paid.
					+ "|放弃.{0,2}(社保|社宝|五险|保险)|(社保|社宝|五险).{0,4}折(成)?(现金|钱)");

	private static final Pattern RESIGNING = Pattern.compile("辞职|不想干|不干了|离职|想走|我要走|走人吧|跳槽|(?<!工伤)走的话");

	/** The employer calling it quitting ("不去的话说算自动离职"): not the worker resigning. */
	private static final Pattern CALLED_QUITTING = Pattern.compile("(?:说|算|视为|按|当|当作|当成|定为|算作)(?:我|你|是)?(?:自动|自己)离职");

	private static final Pattern PREGNANT = Pattern.compile("怀孕|怀了|孕期|产假|生孩子|哺乳|坐月子|流产|产检");

	/**
	 * Hurt told as what befell the body ("手被机器压了", "切到手了", "被车撞了"): a body part or a
	 * machine, a vehicle or a load has to be there ("被老板压了工资" is no injury).
	 */
	static final String HURT = "(手|脚|腿|胳膊|胳臂|手指|指头|手腕|脚趾|腰|头|眼睛?|背|膝盖|脸|肋骨)[^，。,！!？?]{0,6}(压|轧|夹|切|砸|烫|烧|扎|割|撞|碾|绞|卷|折|扭)(了|到|伤|断|住|掉|坏|破)"
			+ "|(压|轧|夹|切|砸|烫|扎|割|撞|碾|绞|划|刮)(到|伤|破|断)了?(手|脚|腿|胳膊|手指|指头|手腕|脚趾|腰|头|眼睛?|脸)"
			+ "|(被|让|叫)(车|汽车|货车|电动车|三轮|叉车|机器|机床|电锯|钢管|钢筋|石头|砖|货|东西|铁板|模具)[^，。,！!？?]{0,3}(压|轧|夹|切|砸|撞|碾|绞|卷|扎|刮)"
			// A fall from a height, a road accident: "从架子上掉下来了", "出车祸了".
			+ "|(掉|摔|跌|栽|滚)了?下来|坠落|出了?车祸";

	private static final Pattern INJURED = Pattern.compile("受伤|工伤|摔|骨折|砸伤|烫伤|烧伤|压伤|扭伤|碰伤|划伤|伤了|住院|" + HURT);

	private static final Pattern PLATFORM = Pattern.compile("骑手|外卖|送餐|跑单|网约车|滴滴|快递员|闪送|货拉拉|平台|美团|饿了么|众包|专送");

	/** Work in a household: a nanny, a live-in helper, a maternity nurse. */
	private static final Pattern HOUSEHOLD = Pattern.compile("保姆|住家|雇主家|月嫂|育儿嫂|家政|给人家(做|干|带|当|看)");

	/** Sent to the household by a company, which may then be the employer. */
	private static final Pattern AGENCY = Pattern.compile("家政公司|公司派|中介派|公司安排|公司签");

	private static final Pattern HEADCOUNT = Pattern
		.compile("([0-9]{1,4}|[一二两三四五六七八九十几百]+)\\s*(多|来)?\\s*(个|名|号|位)?\\s*(人|工人|工友|同事|员工|兄弟)");

	/** The workplace moves away: a change of circumstances that can end the job. */
	private static final Pattern RELOCATION = Pattern.compile(CalcIntent.WORKPLACE_MOVES);

	/** The workplace closes down: "超市要关门了", "厂子倒闭了", "饭店不开了". */
	private static final Pattern CLOSURE = Pattern
		.compile("(公司|单位|厂|店|超市|饭店|饭馆|餐馆|商场|工地|老板|站点)[^，。,！？]{0,6}(" + CalcIntent.CLOSES + "|不开了|不干了)|倒闭|破产");

	private static final Pattern PROBATION = Pattern.compile("试用|没转正|转正前");

	/**
	 * What an employer says of a worker it sends away on probation ("说我不合格", "感觉不行",
	 * "考核没过"): the ground of failing the hiring conditions (Art. 39 (1)), which it must
	 * prove; with nothing owed if it holds, it is not an Art. 40 ending.
	 */
	private static final Pattern PROBATION_FAILED = Pattern
		.compile("不合格|不合适|不符合|不达标|不胜任|(说|觉得|感觉|嫌)[^，。,]{0,4}不行|没通过|没过关|考核没过");

	private static final Pattern MISCONDUCT = Pattern.compile("旷工|违纪|违反.{0,4}(制度|规定)|严重违|记过|偷|打架|迟到|录用条件|试用期?不合格");

	/**
	 * The worker's age: "58岁", "今年六十一了", "俺都五十多了". A bare "…了" is an age only after words
	 * that say so (今年, 都, 已经, 快, 我) or at the start of a clause ("我是保洁 六十二了"), so "干了三十了"
	 * is not read as one.
	 */
	private static final Pattern AGE = Pattern.compile("(?<![0-9])([1-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?)\\s*多?\\s*(岁|周岁)"
			+ "|(^|[\\s，,。！!]|今年|都|已经|快|我|俺|人家)\\s*([1-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?)\\s*多?\\s*了");

	/** How far along: "怀孕五个多月", "怀了7个月", "孕28周". */
	private static final Pattern PREGNANCY_LENGTH = Pattern
		.compile("(?:怀孕|怀了|怀上|孕期|孕)(?:了|已经|都)?\\s*([0-9]{1,2}|[一二两三四五六七八九十]+)\\s*(?:个)?(?:多)?(月|周)");

	/** The facts this message gives (or corrects), to be merged into the case file. */
	Map<Fact, String> read(String maskedMessage, CaseFile before) {
		String text = MASKED.matcher(maskedMessage).replaceAll(" ");
		Map<Fact, String> facts = new EnumMap<>(Fact.class);
		boolean correction = CORRECTION.matcher(text.strip()).find();
		BigDecimal wage = SpokenFigures.wage(text);
		if (wage == null && correction && before.has(Fact.WAGE) && !text.contains("小时")) {
			wage = SpokenFigures.afterTakingBack(text, SpokenFigures::bareAmount);
		}
		if (wage != null) {
			facts.put(Fact.WAGE, wage.stripTrailingZeros().toPlainString());
		}
		String withoutWage = SpokenFigures.withoutWagePeriods(text);
		int[] service = SpokenFigures.service(text);
		// After an expired contract, "已经三个月了" is how long since it ran out.
		boolean aboutService = WORKED.matcher(withoutWage).find() || (!OTHER_DURATION.matcher(withoutWage).find()
				&& !"expired".equals(before.get(Fact.CONTRACT).orElse(null))
				&& (correction || before.has(Fact.SERVICE_MONTHS) || FollowUpResolver.isFragment(withoutWage)));
		int[] hereAndBefore = ServiceLength.hereAndBefore(withoutWage);
		if (hereAndBefore != null) {
			// The years here are the service; the rest of a working life
			// counts for annual leave.
			facts.put(Fact.SERVICE_MONTHS, Integer.toString(hereAndBefore[0]));
			facts.put(Fact.PRIOR_SERVICE_MONTHS, Integer.toString(hereAndBefore[1]));
		}
		else if (service != null && aboutService) {
			facts.put(ServiceLength.atEarlierJob(text) ? Fact.PRIOR_SERVICE_MONTHS : Fact.SERVICE_MONTHS,
					Integer.toString(service[0] * 12 + service[1]));
		}
		ScheduleFacts.readOvertime(withoutWage, correction, before, facts);
		ScheduleFacts.read(text, facts);
		if (text.contains("北京")) {
			facts.put(Fact.CITY, "北京");
		}
		else if (OTHER_CITY.matcher(text).find()) {
			facts.put(Fact.CITY, "外地");
		}
		if (UNSIGNED.matcher(text).find()) {
			facts.put(Fact.CONTRACT, "unsigned");
		}
		else if (EXPIRED.matcher(text).find()) {
			facts.put(Fact.CONTRACT, "expired");
		}
		else if (SIGNED.matcher(text).find()) {
			facts.put(Fact.CONTRACT, "signed");
		}
		Matcher terms = FIXED_TERMS.matcher(text);
		if (terms.find()) {
			facts.put(Fact.FIXED_TERMS, Integer.toString(SpokenFigures.toInt(terms.group(2))));
		}
		flag(LAYOFF, text, Fact.LAYOFF, facts);
		flag(DISMISSED, text, Fact.DISMISSED, facts);
		flag(MUTUAL, text, Fact.MUTUAL, facts);
		if (!facts.containsKey(Fact.MUTUAL)) {
			// "公司要跟我协商解除" is an offer to agree, not a dismissal.
			flag(EMPLOYER_ENDS, text, Fact.DISMISSED, facts);
		}
		flag(NOT_RENEWED, text, Fact.NOT_RENEWED, facts);
		flag(NO_NOTICE, text, Fact.NO_NOTICE, facts);
		flag(UNPAID, text, Fact.UNPAID_WAGES, facts);
		// Days at a day's rate told after the wages were said to be unpaid: what is owed.
		owed(before.has(Fact.UNPAID_WAGES) ? "没给钱 " + text : text).ifPresent((owed) -> facts.put(Fact.OWED, owed));
		flag(NO_SOCIAL_INSURANCE, text, Fact.NO_SOCIAL_INSURANCE, facts);
		flag(RESIGNING, CALLED_QUITTING.matcher(text).replaceAll(""), Fact.RESIGNING, facts);
		flag(PREGNANT, text, Fact.PREGNANT, facts);
		Matcher along = PREGNANCY_LENGTH.matcher(text);
		if (along.find()) {
			int n = SpokenFigures.toInt(along.group(1));
			int months = "周".equals(along.group(2)) ? n / 4 : n;
			if (months >= 0 && months <= 10) {
				facts.put(Fact.PREGNANCY_MONTHS, Integer.toString(months));
				facts.put(Fact.PREGNANT, "true");
			}
		}
		flag(INJURED, text, Fact.INJURED, facts);
		// "十级" alone counts once the conversation is about an injury.
		Integer grade = SpokenFigures.grade(before.has(Fact.INJURED) ? "工伤 " + text : text);
		if (grade != null) {
			facts.put(Fact.DISABILITY_GRADE, grade.toString());
			facts.put(Fact.INJURED, "true");
		}
		flag(PLATFORM, text, Fact.PLATFORM, facts);
		flag(EndingReason.PART_TIME, text, Fact.PART_TIME, facts);
		flag(MISCONDUCT, text, Fact.MISCONDUCT_ALLEGED, facts);
		flag(PROBATION, text, Fact.PROBATION, facts);
		flag(CLOSURE, text, Fact.CLOSURE, facts);
		boolean ended = facts.containsKey(Fact.DISMISSED) || facts.containsKey(Fact.LAYOFF) || before.endedByEmployer();
		Optional<String> started = DeadlineIntent.spokenStart(text);
		started.ifPresent((when) -> facts.put(Fact.STARTED_WHEN, when));
		if ((ended || facts.containsKey(Fact.RESIGNING)) && started.isEmpty()) {
			DeadlineIntent.spokenWhen(text).ifPresent((when) -> facts.put(Fact.ENDED_WHEN, when));
		}
		boolean onProbation = facts.containsKey(Fact.PROBATION) || before.has(Fact.PROBATION);
		if (onProbation && (ended || facts.containsKey(Fact.MUTUAL)) && PROBATION_FAILED.matcher(text).find()) {
			facts.put(Fact.MISCONDUCT_ALLEGED, "true");
		}
		EndingFacts.read(text, ended, facts);
		if (ended && EndingReason.noGroundGiven(text)) {
			// "没给任何说法" about a dismissal, not about a deduction from the wage.
			facts.put(Fact.NO_GROUND_GIVEN, "true");
		}
		flag(RELOCATION, text, Fact.RELOCATION, facts);
		if (AGENCY.matcher(text).find() && (HOUSEHOLD.matcher(text).find() || before.has(Fact.HOUSEHOLD))) {
			facts.put(Fact.HOUSEHOLD, "agency");
		}
		else if (HOUSEHOLD.matcher(text).find()) {
			facts.put(Fact.HOUSEHOLD, "family");
		}
		Matcher age = AGE.matcher(withoutWage);
		if (age.find()) {
			int years = SpokenFigures.toInt((age.group(1) != null) ? age.group(1) : age.group(4));
			if (years >= 15 && years <= 90) {
				facts.put(Fact.AGE, Integer.toString(years));
			}
		}
		Matcher people = HEADCOUNT.matcher(text);
		while (people.find()) {
			int n = headcount(people.group(1));
			if (n >= 2) {
				facts.put(Fact.HEADCOUNT, Integer.toString(n));
				break;
			}
		}
		return facts;
	}

	/** Wages owed, as months ("3个月") or a sum ("15000元"). */
	private static Optional<String> owed(String text) {
		return ArrearsIntent.Owed.in(text)
			.map((owed) -> (owed.sum() != null) ? owed.sum().toPlainString() + "元"
					: owed.months().stripTrailingZeros().toPlainString() + "个月");
	}

	private static void flag(Pattern pattern, String text, Fact fact, Map<Fact, String> facts) {
		if (pattern.matcher(text).find()) {
			facts.put(fact, "true");
		}
	}

	/** 三十来 → 30, 几十 → 20 (at least), 上百 → 100. */
	private static int headcount(String words) {
		if (words.contains("百")) {
			return Math.max(100, SpokenFigures.toInt(words.replace("几", "")));
		}
		if (words.startsWith("几十")) {
			return 20;
		}
		return SpokenFigures.toInt(words.replace("几", ""));
	}

}
