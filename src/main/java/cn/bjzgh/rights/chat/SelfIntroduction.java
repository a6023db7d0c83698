package cn.bjzgh.rights.chat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises a message that only says who the worker is or where they work ("我在快递站干分拣",
 * "在工地扎钢筋的", "我是美团骑手", "我是做保姆的 住在雇主家"): it asks nothing and tells no trouble yet. A
 * volunteer answers it by asking what happened; any handbook passage given instead would
 * be a guess at a question not asked.
 */
final class SelfIntroduction {

	/**
	 * Jobs, trades and workplaces, longer words first. The two characters a workplace may
	 * take before it ("电子厂", "物流公司") are not a 被 or 把 that makes the workplace the one
	 * who acts ("被公司开了" tells a dismissal, not a job).
	 */
	private static final Pattern JOB = Pattern
		.compile("(?:(?![被把让叫给])[\\u4e00-\\u9fa5]){0,2}(?:厂|店|公司|工地|超市|酒店|医院|养老院|学校|仓库|车间|小区|写字楼|商场|"
				+ "饭店|餐馆|物流园|快递站)|叉车|吊车|挖机|铲车|看大门|看门|切墩|打荷|配菜|面点|客房|门卫|宿管|电焊|钳工|车工|质检|包装|打包|装配|缝纫|"
				+ "送外卖|送快递|众包|专送|开车|送货|搬家|洗车|美发|理发|美甲|按摩|足疗|外卖骑手|骑手|外卖|快递员|快递站|快递|分拣|配送员|配送|送餐|送水|跑腿|闪送|网约车|滴滴|出租车|货车|大车|"
				+ "司机|车队|代驾|保安|保洁|清洁工|环卫|物业|保姆|月嫂|育儿嫂|家政|护工|护理员|钟点工|小时工|临时工|零工|日结|劳务派遣|派遣工|劳务工|农民工|"
				+ "实习生|学徒|工地|钢筋|木工|瓦工|电工|焊工|架子工|油漆工|水电工|装修|塔吊|搬运|装卸|力工|小工|普工|操作工|流水线|车间|"
				+ "电子厂|服装厂|食品厂|工厂|厂子|厂里|饭店|饭馆|餐馆|餐厅|后厨|厨师|帮厨|服务员|洗碗|传菜|收银员|收银|超市|商场|导购|店员|"
				+ "销售|客服|文员|会计|出纳|前台|程序员|幼师|代课|老师|护士|个体户|仓库|库管|理货|物流|美团|饿了么|顺丰|京东|中通|圆通|申通|韵达|极兔|"
				+ "货拉拉|上班族|打零工|打工|上班|干活");

	/**
	 * Who works there, when it is not the one writing ("我老公在工地干活"): taken out before the
	 * job, whose workplace words would otherwise take "公在工地".
	 */
	private static final Pattern RELATIVE = Pattern.compile("老公|老婆|爱人|媳妇|丈夫|妻子|我爸|我妈|俺爹|俺娘");

	/** What is left of an introduction once the job is taken out. */
	private static final Pattern FILLER = Pattern.compile("你好|您好|我们|俺们|咱们|"
			// Where a teacher teaches, who hired a shop assistant.
			+ "小学|中学|初中|高中|幼儿园|培训机构|雇的|我|俺|咱|是|在|做|干|当|搞|开|跑|扎|的|一名|一个|个|名|这|那|边|里|"
			+ "家|住|雇主|老板|给|帮|人|了|呢|哈|啊|呀|嗯|哦|跟|和|签了|签过|签的|劳动合同|合同|北京|城里|目前|现在|一直|已经|刚|入职|新|上|活|厂|店|站|公司|单位|"
			+ "[0-9.]+|[一二两三四五六七八九十百千万几半多]+|年|个月|月|天|工资|月薪|底薪|每月|块|元|钱|[，,。.！!、~～\\s]");

	/**
	 * The troubles workers most often bring, each searched with an introduction to find
	 * the handbook question nearest to it from that work ("在工地扎钢筋的" then leads to site
	 * wage arrears and site insurance, "住在雇主家" to whether a family is an employer).
	 */
	static final List<String> COMMON_TROUBLES = List.of("老板拖欠工资不发怎么办", "公司不跟我签劳动合同怎么办", "单位不给我交社保怎么办", "干活受了伤算不算工伤");

