package cn.bjzgh.rights.chat;

import java.util.regex.Pattern;

/**
 * Whether a question is about the worker's own work. Many words of labour questions are
 * also words of everyday life: a landlord keeps a 押金, a 保险公司 refuses a claim, a shop 老板
 * will not take a phone back, a 养老院 costs so much a month. Such a question, read for its
 * labour words alone, was answered confidently from a passage on wage deposits or pension
 * insurance. So a question that names another part of life (renting, shopping, an
 * insurance policy, a loan, traffic, family, a patient's illness, school…) is outside the
 * scope unless, once those words are set aside, something unmistakably about work is left
 * ("在保险公司做理赔员 天天加班" is a worker's question; "保险公司拒赔" is not).
 *
 * <p>
 * Regular expressions rather than a classifier: nothing here may be learnt from the
 * evaluation sets, and the lists read as what they are. The knowledge base is the check
 * that they do not reach into labour questions: no handbook or guide question, and none
 * of their 相似问法, may be judged outside the scope ({@code ScopeTest}), and the console
 * refuses an entry or a phrasing it would decline ({@code EntryEditor}).
 */
public final class Scope {

	/** What the words of a question say about its scope. */
	public enum Verdict {

		/**
		 * Words of work, pay, insurance or the union; with another domain's words, only
		 * when something about work is left once they are set aside.
		 */
		LABOUR,

		/** Another part of life, and nothing left that is about work. */
		OTHER,

		/** Neither: left to how close a handbook question is. */
		UNKNOWN

	}

