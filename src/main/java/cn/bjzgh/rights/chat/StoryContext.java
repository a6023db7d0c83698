package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What earlier turns told that decides the question a message asks, as search words
 * carried into it ({@link FollowUpResolver}): the employer's conduct for a claim, how the
 * job ended for unemployment benefit, a pregnancy or an injury for a dismissal, the day
 * overtime was worked for time off instead of pay, long days told as a schedule, where to
 * complain, an injury's costs.
 */
final class StoryContext {

	/**
	 * Questions about ending the job or claiming money, which the employer's conduct
	 * decides.
	 */
	private static final Pattern CLAIMS = Pattern.compile("补偿|赔偿|辞职|离职|不干|不想干|走人|仲裁|起诉|告|投诉|举报|维权|[nN]\\s*[+＋]\\s*1");

	/**
	 * Money asked for without naming what it is for ("那能要点钱不", "不想回去了 能拿多少", "能赔钱吗"):
	 * after the employer ended the job that is the compensation for it.
	 */
	private static final Pattern MONEY = Pattern
		.compile("(要|拿|赔|给|得|补)(点|些|几个|多少)?钱|(拿|给|赔|要|得|补)(我|俺|咱)?(到|回)?多少|钱(给|赔)?不给|有钱拿");

	/** Money for something other than the job's end: "加班费能要多少", "押金能要回来吗". */
	private static final Pattern OTHER_MONEY = Pattern
		.compile("欠|加班|年假|工伤|押金|社保|提成|奖金|违约金|培训费|路费|医药费|病假|最低工资|失业金|生育津贴|产假");

	/**
	 * The workplace moving away, as search words: the handbook's wording ("公司搬家",
	 * "调到外地"), which "单位搬迁" missed for the entry on changed circumstances.
	 */
	static final String RELOCATION_WORDS = "公司搬到外地";

	/** Questions about unemployment benefit, which how the job ended decides. */
	private static final Pattern UNEMPLOYMENT = Pattern.compile("失业金|失业保险|失业险|失业补助|领失业");

	/**
	 * Questions about being sent away, a contract let run out ("公司说到期不续 可以吗") or pay cut
	 * and post changed ("不走就调岗降工资"), which a pregnancy or an injury decides.
	 */
	private static final Pattern DISMISSAL = Pattern
		.compile("辞退|开除|辞了我|炒|裁|让我走|不要我|解除|赶我走|撵|不续|终止|降薪|降工资|降我工资|减薪|调岗|换岗");

	/** Time off offered instead of overtime pay: "给补休三天 行不行". */
	private static final Pattern TIME_OFF = Pattern.compile("补休|调休|倒休|换休");

	/** Questions about another claim, which the employer's conduct does not decide. */
	private static final Pattern OTHER_CLAIM = Pattern.compile("加班|年假|年休假|产假|试用期|病假|工伤");

	/**
	 * Long days told as a schedule rather than named: "晚上干到两三点", "一天站十二个钟头", "没日没夜",
	 * "从早干到晚", "每天都多干俩钟头", "下班晚一个小时". The handbook says 工作时间 and 加班, which such a message
	 * never does.
	 */
	private static final Pattern LONG_DAYS = Pattern.compile("干到(半夜|深夜|凌晨|夜里|后半夜|晚上|[一二两三四五六七八九十0-9]{1,3}点)"
			+ "|(一天|每天|天天|成天|一干就)(得|要)?(干|上|站|跑|忙|做)?.{0,2}(十[一二三四五六七八九]?|1[0-9])(几)?个?(多)?(小时|钟头)"
			+ "|没日没夜|连轴转|通宵|从早(上)?(干|忙)?到晚|早上.{0,8}到.{0,3}(晚上|半夜|夜里)|白天也得|白天也要|一天歇不了"
			// Hours beyond the day told as "more" or "late": "多干俩钟头", "下班晚一个小时".
			+ "|(多|晚)(干|上|做|下班)(了)?.{0,3}(小时|钟头)|下班(晚|迟)(了)?.{0,3}(小时|钟头)|拖班|压班");