	/**
	 * Only that the worker is pregnant ("我怀孕三个月了", "怀了二胎"): the search would lead with
	 * whatever entry shares the words (the leave after a miscarriage "不满4个月", for "三个月").
	 */
	private static final Pattern PREGNANT_ONLY = Pattern
		.compile("^(?:我|俺)?(?:现在|已经|刚)?(?:怀孕|怀上|怀了|有了身孕|有身孕)(?:了)?(?:二胎|老二|头胎)?(?:了)?"
				+ "(?:[0-9一二两三四五六七八九十几半]+(?:个)?(?:多)?(?:月|周))?(?:了|啦)?$");

	/** Only that she has just given birth, is on maternity leave or nursing. */
	private static final Pattern MOTHER_ONLY = Pattern
		.compile("^(?:我|俺)?(?:现在|已经|刚|刚刚|才)?(?:生完|生了|生下|刚生)(?:孩子|娃|宝宝|小孩|二胎|老二|头胎)(?:了|啦)?"
				+ "(?:[0-9一二两三四五六七八九十几半]+(?:个)?(?:多)?(?:月|周|天))?(?:了|啦)?$"
				+ "|^(?:我|俺)?(?:现在|正在|还在)?(?:坐月子|休产假|在休产假|哺乳期|在哺乳期|喂奶)(?:呢|中|了)?$"
				+ "|^(?:我|俺)?(?:家)?(?:孩子|娃|宝宝|小孩|闺女|儿子)(?:现在|已经|刚|刚刚|才)?(?:满月|出生|生下来|百天|"
				+ "[0-9一二两三四五六七八九十几半]+(?:个)?(?:多)?(?:月|周|天)(?:大)?)(?:了|啦)?$");

	/**
	 * A message the worker opens by saying who or where they are ("我是…", "俺在…", "我老公在…"):
	 * the job that follows may be one no list names ("我是做水电的", "我在餐馆刷盘子").
	 */
	private static final Pattern SAID_OF_ONESELF = Pattern
		.compile("^(?:你好|您好)?[，,。\\s]*(?:我|俺|咱)[^，,。\\s]{0,4}?(?:是|在|做|干|当|搞|开|跑)");

	/**
	 * Words in what is left of such a message that tell a trouble, a wish or what someone
	 * said ("被烫了", "没签", "想走", "老板说"): then it is more than an introduction.
	 */
	private static final Pattern TROUBLE = Pattern
		.compile("被|没|不|未|无|欠|拖|扣|辞|裁|炒|解除|让|叫|说|想|要|能|会|得|找|问|烫|割|切|夹|压|砸|扎|撞|摔|崴|刮|伤|晕|疼|累|骂|骗|逼|哭|急|怕|搬走|搬迁|小时|钟头|休|"
				+ "掉|跌|落|塌|倒|病|死|出事|事故|车祸|住院|手术|只|少|低|降|罚|押");

	/**
	 * How many characters of a job no list names may be left of a message said of oneself
	 * ("水电", "刷盘子", "开冲床", "S修车"): a trade in a few words, not a story.
	 */
	private static final int UNNAMED_JOB = 6;

	/** Where a message divides into clauses. */
	private static final Pattern CLAUSE = Pattern.compile("[，,。；;！!\\s]+");

	/** A number or a place: what makes a message a fact. */
	private static final Pattern FACT = Pattern.compile("[0-9一二两三四五六七八九十百千万半几]|北京|上海|天津|外地");

	/** Only a greeting ("你好", "在吗"): a worker starting the conversation. */
	private static final Pattern GREETING_ONLY = Pattern
		.compile("^(?:你好|您好|你们好|大家好|哈喽|嗨|hello|hi|在吗|在不在|打扰了|请问)+(?:啊|呀|哈|呢)?$", Pattern.CASE_INSENSITIVE);

	/** Only thanks ("谢谢", "好的 谢谢你"): a worker closing the conversation. */
	private static final Pattern THANKS_ONLY = Pattern
		.compile("^(?:好的|好|嗯|哦|明白了|知道了|懂了)?(?:太|非常|真是|真的|十分|万分)?(?:谢谢|多谢|感谢|谢了|谢啦|辛苦了)+(?:你|您|你们|啦|了|哈|啊)*"
				+ "(?:(?:你们|您|你)?(?:真好|太好了|人真好|真是好人|帮大忙了|帮了大忙)|明白了|知道了|懂了)?$");