	/**
	 * Words that place a question in the service's scope: work, pay, insurance, the
	 * union.
	 */
	private static final Pattern DOMAIN = Pattern.compile(
			"工资|薪|合同|加班|社保|保险|公积金|工伤|受伤|辞退|开除|炒|裁员|辞职|离职|老板|公司|单位|厂|"
					+ "工地|上班|干活|打工|岗位|试用|实习|假|补偿|赔偿|仲裁|劳动|工会|骑手|外卖|快递|网约车|司机|派遣|兼职|小时工|退休|"
					+ "怀孕|产|生育|哺乳|失业|医保|养老|拖欠|欠|扣钱|罚款|押金|招聘|面试|歧视|维权|投诉|举报|12351|12333|加薪|降薪|"
					+ "调岗|值班|夜班|工时|休息|病|医疗期|职业病|农民工|包工头|平台|雇|员工|职工|同事|工友|领导|经理|HR|人事|"
					+ "下班|店长|主管|后厨|饭店|饭馆|餐馆|工钱|工作|扣|调去|调到|不用来|站点|派单|接单|车间|保洁|保安|班组|工头|排班|"
					+ "请假|补休|调休|辞工|入职|转正|社宝|钟头|干了|上岗|工牌|老板娘|东家|雇主|保姆|家政|月嫂|学徒|师傅|"
					+ "美团|饿了么|站长|单价|跑单|抢单|派件|闪送|滴滴|货拉拉|配送|证据|截图|录音|工资条|考勤|打卡|离职证明|档案|" + "旷工|迟到|开了|辞了|出差",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Words of other parts of life: housing, shopping and services, insurance policies
	 * and claims, money and debts, traffic, family, health as a patient, school,
	 * neighbours and pets, telephones, scams and paperwork.
	 */
	private static final Pattern OTHER_DOMAIN = Pattern.compile(String.join("|",
			// housing
			"房东|房冬|押一付三|隔断间|新房|二房东|租房|租的房|出租屋|房租|租金|退租|续租|租客|合租|室友|中介费|物业费|物业|业主|买房|购房|房贷|首付|"
					+ "开发商|交房|期房|二手房|房产证|过户|(?<!干|做|搞)装修(?!队|工)|拆迁|认筹|公摊",
			// shopping and services
			"网购|网上买|淘宝|拼多多|拼夕夕|京东|直播间|商家|卖家|买家|退货|换货|新买的|刚买的|网上买的|买的东西|不给换|七天无理由|假货|翻新机|三倍赔偿|十倍赔偿|消费者|12315|"
					+ "理发店|美容院|美发|办的卡|办了卡|预付卡|健身房|私教|年卡|4S店|车行|售后|保修|旅行社|酒店|民宿|机票|航空公司|"
					+ "火车票|高铁票|退票|改签|婚纱|婚庆|定金|订金|外卖里|餐馆里吃|饭店吃|搬家公司|共享单车|充电宝",
			// insurance policies and claims
			"保险公司|理赔|理陪|拒赔|退保|保单|保费|车险|交强险|商业险|意外险|重疾险|医疗险|百万医疗|寿险|碎屏险|运费险|" + "保险业务员|卖保险的",
			// money and debts
			"银行卡|信用卡|贷款|网贷|借呗|花呗|分付|白条|车贷|逾期|催收|借条|借钱|借了|借给|担保人|股票|买基金|炒基金|基金定投|理财|余额宝|彩票|" + "双色球|利息|年费",
			// traffic
			"驾照|驾驶证|驾校|违章(?!指挥|作业|冒险)|违停|罚单|扣分|闯红灯|追尾|剐蹭|刮了|交警|停车费|停车场|拖车|ETC|二手车|新车|买车|修车|头盔",
			// family
			"养老院|敬老院|托老所|离婚|婚礼|相亲|彩礼|嫁妆|抚养费|抚养权|探视|家暴|遗嘱|继承|遗产|前夫|前妻|婆婆",
			// health as a patient
			"挂号|挂哪个科|吃什么药|吃药|药店|医疗事故|医疗纠纷|做手术|手术|拔牙|牙医|发烧|感冒|高血压|血糖|胃疼|体检报告",
			// school
			"上学|入学|学校|择校|学费|补课|辅导班|培训班|英语班|幼儿园|小学|初中|高中|中考|高考|写作业|家庭作业|孩子.{0,2}作业|班主任",
			// neighbours and pets
			"邻居|楼上|楼下|漏水|噪音|宠物|猫|狗",
			// telephones
			"套餐|话费|宽带|运营商|营业厅|携号转网|停机",
			// scams and paperwork
			"诈骗|骗子|被骗|刷单|迁户口|户口迁|上户口|护照|签证|结婚证|失物招领"), Pattern.CASE_INSENSITIVE);

	/** Small talk and requests that are not questions about one's life at all. */
	private static final Pattern SMALL_TALK = Pattern.compile("天气|天气预报|菜谱|怎么做菜|红烧|写首诗|写一首|笑话|星座|(怎么|咋|如何)(工作|运作)的");

	/** Both, for setting their words aside. */
	private static final Pattern NOT_WORK = Pattern.compile(OTHER_DOMAIN.pattern() + "|" + SMALL_TALK.pattern(),
			Pattern.CASE_INSENSITIVE);

	/**
	 * Words that are about the asker's work whatever else the question names: what is
	 * left after {@link #NOT_WORK}'s words are set aside is read for these.
	 */
	private static final Pattern WORK = Pattern
		.compile(String.join("|", "工资|工钱|薪|提成|绩效|全勤|劳动合同|劳务合同|解除.{0,2}合同|续签|没签.{0,2}合同|竞业|加班|社保|社会保险|五险|公积金",
				"工伤|公伤|职业病|辞退|词退|开除|裁员|辞职|离职|辞工|炒鱿鱼|工地|上班|下班|干活|打工|岗位|调岗|调去|调到|试用期|实习|出差|因公外出",
				"请假|年假|病假|产假|婚假|丧假|事假|休假|经济补偿|仲裁|劳动|工会|骑手|跑外卖|送外卖|送快递|送单|快递员|快递站|派件|代驾|众包|专送|配送员|车队|叉车",
				"网约车|跑滴滴|跑闪送|闪送员|跑腿|开货拉拉|跑货拉拉|跑美团|跑饿了么|派遣|兼职|小时工|退休|怀孕|生育|哺乳|失业|拖欠|欠薪|讨薪|招聘|入职|转正|面试|12351|12333|值班|夜班",
				"工时|医疗期|农民工|包工头|工头|雇主|员工|职工|同事|工友|人事|HR|店长|主管|后厨|车间|保洁|保安|护工|保姆|家政|月嫂",
				"经理|领导|领班|园长|队长|组长|班组|班长|招工|歧视|区别对待|维权|社宝|医保|养老金|养老保险|交养老|人社|社保局|劳动局|"
						+ "监察|救助|帮扶|补助|慰问|火灾|着火|着了火|受灾|遭了灾|入会|会员|京卡|二次报销|互助|文化宫|送件|送餐|钟头|干了|装修队|"
						+ "装修工|施工队|工程队|学徒|站长|派单|接单|跑单|抢单|排班|补休|调休|工牌|工服|考勤|打卡|旷工|迟到|单位|厂里|进厂|工厂|工作|服务期",
				"把我(开|辞|炒)|不让(我)?干了|不用来了",
				// working at a firm another domain's word names ("我在搬家公司干" once that word
				// is
				// set aside), delivering with a vehicle, money kept back from the
				// worker's pay
				"(在|给|跟)\\s+(干|做|上班|打工|工作)|(开车|骑车|跑)送货|送货(的|员|司机)|扣(了)?我.{0,4}(钱|工资)|扣.{0,2}工资|每(个)?月扣",
				// the employer buying insurance or paying contributions for its people
				"(公司|单位|老板|厂)(给|帮|替)?(我|我们|员工|职工)?(买|上|交|缴)",
				// working as something
				"(当|做|干)了?.{0,4}(员|工|师|教练|护士|司机|厨师|会计|客服|销售|导购|收银)"), Pattern.CASE_INSENSITIVE);

	/** Words of a question asked, not of a story told. */
	private static final Pattern ASKS = Pattern.compile("吗|呢|么|怎么|咋|啥|什么|多少|哪|谁|能不能|可不可以|行不行|[？?]");

	private Scope() {
	}

	/**
	 * Whether a message within a labour conversation asks about another part of life ("对了
	 * 房东不退押金怎么办" after unpaid wages), which is outside the scope like a first question
	 * would be. A message that only tells more of the story ("房租都交不起了") asks nothing and
	 * stays in the conversation.
	 */
	static boolean asksElsewhere(String message) {
		return of(message) == Verdict.OTHER && ASKS.matcher(message).find();
	}

	/**
	 * Whether a question judged {@link Verdict#OTHER} names a part of life that other
	 * services deal with (not small talk).
	 */
	static boolean namesAnotherPartOfLife(String question) {
		return OTHER_DOMAIN.matcher(question).find();
	}

	/** What the question's words say about its scope. */
	public static Verdict of(String question) {
		String rest = NOT_WORK.matcher(question).replaceAll(" ");
		if (!rest.equals(question)) {
			return WORK.matcher(rest).find() ? Verdict.LABOUR : Verdict.OTHER;
		}
		return DOMAIN.matcher(question).find() ? Verdict.LABOUR : Verdict.UNKNOWN;
	}

}