	/**
	 * Asking where to take a complaint without naming a place: "能去哪告", "找谁说理", "哪个部门管".
	 * The handbook says 投诉, which such a message never does.
	 */
	private static final Pattern WHERE_TO_COMPLAIN = Pattern
		.compile("(去|到|上)?(哪|哪里|哪儿|啥地方)(告|投诉|举报|说理|讲理|反映)|找谁(告|说理|讲理|管|要)|(哪个|什么)部门管|谁(来)?管");

	/** The costs of an injury: who pays for treatment. */
	private static final Pattern INJURY_COSTS = Pattern.compile("医药费|医疗费|看病|治疗|住院|手术|药费");

	/** Words that already name working hours. */
	private static final Pattern HOURS_NAMED = Pattern.compile("加班|工时|工作时间|休息");

	/**
	 * What earlier turns told that decides the question {@code text} asks, as search
	 * words not already in {@code searched}: for a claim, the employer's conduct; for
	 * unemployment benefit ("失业金还能领吗" after "被辞退了"), how the job ended; for a question
	 * about being dismissed ("那要是他们硬要辞退我呢" after "我怀孕三个月了"), a pregnancy or a work
	 * injury, which protect the job; and for any question that turns on it, an age past
	 * retirement ({@link RetirementWords}).
	 */
	static String of(CaseFile state, String text, String searched) {
		String complaint = (WHERE_TO_COMPLAIN.matcher(text).find() && !searched.matches(".*(投诉|仲裁|举报).*")) ? "去哪里投诉"
				: "";
		// "那医药费谁出" after "送餐被车撞了": the cost is the injury's.
		String injury = (state.has(Fact.INJURED) && INJURY_COSTS.matcher(text).find() && !searched.contains("伤")) ? "受伤"
				: "";
		return String
			.join(" ", RetirementWords.of(state, text, searched), longDays(text, searched), injury,
					carried(state, text, searched), complaint)
			.strip()
			.replaceAll("\\s+", " ");
	}

	/**
	 * "每天工作时间太长 加班" for a message that tells long days without naming them
	 * ({@link #LONG_DAYS}); empty otherwise.
	 */
	static String longDays(String text, String searched) {
		return (LONG_DAYS.matcher(text).find() && !HOURS_NAMED.matcher(searched).find()) ? "每天工作时间太长 加班" : "";
	}

	/** What {@link #of} carries besides the worker's age. */
	private static String carried(CaseFile state, String text, String searched) {
		if (claims(text)) {
			return ConductWords.of(state, searched);
		}
		if (state.endedByEmployer() && MONEY.matcher(text).find() && !OTHER_MONEY.matcher(text).find()) {
			String conduct = ConductWords.of(state, searched);
			return searched.matches(".*(补偿|赔偿).*") ? conduct : join(conduct, "有补偿吗");
		}
		if (UNEMPLOYMENT.matcher(text).find()) {
			// Whether the job ended against the worker's will decides the benefit.
			List<String> words = new ArrayList<>();
			ConductWords.endings(state, searched, words);
			ConductWords.add(state, Fact.NO_SOCIAL_INSURANCE, "单位没交社保", searched, "社保|社宝|保险", words);
			return String.join(" ", words);
		}
		if (TIME_OFF.matcher(text).find() && !searched.matches(".*(节假日|周末|休息日).*")) {
			// Time off instead of pay is for a rest day, never a holiday (Labour Law Art.
			// 44).
			return state.get(Fact.OVERTIME_DAY).map((d) -> "holiday".equals(d) ? "法定节假日加班" : "休息日加班").orElse("");
		}
		if (DISMISSAL.matcher(text).find()) {
			List<String> words = new ArrayList<>();
			ConductWords.add(state, Fact.PREGNANT, "怀孕", searched, "孕|产|哺乳|喂奶", words);
			ConductWords.add(state, Fact.INJURED, "工伤", searched, "伤", words);
			return String.join(" ", words);
		}
		return "";
	}

	/** A question about ending the job or claiming compensation for it. */
	private static boolean claims(String text) {
		return CLAIMS.matcher(text).find() && !OTHER_CLAIM.matcher(text).find();
	}

	private StoryContext() {
	}

	private static String join(String context, String question) {
		return context.isEmpty() ? question : context + " " + question;
	}

}