	private SelfIntroduction() {
	}

	/**
	 * What the text opens with when it only says who the worker is ({@code JOB}) or only
	 * her circumstance ({@code CIRCUMSTANCE}); null otherwise. A greeting is told by the
	 * message alone ({@link #greetingOnly}).
	 */
	static Route.Opening of(String text) {
		if (only(text) || factsOnly(text)) {
			return Route.Opening.JOB;
		}
		return (circumstanceOnly(text) || circumstanceAtWork(text)) ? Route.Opening.CIRCUMSTANCE : null;
	}

	/**
	 * A circumstance told with the job ("我老婆怀孕了 在超市上班"): nothing asked, nothing else left
	 * once the job and the fillers are taken out.
	 */
	private static boolean circumstanceAtWork(String text) {
		if (!tellsJob(text)) {
			return false;
		}
		String rest = withoutJob(text);
		return !rest.isEmpty() && circumstanceOnly(rest);
	}

	/** Whether the message names a job and asks nothing. */
	private static boolean tellsJob(String message) {
		return !FollowUpResolver.asks(message) && JOB.matcher(message).find();
	}

	/** What the message says besides the job, whose it is, and fillers. */
	private static String withoutJob(String message) {
		String job = RELATIVE.matcher(message).replaceAll("");
		return FILLER.matcher(JOB.matcher(job).replaceAll("")).replaceAll("");
	}

	/** Whether the message is only a greeting. */
	static boolean greetingOnly(String message) {
		return GREETING_ONLY.matcher(bare(message)).matches();
	}

	/** Whether the message only thanks. */
	static boolean thanksOnly(String message) {
		return THANKS_ONLY.matcher(bare(message)).matches();
	}

	private static String bare(String message) {
		return message.replaceAll("[\\p{P}\\p{S}\\s]", "");
	}

	/**
	 * Whether the message only tells the worker's circumstance, not their work: so far,
	 * that she is pregnant, has just given birth or is nursing. Answered like an
	 * introduction, with the questions nearest to it to tap.
	 */
	static boolean circumstanceOnly(String message) {
		String bare = bare(message);
		return PREGNANT_ONLY.matcher(bare).matches() || MOTHER_ONLY.matcher(bare).matches();
	}

	/**
	 * Whether the message only gives facts about the job, such as where, how long or for
	 * how much ("我在北京干了两年"), and asks nothing: an introduction without the job's name.
	 */
	static boolean factsOnly(String message) {
		return FollowUpResolver.onlyFacts(message) && FACT.matcher(message).find();
	}

	/**
	 * Whether the message names a job or workplace and, besides facts such as how long or
	 * for how much, nothing else.
	 */
	static boolean only(String message) {
		return tellsJob(message) && withoutJob(message).isEmpty() || saidOfOneself(message);
	}

	/**
	 * Whether the message opens with the worker saying who or where they are, asks
	 * nothing, and what is left once the known jobs and fillers are taken out is a few
	 * characters that tell no trouble: a trade the job list does not name.
	 */
	private static boolean saidOfOneself(String message) {
		if (FollowUpResolver.asks(message) || !SAID_OF_ONESELF.matcher(message.strip()).find()) {
			return false;
		}
		String rest = withoutJob(message);
		return rest.length() <= UNNAMED_JOB && !TROUBLE.matcher(rest).find() && !FollowUpResolver.namesSubject(rest);
	}

	/**
	 * The message without the clauses that only say who or where the worker is ("老板不给签合同"
	 * of "我在工地上干 老板不给签合同"): what it tells besides; the message itself when no clause is
	 * an introduction or every clause is.
	 */
	static String withoutIntroduction(String message) {
		List<String> clauses = Stream.of(CLAUSE.split(message.strip())).filter((c) -> !c.isBlank()).toList();
		List<String> rest = clauses.stream().filter((c) -> !only(c)).toList();
		return (rest.isEmpty() || rest.size() == clauses.size()) ? message : String.join(" ", rest);
	}

}
