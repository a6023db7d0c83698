package cn.bjzgh.rights.chat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpResolverTest {

	final FollowUpResolver resolver = new FollowUpResolver();

	final FactExtractor facts = new FactExtractor();

	/** The case file after the worker said these messages, one per turn. */
	CaseFile after(String... messages) {
		return CaseFiles.told(messages);
	}

	Resolution next(CaseFile file, String message) {
		CaseFile next = file.nextTurn(this.facts.read(message, file));
		return this.resolver.resolve(message, next, file.anchor());
	}

	/**
	 * A contract let run out is asked about with the pregnancy told before ("公司说到期不续 可以吗"
	 * after "合同这个月底到期 我怀孕三个月了"), which keeps it running (Art. 42, 45).
	 */
	@Test
	void a_contract_let_run_out_is_searched_with_the_pregnancy_told_before() {
		assertThat(next(after("合同这个月底到期 我怀孕三个月了"), "公司说到期不续 可以吗").own()).contains("怀孕");
		assertThat(next(after("怀孕了 公司让我主动辞职", "我不想走"), "他们说不走就调岗降工资").own()).contains("怀孕");
	}

	/**
	 * Time off offered instead of pay is asked about with the day the overtime was worked
	 * (a holiday's cannot be made up that way); a place said with a bare question names
	 * no subject of its own.
	 */
	@Test
	void time_off_is_searched_with_the_day_and_a_place_asks_about_the_last_answer() {
		assertThat(next(after("春节初一到初三都在厂里值班", "工资5500"), "厂里说给补休三天 行不行").own()).contains("法定节假日");
		assertThat(next(after("周六周日都让去加班 也不给钱"), "说给调休 但一直没让休").own()).contains("休息日");
		assertThat(FollowUpResolver.generic("北京的 这合法吗")).isTrue();
		assertThat(FollowUpResolver.generic("北京的加班费 这合法吗")).isFalse();
	}

	@Test
	void should_join_an_elliptical_follow_up_to_the_question_before() {
		CaseFile file = after("公司不给我签合同怎么办");
		assertThat(next(file, "那试用期呢？").question()).isEqualTo("公司不给我签合同怎么办 试用期");
		assertThat(next(file, "要是我在北京呢").question()).isEqualTo("公司不给我签合同怎么办 我在北京");
		assertThat(next(file, "那试用期呢？").kind()).isEqualTo(Resolution.Kind.FOLLOW_UP);
	}

	/**
	 * "这个试用期" points at the probation just told; "这个月" is a time and points at nothing.
	 */
	@Test
	void a_question_that_points_back_at_what_was_told_is_a_follow_up() {
		CaseFile file = after("公司让签个合同 签三年 试用期6个月");
		Resolution r = next(file, "这个试用期合法吗");
		assertThat(r.kind()).isEqualTo(Resolution.Kind.FOLLOW_UP);
		assertThat(r.question()).startsWith("公司让签个合同 签三年 试用期6个月");
		assertThat(next(file, "这个月的加班费怎么算").kind()).isEqualTo(Resolution.Kind.STANDALONE);
	}

	@Test
	void should_read_a_fragment_that_only_adds_a_fact_as_part_of_the_question_before() {
		CaseFile file = after("被裁了能拿多少补偿");
		Resolution r = next(file, "对，都五年多了");
		assertThat(r.kind()).isEqualTo(Resolution.Kind.FRAGMENT);
		assertThat(r.question()).isEqualTo("被裁了能拿多少补偿 对，都五年多了");
	}

	@Test
	void should_keep_the_anchor_question_across_fragments() {
		CaseFile file = after("被裁了能拿多少补偿", "干了3年", "在北京");
		assertThat(file.anchor()).isEqualTo("被裁了能拿多少补偿");
	}

	@Test
	void should_join_an_amount_question_without_a_subject_to_the_question_before() {
		CaseFile file = after("被裁了，干了4年多");
		// After a layoff the amount asked for is the compensation, named for the search.
		assertThat(next(file, "工资一万二，能拿多少？").question()).isEqualTo("有补偿吗 被裁了，干了4年多 工资一万二，能拿多少");
	}

	@Test
	void a_follow_up_that_names_nothing_searches_the_question_it_follows() {
		CaseFile file = after("公司让我们每天提前半小时到岗开会 不算工时");
		assertThat(next(file, "这合法吗").own()).isEqualTo("公司让我们每天提前半小时到岗开会 不算工时 这合法");
		assertThat(next(file, "那试用期呢？").own()).isEqualTo("试用期");
		assertThat(FollowUpResolver.generic("那怎么办")).isTrue();
		assertThat(FollowUpResolver.generic("我能要什么")).isTrue();
		assertThat(FollowUpResolver.generic("签了有效吗")).isTrue();
		assertThat(FollowUpResolver.generic("我能要吗")).isTrue();
		// Refusing what the answer was about asks about it too.
		assertThat(FollowUpResolver.generic("我不同意行不行")).isTrue();
		assertThat(FollowUpResolver.generic("我不去可以吗")).isTrue();
		assertThat(FollowUpResolver.generic("能拿多少")).isFalse();
	}

	@Test
	void something_never_said_is_told_not_asked() {
		assertThat(FollowUpResolver.asks("入职的时候根本没说录用条件是啥")).isFalse();
		assertThat(FollowUpResolver.asks("公司从来没告诉过我们规章制度写的什么")).isFalse();
		assertThat(FollowUpResolver.asks("录用条件是啥")).isTrue();
		assertThat(FollowUpResolver.asks("也没说哪不行 就说感觉不行")).isFalse();
		assertThat(FollowUpResolver.asks("没告诉我为啥")).isFalse();
		assertThat(FollowUpResolver.asks("哪不行")).isTrue();
		// An approximate figure is not a question; "几年" alone is.
		assertThat(FollowUpResolver.asks("俺在厂里干了十几年了")).isFalse();
		assertThat(FollowUpResolver.asks("签了好几个月了")).isFalse();
		assertThat(FollowUpResolver.asks("前几天被叫去谈话")).isFalse();
		assertThat(FollowUpResolver.asks("补偿能拿几个月")).isTrue();
		assertThat(FollowUpResolver.asks("公司没说是什么原因 这合法吗")).isTrue();
		assertThat(FollowUpResolver.generic("那加班费怎么办")).isFalse();
		// Whether to sign or accept what the last answer was about names nothing new.
		assertThat(FollowUpResolver.generic("要不要签")).isTrue();
		assertThat(FollowUpResolver.generic("该不该答应")).isTrue();
		assertThat(FollowUpResolver.generic("要不要签合同")).isFalse();
	}

	@Test
	void should_carry_the_employers_conduct_into_a_question_about_compensation() {
		CaseFile file = after("我在快递站干分拣", "一直没给交社保");
		assertThat(next(file, "干了三年了，现在不想干了，能要补偿吗？").question()).startsWith("单位没交社保");
	}

	@Test
	void should_carry_the_ending_not_an_unpaid_contribution_when_the_employer_ended_the_job() {
		CaseFile file = after("公司说要裁员，我在名单里", "一直没给交社保");
		assertThat(next(file, "月薪8000，能拿多少补偿？").question()).startsWith("被裁员").doesNotContain("单位没交社保");
	}

	@Test
	void a_follow_ups_own_search_words_are_its_message_without_fillers_and_with_the_conduct_that_decides_it() {
		CaseFile file = after("公司不给我签合同怎么办");
		assertThat(next(file, "那试用期呢？").own()).isEqualTo("试用期");
		assertThat(next(file, "对，都五年多了").own()).isEqualTo("对，都五年多了");
		CaseFile unpaid = after("我在快递站干分拣", "一直没给交社保");
		assertThat(next(unpaid, "干了三年了，现在不想干了，能要补偿吗？").own()).isEqualTo("单位没交社保 干了三年了，现在不想干了，能要补偿吗？");
		assertThat(next(unpaid, "那能要补偿吗").own()).isEqualTo("单位没交社保 能要补偿");
	}

	@Test
	void should_read_the_first_trouble_after_an_introduction_with_it_but_search_its_own_words() {
		CaseFile file = after("我在快递站干分拣");
		Resolution r = next(file, "一直没给交社保");
		assertThat(r.kind()).isEqualTo(Resolution.Kind.INTRODUCED);
		assertThat(r.question()).isEqualTo("我在快递站干分拣 一直没给交社保");
		assertThat(r.own()).isEqualTo("一直没给交社保");
		CaseFile told = after("我在快递站干分拣", "干了三年了");
		assertThat(told.anchor()).isEqualTo("我在快递站干分拣");
		assertThat(next(told, "一直没给交社保").kind()).isEqualTo(Resolution.Kind.INTRODUCED);
		assertThat(next(after("我在快递站干分拣", "一直没给交社保"), "那能要补偿吗").kind()).isEqualTo(Resolution.Kind.FOLLOW_UP);
	}

	@Test
	void should_read_a_trouble_told_in_few_words_after_an_introduction_as_the_trouble_not_as_one_more_fact() {
		CaseFile file = after("在工地干活 老板跑了");
		Resolution r = next(file, "欠了我们三个月工资");
		assertThat(r.kind()).isEqualTo(Resolution.Kind.INTRODUCED);
		assertThat(r.question()).isEqualTo("在工地干活 老板跑了 欠了我们三个月工资");
		// A fact about the job alone is still one more fact.
		assertThat(next(after("我在快递站干分拣"), "干了三年了").kind()).isEqualTo(Resolution.Kind.FRAGMENT);
		// And the trouble's anchor is what a wage told next goes on from.
		CaseFile told = after("在工地干活 老板跑了", "欠了我们三个月工资");
		assertThat(next(told, "一个月八千").kind()).isEqualTo(Resolution.Kind.FRAGMENT);
		assertThat(told.anchor()).isEqualTo("在工地干活 老板跑了 欠了我们三个月工资");
	}

	@Test
	void should_leave_a_self_contained_question_and_the_first_question_alone() {
		CaseFile file = after("公司不给我签合同怎么办");
		assertThat(next(file, "加班费按什么标准计算才合法").question()).isEqualTo("加班费按什么标准计算才合法");
		assertThat(next(CaseFile.EMPTY, "那试用期呢？").question()).isEqualTo("那试用期呢？");
	}

	@Test
	void should_replace_a_corrected_fact() {
		CaseFile file = after("被裁了，干了4年，工资8000", "不对，是3年", "说错了，工资是6000");
		assertThat(file.get(Fact.SERVICE_MONTHS)).contains("36");
		assertThat(file.get(Fact.WAGE)).contains("6000");
		assertThat(file.facts().get(Fact.WAGE).turn()).isEqualTo(3);
	}

	@Test
	void should_note_the_facts_a_worker_gives_in_pieces() {
		CaseFile file = after("我在北京送外卖", "老板欠了俩月工资没发", "我们那一共三十来号人");
		assertThat(file.facts()).containsKeys(Fact.CITY, Fact.PLATFORM, Fact.UNPAID_WAGES, Fact.HEADCOUNT);
		assertThat(file.get(Fact.HEADCOUNT)).contains("30");
		assertThat(file.get(Fact.CITY)).contains("北京");
	}

	@Test
	void should_not_take_what_the_employer_calls_quitting_for_the_worker_resigning() {
		CaseFile file = after("我们厂子要搬到廊坊", "不去的话说算自动离职");
		assertThat(file.has(Fact.RESIGNING)).isFalse();
		assertThat(file.has(Fact.RELOCATION)).isTrue();
		assertThat(after("厂子要搬走了", "我不想去 想离职").has(Fact.RESIGNING)).isTrue();
	}

	@Test
	void should_read_what_a_month_earns_as_the_wage_not_the_length_of_service() {
		CaseFile file = after("我在物流园开叉车", "一个月才挣五千五");
		assertThat(file.get(Fact.WAGE)).contains("5500");
		assertThat(file.has(Fact.SERVICE_MONTHS)).isFalse();
	}

	@Test
	void should_not_take_a_masked_phone_number_or_a_leave_length_for_a_fact() {
		Map<Fact, String> read = this.facts.read("我电话138****5678，年假5天", CaseFile.EMPTY);
		assertThat(read).doesNotContainKeys(Fact.WAGE, Fact.SERVICE_MONTHS);
	}

	@Test
	void should_not_take_the_months_of_wages_owed_or_held_back_for_the_length_of_service() {
		assertThat(after("在工地干活", "欠了我们三个月工资").has(Fact.SERVICE_MONTHS)).isFalse();
		assertThat(after("公司要辞退我", "还押着我一个月工资").has(Fact.SERVICE_MONTHS)).isFalse();
		assertThat(after("公司要辞退我", "干了三个月").get(Fact.SERVICE_MONTHS)).contains("3");
	}

	@Test
	void should_note_a_workplace_moving_away_but_not_the_worker_moving_home() {
		assertThat(after("厂子要搬到河北去").has(Fact.RELOCATION)).isTrue();
		assertThat(after("公司整体搬迁").has(Fact.RELOCATION)).isTrue();
		assertThat(after("我搬到宿舍了 公司不给交社保").has(Fact.RELOCATION)).isFalse();
	}

	@Test
	void should_not_take_the_time_since_a_contract_ran_out_for_the_length_of_service() {
		CaseFile file = after("合同到期了没续签", "我还在上班", "已经三个月了");
		assertThat(file.has(Fact.SERVICE_MONTHS)).isFalse();
		assertThat(after("合同到期了没续签", "我在这干了三年").get(Fact.SERVICE_MONTHS)).contains("36");
	}

	@Test
	void should_not_take_the_years_to_retirement_for_the_length_of_service() {
		CaseFile file = after("公司要裁员 我在这干了16年了", "再过4年就退休了");
		assertThat(file.get(Fact.SERVICE_MONTHS)).contains("192");
		assertThat(after("公司要裁员", "我还差三年退休").has(Fact.SERVICE_MONTHS)).isFalse();
	}

	@Test
	void should_not_take_the_time_since_an_event_for_the_length_of_service() {
		assertThat(after("仲裁赢了 公司就是不给钱", "都过去两个月了").has(Fact.SERVICE_MONTHS)).isFalse();
		assertThat(after("被开除了", "过了三个月了").has(Fact.SERVICE_MONTHS)).isFalse();
		assertThat(after("被开除了", "我在那干了三个月").get(Fact.SERVICE_MONTHS)).contains("3");
	}

	@Test
	void a_question_about_being_dismissed_carries_a_pregnancy_or_injury_told_earlier() {
		CaseFile file = after("我怀孕三个月了", "公司说要调我去仓库 工资降一半");
		Resolution r = next(file, "那要是他们硬要辞退我呢");
		assertThat(r.own()).startsWith("怀孕 ");
		assertThat(next(after("干活把手压伤了"), "公司能开除我吗").own()).startsWith("工伤 ");
		// A question about something else does not.
		assertThat(next(file, "那产假有几天").own()).doesNotContain("怀孕 ");
	}

	@Test
	void should_note_the_age_a_worker_tells_and_nothing_else_as_one() {
		assertThat(after("我是保洁 六十二了").get(Fact.AGE)).contains("62");
		assertThat(after("今年58岁 在厂里干了二十年").get(Fact.AGE)).contains("58");
		assertThat(after("俺都五十多了 厂里要裁人").get(Fact.AGE)).contains("50");
		assertThat(after("工资4500了 还不发").has(Fact.AGE)).isFalse();
		assertThat(after("干了三十个月了").has(Fact.AGE)).isFalse();
		assertThat(after("都25号了 工资还没发").has(Fact.AGE)).isFalse();
	}

	@Test
	void a_question_that_turns_on_retirement_age_carries_an_age_of_sixty_or_more() {
		CaseFile file = after("我是保洁 六十二了");
		assertThat(next(file, "公司说我超龄了 不签合同").own()).startsWith("过了退休年龄 ");
		assertThat(next(after("我是保洁 六十二了", "工资每月3000"), "干活摔了 算工伤不").own()).isEqualTo("过了退休年龄 干活摔了 算工伤不");
		// Not when the message names retirement itself, nor for a question age does not
		// decide, nor below sixty.
		assertThat(next(file, "退休了还能签合同吗").own()).doesNotContain("过了退休年龄");
		assertThat(next(file, "加班费怎么算").own()).doesNotContain("过了退休年龄");
		assertThat(next(after("我是保洁 四十五了"), "公司不签合同").own()).doesNotContain("过了退休年龄");
	}

	@Test
	void long_days_told_as_a_schedule_are_searched_as_working_hours() {
		CaseFile file = after("我在快递站分拣");
		assertThat(next(file, "晚上干到两三点").own()).isEqualTo("每天工作时间太长 加班 晚上干到两三点");
		assertThat(next(after("公司不给签合同"), "一天站十二个钟头").own()).startsWith("每天工作时间太长 加班 ");
		assertThat(next(after("公司不给签合同"), "每天都多干两个钟头 没多给钱").own()).startsWith("每天工作时间太长 加班 ");
		assertThat(next(CaseFile.EMPTY, "在饭馆后厨 天天下班晚俩钟头").question()).startsWith("每天工作时间太长 加班 ");
		// The anchor carries them to a fragment that follows ("一个月四千五").
		assertThat(after("我在快递站分拣", "晚上干到两三点").anchor()).contains("加班");
		// Not when the message names the hours itself, nor for other times of day.
		assertThat(next(file, "每天加班到凌晨 有加班费吗").own()).doesNotContain("每天工作时间太长");
		assertThat(next(file, "下午三点被叫去办公室 说要辞退我").own()).doesNotContain("每天工作时间太长");
	}

	@Test
	void a_question_about_unemployment_benefit_carries_how_the_job_ended() {
		CaseFile file = after("被辞退了 公司让签离职证明 上面写的是个人原因离职");
		assertThat(next(file, "失业金还能领吗").own()).isEqualTo("被辞退 失业金还能领吗");
		assertThat(next(after("合同到期厂里不续了"), "失业金能领几个月").own()).startsWith("合同到期不续签 ");
	}

	@Test
	void should_note_a_dismissal_said_in_other_words_and_the_ground_given_for_it() {
		assertThat(after("说我旷工三天把我开了").has(Fact.DISMISSED)).isTrue();
		assertThat(after("公司三个月没发工资了").has(Fact.UNPAID_WAGES)).isTrue();
		assertThat(after("公司三个月没发工资了").has(Fact.SERVICE_MONTHS)).isFalse();
		assertThat(after("公司说我不符合录用条件").has(Fact.MISCONDUCT_ALLEGED)).isTrue();
		// An offer to end the contract by agreement is not a dismissal.
		assertThat(after("公司要跟我协商解除").has(Fact.MUTUAL)).isTrue();
		assertThat(after("公司要跟我协商解除").has(Fact.DISMISSED)).isFalse();
		assertThat(after("公司要跟我解除合同").has(Fact.DISMISSED)).isTrue();
		// A holiday named as a time is not the day overtime was worked.
		assertThat(after("老板年底说工程款没下来 工资先欠着", "都快过年了 俺们二十多个人").has(Fact.OVERTIME_DAY)).isFalse();
		assertThat(after("春节初一到初三都在厂里值班").get(Fact.OVERTIME_DAY)).contains("holiday");
		assertThat(after("周末也得去干").get(Fact.OVERTIME_DAY)).contains("rest-day");
		// Who sent the worker away told between 被 and the verb.
		assertThat(after("被公司开了 干了3年2个月").has(Fact.DISMISSED)).isTrue();
		assertThat(after("被厂里给辞了").has(Fact.DISMISSED)).isTrue();
		assertThat(after("被公司派到外地了").has(Fact.DISMISSED)).isFalse();
		// No ground given, about a dismissal only.
		assertThat(after("被公司辞退了", "没给任何说法").has(Fact.NO_GROUND_GIVEN)).isTrue();
		assertThat(after("工资扣了三百 也没给任何说法").has(Fact.NO_GROUND_GIVEN)).isFalse();
		// The length of the working day is not the overtime.
		assertThat(after("每天十个小时 加班费怎么算").has(Fact.OVERTIME_HOURS)).isFalse();
		assertThat(after("这个月加班20个小时").get(Fact.OVERTIME_HOURS)).contains("20");
		// Sent home for good, not for a day off or a stoppage.
		assertThat(after("店长微信上说明天不用来了").has(Fact.DISMISSED)).isTrue();
		assertThat(after("主管说以后别来上班了").has(Fact.DISMISSED)).isTrue();
		assertThat(after("厂里停工 这个月不用来上班").has(Fact.DISMISSED)).isFalse();
		assertThat(after("明天不用来加班了").has(Fact.DISMISSED)).isFalse();
	}

	@Test
	void money_asked_for_without_a_name_after_the_job_was_ended_is_the_compensation() {
		CaseFile dismissed = after("试用期第二个月 主管说我不合适 让我明天别来了");
		assertThat(next(dismissed, "那能要点钱不").question()).startsWith("被辞退 有补偿吗 ");
		assertThat(next(after("店长说明天不用来了", "干了两年多"), "不想回去了 能拿多少").own()).startsWith("被辞退 有补偿吗");
		assertThat(next(dismissed, "能赔我多少").question()).startsWith("被辞退 有补偿吗 ");
		// Named money, or a compensation already asked about, gets no second name.
		assertThat(next(dismissed, "加班费能要多少").question()).doesNotContain("有补偿吗");
		assertThat(next(dismissed, "能赔多少补偿").question()).doesNotContain("有补偿吗");
		// Without an ending told, money is whatever the question before was about.
		assertThat(next(after("天天加班 老板一分加班费不给"), "能拿多少").question()).doesNotContain("补偿");
	}

	@Test
	void an_age_near_retirement_told_as_a_fragment_bears_on_a_social_insurance_question() {
		Resolution r = next(after("公司一直没给交社保"), "我今年58了");
		assertThat(r.kind()).isEqualTo(Resolution.Kind.FRAGMENT);
		assertThat(r.question()).startsWith("快退休了 ");
		assertThat(r.own()).isEqualTo("快退休了 我今年58了");
		// Not for a question that retirement does not decide, nor below fifty.
		assertThat(next(after("老板拖着工资不发"), "我今年58了").question()).doesNotContain("退休");
		assertThat(next(after("公司一直没给交社保"), "我今年45了").question()).doesNotContain("退休");
	}

	@Test
	void a_workplace_moving_away_is_carried_in_the_handbooks_words() {
		assertThat(next(after("公司要搬到天津", "我不想去"), "能拿补偿不").own()).startsWith("公司搬到外地 ");
	}

	@Test
	void should_note_the_schedule_a_worker_tells() {
		assertThat(after("一天干十二个小时", "一个月就休两天")).satisfies((f) -> {
			assertThat(f.get(Fact.DAY_HOURS)).contains("12");
			assertThat(f.get(Fact.DAYS_OFF)).contains("2");
		});
		assertThat(after("一周休一天").get(Fact.DAYS_OFF)).contains("4.3");
		assertThat(after("单休").get(Fact.DAYS_OFF)).contains("4.3");
		assertThat(after("一天都不让歇").get(Fact.DAYS_OFF)).contains("0");
		// Eight hours is a schedule too (six such days a week hold a rest day's
		// overtime);
		// fewer is none, and a day's leave is no schedule.
		assertThat(after("一天干八个钟").get(Fact.DAY_HOURS)).contains("8");
		assertThat(after("一周干六天").get(Fact.DAYS_OFF)).contains("4.3");
		assertThat(after("一天干六个小时").has(Fact.DAY_HOURS)).isFalse();
		assertThat(after("今年一天年假也没让休").has(Fact.DAYS_OFF)).isFalse();
	}

	@Test
	void a_first_message_of_only_how_long_is_an_introduction() {
		assertThat(FollowUpResolver.onlyFacts("刚入职两个月")).isTrue();
		assertThat(SelfIntroduction.of("刚入职两个月")).isEqualTo(Route.Opening.JOB);
	}

	@Test
	void where_to_complain_and_what_an_injury_costs_are_searched_in_the_handbooks_words() {
		CaseFile unpaid = after("俺在工地开塔吊", "老板说年底一起结 现在一分没给");
		assertThat(next(unpaid, "能去哪告").question()).contains("去哪里投诉");
		assertThat(next(unpaid, "去哪里投诉")).extracting(Resolution::question).asString().containsOnlyOnce("投诉");
		CaseFile hurt = after("我是跑美团的", "昨天送餐被车撞了", "站点说我是众包的不管");
		assertThat(next(hurt, "那医药费谁出").question()).contains("受伤");
		// Without an injury told, medical costs are whatever was asked.
		assertThat(next(after("公司一直没给交社保"), "那看病咋办").question()).doesNotContain("受伤");
	}

	@Test
	void wages_held_back_are_unpaid_wages_however_they_are_told() {
		assertThat(after("公司这个月工资又拖了").has(Fact.UNPAID_WAGES)).isTrue();
		assertThat(after("老板压了我们两个月工资").has(Fact.UNPAID_WAGES)).isTrue();
		assertThat(after("工钱押着不给").has(Fact.UNPAID_WAGES)).isTrue();
		assertThat(after("公司扣了我两百块工资").has(Fact.UNPAID_WAGES)).isFalse();
	}

	/** "算工伤吗" after a fall on the way to work asks whether that fall counts. */
	@Test
	void should_join_a_bare_question_whether_it_counts_to_the_story() {
		Resolution r = this.resolver.resolve("算工伤吗", CaseFile.EMPTY.nextTurn(Map.of()).nextTurn(Map.of()),
				"上班路上骑电动车摔了 自己摔的 没有别人");
		assertThat(r.kind()).isEqualTo(Resolution.Kind.FOLLOW_UP);
		assertThat(r.question()).contains("上班路上骑电动车摔了");
		Resolution own = this.resolver.resolve("上下班路上出车祸算工伤吗", CaseFile.EMPTY.nextTurn(Map.of()), "上班路上骑电动车摔了");
		assertThat(own.kind()).isEqualTo(Resolution.Kind.STANDALONE);
	}

}
