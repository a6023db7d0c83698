package cn.bjzgh.rights.chat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.bjzgh.rights.calc.AnnualLeaveCalculator;
import cn.bjzgh.rights.calc.BeijingParameters;
import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.EndingReason;
import cn.bjzgh.rights.calc.CalculatorTools;
import cn.bjzgh.rights.calc.Calculators;
import cn.bjzgh.rights.calc.ArrearsCalculator;
import cn.bjzgh.rights.calc.DeductionCalculator;
import cn.bjzgh.rights.calc.DisabilityBenefitCalculator;
import cn.bjzgh.rights.calc.DoubleWageCalculator;
import cn.bjzgh.rights.calc.OvertimeCalculator;
import cn.bjzgh.rights.calc.SeveranceCalculator;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Calculations fed by the whole conversation, not only the last message. */
class ChatCalculationsTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	final ChatCalculations calculations;

	final FactExtractor facts = new FactExtractor();

	final FollowUpResolver resolver = new FollowUpResolver();

	ChatCalculationsTest() {
		BeijingParameters parameters = new BeijingParameters(Path.of("knowledge/parameters/beijing.yml"));
		Calculators calculators = new Calculators(List.of(new SeveranceCalculator(parameters, CLOCK),
				new OvertimeCalculator(), new AnnualLeaveCalculator(CLOCK), new DeductionCalculator(parameters, CLOCK),
				new ArrearsCalculator(), new DoubleWageCalculator(CLOCK)), JsonMapper.shared());
		this.calculations = new ChatCalculations(new CalcIntent(CLOCK), calculators,
				new ToolBox(new CalculatorTools(calculators, JsonMapper.shared())));
	}

	/** The calculation planned after these turns, from an empty case file. */
	Optional<ChatCalculations.Planned> after(String... messages) {
		return after(CaseFile.EMPTY, messages);
	}

	/** The calculation planned after these turns, going on from {@code start}. */
	Optional<ChatCalculations.Planned> after(CaseFile start, String... messages) {
		CaseFile file = start;
		Resolution last = null;
		String said = null;
		for (String m : messages) {
			said = m;
			CaseFile next = file.nextTurn(this.facts.read(m, file));
			Resolution r = this.resolver.resolve(m, next, file.anchor());
			file = next.withResolution(r);
			last = r;
		}
		return this.calculations.plan(file, last, said);
	}

	/**
	 * A move the worker will not follow is the change of circumstances of Article 40(3):
	 * told in one turn, it decides the compensation asked about two turns later.
	 */
	@Test
	void should_reckon_severance_for_a_workplace_that_moves_away() {
		ChatCalculations.Outcome months = this.calculations
			.offline(after("在厂里干了八年", "厂子要搬到河北去", "我不想去 有补偿没").orElseThrow());
		assertThat(months.lead()).contains("8 个月的工资").contains("单位搬迁");
		ChatCalculations.Outcome amount = this.calculations
			.offline(after("在厂里干了八年", "厂子要搬到河北去", "我不想去 有补偿没", "一个月六千五").orElseThrow());
		assertThat(amount.result().calculator()).isEqualTo("severance");
		assertThat(amount.lead()).contains("52000");
	}

	@Test
	void a_disability_grade_told_earlier_decides_what_an_injury_brings_and_nothing_else() {
		Calculators calculators = new Calculators(List.of(new DisabilityBenefitCalculator()), JsonMapper.shared());
		ChatCalculations injury = new ChatCalculations(new CalcIntent(CLOCK), calculators,
				new ToolBox(new CalculatorTools(calculators, JsonMapper.shared())));
		CaseFile file = CaseFile.EMPTY;
		Resolution last = null;
		for (String m : new String[] { "干活被机器压伤了手 工伤认定下来了", "十级", "工资五千 能赔多少" }) {
			CaseFile next = file.nextTurn(this.facts.read(m, file));
			last = this.resolver.resolve(m, next, file.anchor());
			file = next.withResolution(last);
		}
		ChatCalculations.Outcome outcome = injury.offline(injury.plan(file, last, "工资五千 能赔多少").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("disability");
		assertThat(outcome.lead()).contains("35000").contains("伤残等级：10级");
		CaseFile more = file.nextTurn(this.facts.read("停工留薪期工资发多少", file));
		Resolution other = this.resolver.resolve("停工留薪期工资发多少", more, file.anchor());
		assertThat(injury.plan(more.withResolution(other), other, "停工留薪期工资发多少")).isEmpty();
	}

	@Test
	void should_not_give_the_same_figure_again_for_a_follow_up_that_neither_gives_nor_asks_a_number() {
		assertThat(after("试用期6个月 合同签的两年")).isPresent();
		assertThat(after("试用期6个月 合同签的两年", "这合法吗")).isEmpty();
		assertThat(after("试用期6个月 合同签的两年", "工资打八折")).isEmpty();
		assertThat(after("试用期6个月 合同签的两年", "那我能拿多少")).isPresent();
		// "算不算" asks whether, not how much.
		assertThat(after("每天十个小时 工资3800 加班费怎么算", "这算不算违法")).isEmpty();
		assertThat(after("每天十个小时 工资3800 加班费怎么算", "那一个月能算多少")).isPresent();
		assertThat(after("被裁员了", "干了3年 工资8000")).isPresent();
	}

	@Test
	void a_wage_told_after_a_disability_grade_is_what_the_subsidy_needs() {
		assertThat(after("工伤认定下来了", "十级", "工资七千").map((p) -> p.match().calculator())).contains("disability");
		// Without a grade, a wage alone is only noted.
		assertThat(after("工伤认定下来了", "工资七千")).isEmpty();
	}

	@Test
	void an_ending_told_after_another_calculation_is_news_not_a_figure_for_it() {
		assertThat(after("入职4个月了公司还没和我签合同").map((p) -> p.match().calculator())).contains("double-wage");
		assertThat(after("入职4个月了公司还没和我签合同", "现在老板让我走")).isEmpty();
		// Asked for a figure, it is reckoned again, as severance.
		assertThat(after("入职4个月了公司还没和我签合同", "现在老板让我走", "能赔我多少").map((p) -> p.match().calculator()))
			.contains("severance");
	}

	@Test
	void should_calculate_severance_from_facts_given_over_three_turns_and_say_which_it_took() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("公司裁员把我裁了", "在这干了3年4个月", "一个月到手8000，能拿多少补偿？").orElseThrow());
		assertThat(outcome.result()).isNotNull();
		assertThat(outcome.result().calculator()).isEqualTo("severance");
		assertThat(outcome.lead()).contains("28000").startsWith("（按你前面说的：").contains("工作时间：3年4个月").contains("单位裁员");
	}

	@Test
	void should_use_the_corrected_length_of_service() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("被裁了，干了4年，工资8000", "不对，是3年", "能拿多少补偿").orElseThrow());
		assertThat(outcome.lead()).contains("24000");
	}

	/**
	 * A correction of the length of service right after a figure was worked out gives the
	 * figure again with it, even when nothing in the conversation says "补偿" but "N+1".
	 */
	@Test
	void a_corrected_length_of_service_after_a_figure_gives_the_figure_again() {
		CaseFile file = CaseFiles.told("hr找我谈话 说我不胜任 给N+1让我签协议走", "我干了4年 月薪一万二")
			.withTopic("severance", "rights-handbook/severance#干了三年多被辞退经济补偿怎么算");
		ChatCalculations.Outcome outcome = this.calculations.offline(after(file, "不对 是四年八个月").orElseThrow());
		assertThat(outcome.lead()).contains("60000");
	}

	/**
	 * A loss to be paid out of the wage, the wage told next, and "最多能扣多少": a fifth of the
	 * wage a month, from the facts of the turns before.
	 */
	@Test
	void a_deduction_for_a_loss_is_reckoned_from_the_wage_told_earlier() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("快递员 丢了个件 网点让我赔三千 直接从工资扣", "我一个月就挣四千五", "最多能扣多少").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("deduction");
		assertThat(outcome.lead()).contains("月工资：4500元").contains("900").contains("4 个月");
		// Asked again whether it may all go at once, the figure is the answer again.
		assertThat(after("开叉车把货架撞坏了 主管说扣我三千", "我工资五千五", "能一次扣完吗").orElseThrow().match().calculator())
			.isEqualTo("deduction");
	}

	/**
	 * Wages owed told in pieces ("老板欠了三个月工资" … "一个月八千" … "能拿回来多少"): the sum and what an
	 * ignored order adds, from the facts of the turns before; with the months alone, the
	 * figure in months' wages and the wage asked for.
	 */
	@Test
	void wages_owed_are_reckoned_from_the_months_and_the_wage_told_earlier() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("我在工地干活 老板欠了三个月工资", "一个月八千", "能拿回来多少").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("arrears");
		assertThat(outcome.lead()).contains("月工资：8000元", "被欠的工资：3个月", "24000", "12000 到 24000");
		ChatCalculations.Planned months = after("工资欠了俩月了", "能要回来多少").orElseThrow();
		assertThat(months.match().complete()).isFalse();
		assertThat(this.calculations.offline(months).lead()).contains("欠的 2 个月工资要全部补发", "1 到 2 个月工资的赔偿金");
		// A wage held back by custom is no wage owed.
		assertThat(this.facts.read("新来的工资压一个月发", CaseFile.EMPTY)).doesNotContainKey(Fact.OWED);
	}

	/**
	 * The service is the time at this employer: a working life told with it counts for
	 * annual leave only ("我参加工作十五年了 这个单位干了四年" was reckoned as 15 years' severance); a
	 * start told as a year and a month ("2019年5月入职的") runs to today, and told after a
	 * length it corrects it ("今年是26年" is the year, not 26 years).
	 */
	@Test
	void the_service_is_the_time_at_this_employer_from_when_it_began() {
		assertThat(this.calculations.offline(after("我参加工作十五年了 这个单位干了四年", "被辞退了 工资九千 补偿多少").orElseThrow()).lead())
			.contains("4 × 9000");
		assertThat(this.calculations.offline(after("我2019年5月入职的 今年被裁了", "工资八千 能拿多少补偿").orElseThrow()).lead())
			.contains("8 × 8000 = 64000");
		assertThat(this.calculations
			.offline(after("厨师 在一家餐馆干了五年", "老板要关店 让我们都走人", "工资七千", "不对 我是2020年3月来的 今年是26年", "能赔多少").orElseThrow())
			.lead()).contains("7 × 7000 = 49000");
	}

	/**
	 * Days worked at a day's rate, told after the pay was said to be unpaid, are what is
	 * owed ("一天350 干了52天": 18,200; the monthly wage and the months had been asked for).
	 */
	@Test
	void days_at_a_days_rate_are_the_wages_owed() {
		CaseFile file = CaseFiles.told("工地上干了两个月 老板不给钱", "一天350 干了52天");
		assertThat(file.get(Fact.OWED)).contains("18200元");
		assertThat(CaseFiles.told("一天350 干了52天").get(Fact.OWED)).isEmpty();
		assertThat(this.calculations.offline(after("工地上干了两个月 老板不给钱", "一天350 干了52天", "一共该给我多少").orElseThrow()).lead())
			.contains("18200");
	}

	/**
	 * The time here and at an earlier job told apart in one message, in either order: the
	 * years here are the service, both together the annual leave's working life ("我在这干了六年
	 * 之前在别的单位干了五年" had been taken for six years at an earlier job: 5 days of leave
	 * instead of 10).
	 */
	@Test
	void the_time_here_and_at_an_earlier_job_told_apart_are_both_counted() {
		CaseFile file = CaseFiles.told("我在这干了六年 之前在别的单位干了五年");
		assertThat(file.get(Fact.SERVICE_MONTHS)).contains("72");
		assertThat(file.get(Fact.PRIOR_SERVICE_MONTHS)).contains("60");
		CaseFile reversed = CaseFiles.told("以前在别的厂干了三年 现在这个厂两年了");
		assertThat(reversed.get(Fact.SERVICE_MONTHS)).contains("24");
		assertThat(reversed.get(Fact.PRIOR_SERVICE_MONTHS)).contains("36");
		assertThat(this.calculations.offline(after("我在这干了六年 之前在别的单位干了五年", "今年一天年假都没休", "月薪一万 没休的年假能折多少钱").orElseThrow())
			.lead()).contains("10 天");
	}

	/**
	 * A nanny hired by a family directly has no severance to reckon ("雇主突然说不用我了" …
	 * "有没有补偿啊 一个月6500" got 13,000 after the caveat); one sent by a company does.
	 */
	@Test
	void a_family_is_no_employer_to_reckon_severance_from() {
		assertThat(after("我在雇主家当保姆 住家的", "干了两年 雇主突然说不用我了 明天就走", "有没有补偿啊 一个月6500")).isEmpty();
		assertThat(after("家政公司派我去雇主家当保姆", "干了两年 公司突然说不用我了 明天就走", "有没有补偿啊 一个月6500")).isPresent();
	}

	/**
	 * "我能要求签无固定期限的吗" asks for a contract, not a sum ("能要求" is no "能要"): no double wage
	 * reckoned for a worker who has a contract; and a notice asked about ("需要提前一个月说吗") is
	 * no length of service.
	 */
	@Test
	void asking_for_a_contract_or_about_notice_is_no_figure() {
		assertThat(after("保安 在物业公司干了十一年了", "合同年底到期 公司说签一年的", "我能要求签无固定期限的吗")).isEmpty();
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("公司一直没给我交社保 我想辞职", "干了四年半 工资五千五", "需要提前一个月说吗 能拿多少补偿").orElseThrow());
		assertThat(outcome.lead()).contains("27500");
	}

	/**
	 * The double wage reckoned for a worker sent away without a contract is searched with
	 * the entry on everything such a worker can claim, not only the double wage.
	 */
	@Test
	void a_worker_sent_away_without_a_contract_is_answered_with_all_that_can_be_claimed() {
		ChatCalculations.Planned planned = after("没签劳动合同 干了两年了", "现在老板让我走 说没合同不算员工").orElseThrow();
		assertThat(planned.match().calculator()).isEqualTo("double-wage");
		assertThat(ChatCalculations.topicWords(planned)).isEqualTo("没签合同老板突然不让我干了能要哪些钱");
		assertThat(ChatCalculations.topicWords(after("没签劳动合同 干了两年了").orElseThrow())).isEqualTo("没签合同的二倍工资");
	}

	/**
	 * Years at an earlier employer count for annual leave (3 + 8 years: 10 days), not for
	 * severance.
	 */
	@Test
	void years_at_an_earlier_employer_count_for_annual_leave_only() {
		ChatCalculations.Outcome leave = this.calculations
			.offline(after("年假有几天啊 我在这公司干了三年", "之前在别的厂干了八年").orElseThrow());
		assertThat(leave.result().calculator()).isEqualTo("annual-leave");
		assertThat(leave.lead()).contains("累计工作 11 年 = 10 天");
		ChatCalculations.Outcome severance = this.calculations
			.offline(after("在这公司干了三年 月薪六千", "之前在别的厂干了八年", "现在被裁了 能拿多少补偿").orElseThrow());
		assertThat(severance.lead()).contains("18000");
	}

	/** A later message that turns to another subject gets no figure of the story's. */
	@Test
	void a_message_about_another_subject_is_not_the_storys_calculation() {
		assertThat(after("俺干了两年了 年假咋算", "公司说没有年假 中不中", "那病假呢 扣多少钱")).isEmpty();
		assertThat(after("俺在厂里干了三年了 从来没签过合同", "能要双倍工资不", "北京这边社保基数是多少")).isEmpty();
		// The same subject, or none named, still gets it.
		assertThat(after("俺在厂里干了三年了 从来没签过合同", "能要双倍工资不", "月薪六千 能要多少")).isPresent();
		// Whether overtime pay counts in the minimum wage is a rule, not a figure.
		assertThat(after("北京最低工资现在多少", "俺一个月才两千三 还扣了社保", "加班费算在里头不")).isEmpty();
		// "刚来四个月" is the service, "不要我了" the dismissal.
		assertThat(after("刚来四个月 公司就说经营困难不要我了", "工资八千八", "补偿多少").orElseThrow().match().calculator())
			.isEqualTo("severance");
	}

	/**
	 * "去年五月来的" is when the job began: the double wage is reckoned from it (today is
	 * 2026-11-24 in these tests: more than a year, so the eleven months).
	 */
	@Test
	void a_start_told_as_a_month_gives_the_length_of_service() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("我在美容店上班 老板一直没跟我签合同", "去年五月来的", "工资六千五 有双倍工资吗 能要多少").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("double-wage");
		assertThat(outcome.lead()).contains("11 个月").contains("71500").contains("入职时间：去年五月");
		// A month told with an ending is still when the job ended.
		assertThat(CaseFiles.told("去年五月被辞退的").get(Fact.ENDED_WHEN)).isPresent();
		assertThat(CaseFiles.told("去年五月被辞退的").get(Fact.STARTED_WHEN)).isEmpty();
	}

	/**
	 * "十一" with a holiday word is the National Day holiday: three days worked on it are
	 * statutory-holiday overtime (6000 ÷ 21.75 × 3 × 300 % = 2482.76); "十一年" is no
	 * holiday.
	 */
	@Test
	void the_national_day_holiday_told_as_shiyi_is_a_statutory_holiday() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("十一放假我们厂没停 我上了三天 就是1号2号3号", "工资六千", "加班费多少").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("overtime");
		assertThat(outcome.lead()).contains("2482.76");
		assertThat(
				java.util.regex.Pattern.compile(cn.bjzgh.rights.calc.SpokenFigures.HOLIDAYS).matcher("在厂里干了十一年").find())
			.isFalse();
	}

	@Test
	void should_answer_in_months_when_only_the_wage_is_missing() {
		ChatCalculations.Outcome outcome = this.calculations.offline(after("被辞退了，干了5年7个月", "能拿几个月的补偿？").orElseThrow());
		assertThat(outcome.result()).isNull();
		assertThat(outcome.lead()).contains("6 个月的工资").contains("告诉我你的月工资");
	}

	@Test
	void should_count_a_resignation_over_unpaid_social_insurance_as_the_employers_fault() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("我在快递站干分拣", "一直没给交社保", "干了三年了，现在不想干了，能要补偿吗？").orElseThrow());
		assertThat(outcome.lead()).contains("3 个月的工资");
	}

	@Test
	void should_not_read_an_overtime_question_after_a_layoff_as_severance() {
		ChatCalculations.Planned planned = after("被裁员了，月薪6000", "之前周末加班16个小时，加班费能拿多少").orElseThrow();
		assertThat(planned.match().calculator()).isEqualTo("overtime");
		assertThat(this.calculations.offline(planned).lead()).contains("（按你前面说的：月工资：6000元）");
	}

	@Test
	void should_explain_the_overtime_rates_while_asking_for_the_hours() {
		ChatCalculations.Outcome outcome = this.calculations.offline(after("天天加班不给钱", "月薪5000").orElseThrow());
		assertThat(outcome.lead()).contains("150%").contains("200%").contains("300%").contains("加班的小时数");
	}

	/**
	 * With the wage known and the hours not, what each hour is worth at that wage is
	 * given (4500 ÷ 21.75 ÷ 8 = 25.86; ×1.5, ×2, ×3), not only the rule.
	 */
	@Test
	void should_give_the_hourly_rates_for_the_workers_own_wage_while_asking_for_the_hours() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("当保安 一天干12个小时", "工资4500 加班费该给多少").orElseThrow());
		assertThat(outcome.result()).isNull();
		assertThat(outcome.lead()).contains("4500")
			.contains("25.86")
			.contains("38.79")
			.contains("51.72")
			.contains("77.59")
			.contains("加班的小时数");
	}

	/** "没发工资" is wages owed: quitting over them is the employer's fault (Art. 38). */
	@Test
	void should_reckon_a_resignation_over_wages_not_paid_as_the_employers_fault() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("公司三个月没发工资了", "我想走人", "走了能要补偿吗", "工资八千 干了两年半").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("severance");
		assertThat(outcome.lead()).contains("欠薪或不发工资").contains("第三十八条").contains("24000");
	}

	/**
	 * A dismissal on a ground of fault (Art. 39) owes nothing if the ground holds: the
	 * figure given is the unlawful-dismissal one, with the condition on which it is owed
	 * said first, never Article 40's compensation.
	 */
	@Test
	void should_reckon_a_dismissal_for_alleged_fault_as_unlawful_and_say_on_what_condition() {
		ChatCalculations.Outcome told = this.calculations.offline(after("说我旷工三天把我开了 干了三年 工资五千 能拿多少").orElseThrow());
		assertThat(told.result().calculator()).isEqualTo("severance");
		assertThat(told.lead()).startsWith(PartialFigures.FAULT_GROUND_NOTE).contains("违法解除赔偿金约 30000 元");
		ChatCalculations.Outcome pieces = this.calculations
			.offline(after("试用期三个月 公司说我不符合录用条件 让我走", "入职的时候根本没说录用条件是啥", "能要赔偿吗", "工资7000 干了两个月").orElseThrow());
		assertThat(pieces.lead()).contains("单位说职工违纪或不符合录用条件")
			.contains(PartialFigures.FAULT_GROUND_NOTE)
			.contains("7000 元")
			.doesNotContain("第四十条解除");
	}

	/**
	 * On probation, "说我不合格" or "感觉不行" is the employer's ground of failing the hiring
	 * conditions (Art. 39 (1)), told turns after the probation itself: the figure is the
	 * contested one, never Article 40's compensation.
	 */
	@Test
	void a_probation_failure_told_in_pieces_is_a_contested_ground_of_fault() {
		ChatCalculations.Outcome told = this.calculations
			.offline(after("试用期三个月", "公司说我不合格要辞退我", "有补偿吗", "我干了两个月了 工资六千").orElseThrow());
		assertThat(told.lead()).contains(PartialFigures.FAULT_GROUND_NOTE)
			.contains("违法解除赔偿金约 6000 元")
			.doesNotContain("第四十条解除");
		ChatCalculations.Outcome vague = this.calculations
			.offline(after("试用期第二个月 主管说我不合适 让我明天别来了", "也没说哪不行 就说感觉不行", "那能要点钱不", "工资五千").orElseThrow());
		assertThat(vague.lead()).contains(PartialFigures.FAULT_GROUND_NOTE).contains("违法解除赔偿金约 5000 元");
		// Outside probation a poor appraisal is Article 40's ground, with compensation.
		ChatCalculations.Outcome appraisal = this.calculations
			.offline(after("公司说我考核不合格把我辞退了", "干了两年 工资六千 能拿多少").orElseThrow());
		assertThat(appraisal.lead()).doesNotContain(PartialFigures.FAULT_GROUND_NOTE).contains("12000");
	}

	/**
	 * A pregnant worker sent away without fault was dismissed unlawfully (Art. 42, 87):
	 * the figure is twice the compensation, and the lead says why.
	 */
	@Test
	void a_pregnant_worker_sent_away_is_reckoned_as_dismissed_unlawfully() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("我老婆怀孕了 在超市上班", "超市说要跟她解除合同", "她干了三年 工资四千五", "能赔多少").orElseThrow());
		assertThat(outcome.lead()).startsWith("（按你前面说的")
			.contains(PartialFigures.PREGNANT_NOTE)
			.contains("违法解除赔偿金约 27000 元")
			.doesNotContain("第四十条解除");
		// Nor may a worker disabled at work be sent away without fault (Art. 42 (2)).
		assertThat(this.calculations.offline(after("我工伤评了九级", "工资八千", "公司要跟我解除合同 还能拿啥", "干了四年").orElseThrow()).lead())
			.contains(PartialFigures.DISABLED_NOTE)
			.contains("违法解除赔偿金约 64000 元");
		// Told of a wife in the third person ("让她走人"), it is a dismissal all the same.
		assertThat(
				this.calculations.offline(after("我老婆在服装厂 怀孕四个月了 厂里让她走人", "这种能赔多少 她一个月五千 干了一年半").orElseThrow()).lead())
			.contains("违法解除赔偿金约 20000 元");
		// Agreeing to leave is no dismissal.
		assertThat(this.calculations.offline(after("怀孕了 公司找我协商解除", "干了三年 工资四千五 能给多少").orElseThrow()).lead())
			.doesNotContain(PartialFigures.PREGNANT_NOTE);
	}

	/**
	 * A dismissal the worker calls unlawful is reckoned as such when the amount is asked
	 * a turn later; a correction "不是五万 是四万五" replaces the wage.
	 */
	@Test
	void a_dismissal_called_unlawful_is_reckoned_as_unlawful_and_a_corrected_wage_replaces_the_old() {
		assertThat(this.calculations.offline(after("我是程序员 月薪五万 干了八年 公司违法辞退我", "赔偿金能拿多少").orElseThrow()).lead())
			.contains("违法解除")
			.doesNotContain("第四十条解除");
		assertThat(
				this.calculations.offline(after("我是程序员 月薪五万 干了八年 公司违法辞退我", "赔偿金能拿多少", "不是五万 是税前四万五 我说错了").orElseThrow())
					.lead())
			.contains("违法解除赔偿金约 720000 元");
		// Asking whether it is unlawful is no claim that it is.
		assertThat(CaseFiles.told("公司把我辞退了 这算违法辞退吗").has(Fact.CALLED_UNLAWFUL)).isFalse();
	}

	/**
	 * A first message that tells the ending, the wage and the service and asks nothing is
	 * answered with the figure (it was handed off as not found).
	 */
	@Test
	void a_whole_severance_story_told_at_once_is_answered_with_the_figure() {
		assertThat(this.calculations.offline(after("我在公司干了两年半了 月薪一万二 公司说要裁员让我走").orElseThrow()).lead())
			.contains("36000");
		assertThat(after("在电焊车间干了六年 厂里让我走 也没安排体检")).isEmpty();
	}

	/**
	 * "能要啥" after social insurance never paid asks what leaving brings: the compensation
	 * for a resignation the employer's fault forces.
	 */
	@Test
	void asking_what_can_be_claimed_on_leaving_over_unpaid_insurance_gets_the_figure() {
		assertThat(this.calculations.offline(after("我在外卖站点干 站点跟我签了合同 但社保没交", "我跑了一年半了 每月大概八千 现在想不干了 能要啥").orElseThrow())
			.lead()).contains("16000");
		// Without a contract, what can be claimed is the double wage's question.
		assertThat(after("没签合同 干了八个月 老板让我走 能要啥").orElseThrow().match().calculator()).isEqualTo("double-wage");
	}

	/**
	 * "三年多" is reckoned as the whole years, and the answer says what the months over them
	 * add; told exactly, they are reckoned.
	 */
	@Test
	void years_and_more_say_what_the_months_over_them_add() {
		assertThat(this.calculations.offline(after("被裁了 干了三年多 月薪八千 能拿多少").orElseThrow()).lead()).contains("24000")
			.contains("不满6个月的，再加半个月工资");
		assertThat(this.calculations.offline(after("被裁了 干了三年多", "不对 是三年四个月 月薪八千 能拿多少").orElseThrow()).lead())
			.contains("28000")
			.doesNotContain("不满6个月的，再加半个月工资");
	}

	/**
	 * Facts told in one turn decide the figure asked for in a later one: the month's
	 * overtime from hours a day times days worked, and a renewal on the same terms the
	 * worker refused, which owes nothing.
	 */
	@Test
	void overtime_over_the_month_and_a_refused_renewal_carry_to_a_later_question() {
		assertThat(
				this.calculations.offline(after("我在公司做设计 月薪八千", "每天晚上都加班两个小时 一个月上二十二天班", "这一个月加班费该有多少").orElseThrow())
					.lead())
			.contains("44小时");
		assertThat(this.calculations
			.offline(after("合同下个月到期 我在这干了两年零十个月", "月薪七千八", "公司说要按原来的条件续签 我不想续了", "我能拿到补偿吗 多少").orElseThrow())
			.lead()).contains("0元").doesNotContain("23400");
	}

	/**
	 * Part-time work told in the first turn: the compensation asked for two turns later
	 * is none (Art. 71), with the hours that would make it full-time work.
	 */
	@Test
	void a_part_time_job_told_earlier_owes_no_compensation() {
		String lead = this.calculations.offline(after("我是非全日制的 在超市理货", "老板说明天不用来了", "干了八个月了 一个月三千 有补偿吗").orElseThrow())
			.lead();
		assertThat(lead).contains("0元", "第七十一条").doesNotContain("3000元");
	}

	/**
	 * "其实是我自己先提的离职" after a dismissal takes the dismissal back: no figure for an ending
	 * at the employer's hand follows; a resignation the employer forced does not.
	 */
	@Test
	void a_resignation_of_ones_own_told_later_replaces_the_dismissal() {
		CaseFile file = CaseFiles.told("我在公司做会计 干了五年零七个月 月薪一万一", "老板说我上班老迟到 属于严重违纪 要辞退我", "其实我后来想了想 是我自己先提的离职 他们批了");
		assertThat(file.endedByEmployer()).isFalse();
		assertThat(file.has(Fact.MISCONDUCT_ALLEGED)).isFalse();
		assertThat(file.has(Fact.RESIGNING)).isTrue();
		assertThat(after("我在公司做会计 干了五年零七个月 月薪一万一", "老板说我上班老迟到 属于严重违纪 要辞退我", "其实我后来想了想 是我自己先提的离职 他们批了", "那我还能拿补偿吗"))
			.isEmpty();
		assertThat(CaseFiles.told("公司把我开了", "是公司逼我自己提的辞职").endedByEmployer()).isTrue();
	}

	/** "合同到期三个月了" is the time since the contract ran out, not the service. */
	@Test
	void the_time_since_a_contract_ran_out_is_no_length_of_service() {
		assertThat(CaseFiles.told("合同到期三个月了 公司也没说续签 我一直在上班").get(Fact.SERVICE_MONTHS)).isEmpty();
		assertThat(CaseFiles.told("我在休产假", "产假还剩一个月 能不能直接补偿我走人").get(Fact.SERVICE_MONTHS)).isEmpty();
	}

	/**
	 * Money asked for leave not taken, with no wage told: the days, the rule for the
	 * money, and the question for the wage; once it is told, the amount.
	 */
	@Test
	void money_for_leave_not_taken_asks_for_the_wage_when_it_is_missing() {
		ChatCalculations.Planned asked = after("我想请年假", "领导不批", "我工作八年了 一年能休几天", "今年一天没休 年底能给钱吗").orElseThrow();
		assertThat(ChatCalculations.topicWords(asked)).isEqualTo("没休的年假给啥补偿");
		assertThat(this.calculations.offline(asked).lead()).contains("5 天").contains("200%").contains("告诉我你的月工资");
		ChatCalculations.Outcome paid = this.calculations
			.offline(after("我工作八年了 年假一年能休几天", "今年一天没休 年底能给钱吗", "工资八千").orElseThrow());
		assertThat(paid.lead()).contains("3678.16").doesNotContain("告诉我你的月工资");
		assertThat(this.calculations.offline(after("我工作八年了 年假一年能休几天").orElseThrow()).lead()).doesNotContain("告诉我你的月工资");
	}

	/**
	 * A workplace that closes down ends the job (Art. 44 (4)–(5), 46 (6)): told in one
	 * turn, the wage in another is the compensation's, not annual leave's.
	 */
	@Test
	void a_workplace_closing_down_is_an_ending_with_compensation() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("在超市当收银员 干了两年了", "超市要关门了 说让我们月底都走", "工资4800 能给多少").orElseThrow());
		assertThat(outcome.result().calculator()).isEqualTo("severance");
		assertThat(outcome.lead()).contains("单位倒闭或关门").contains("9600").contains("提前解散");
	}

	/**
	 * Another sum asked about after an ending ("歇病假的时候一个月起码得给多少" after "公司要跟我解除合同") is
	 * not the severance, and its "一个月" is a monthly amount, not the time worked.
	 */
	/**
	 * Social insurance signed away is social insurance not paid (the waiver is void, SPC
	 * Interpretation II Art. 19): resigning over it is the employer's fault.
	 */
	@Test
	void social_insurance_signed_away_is_not_paid() {
		ChatCalculations.Outcome outcome = this.calculations
			.offline(after("入职时让我签了自愿放弃社保", "现在想走", "能要补偿吗", "干了两年 工资六千").orElseThrow());
		assertThat(outcome.lead()).contains("单位没有缴社保").contains("12000").contains("第三十八条");
	}

	/**
	 * When the job ended, told in one turn, is what a deadline asked in the next runs
	 * from.
	 */
	@Test
	void the_time_the_job_ended_is_what_a_later_deadline_runs_from() {
		ChatCalculations.Planned planned = after("去年三月被辞退的", "现在还能申请仲裁吗").orElseThrow();
		assertThat(planned.match().calculator()).isEqualTo("arbitration-deadline");
		assertThat(planned.text()).contains("去年三月");
	}

	/** Pay during maternity leave asked after its days is not the days again. */
	@Test
	void pay_during_maternity_leave_is_not_its_days_again() {
		assertThat(after("我老婆在北京生孩子 产假有多少天")).get().extracting((p) -> p.match().calculator()).isEqualTo("maternity");
		assertThat(after("我老婆在北京生孩子 产假有多少天", "她工资一万 产假期间发多少")).isEmpty();
	}

	@Test
	void sick_pay_asked_after_an_ending_is_no_severance() {
		assertThat(after("腰椎病请假在家养了一个月 公司要跟我解除合同", "合同下个月也到期了", "北京这边 歇病假的时候一个月起码得给多少")).isEmpty();
	}

	@Test
	void should_reckon_a_dismissal_on_no_ground_at_all_as_unlawful_and_say_on_what_condition() {
		ChatCalculations.Outcome pieces = this.calculations
			.offline(after("被公司辞退了", "没给任何说法", "干了一年半 月薪七千").orElseThrow());
		assertThat(pieces.lead()).contains(PartialFigures.NO_GROUND_NOTE)
			.contains("单位没说辞退理由")
			.contains("28000")
			.doesNotContain("第四十条解除");
		// A ground given is not "no ground".
		assertThat(EndingReason.noGroundGiven("说我旷工 没给任何说法")).isFalse();
		assertThat(EndingReason.noGroundGiven("也没说为什么 就让我明天别来了")).isTrue();
	}

	/**
	 * A worker who told the schedule, not the hours, gets the month's overtime estimated
	 * from it, said as an estimate; the hours are not asked for again.
	 */
	@Test
	void should_estimate_overtime_from_the_schedule_told_in_pieces() {
		ChatCalculations.Planned planned = after("在饭店当服务员", "一天干十二个小时", "一个月休两天", "工资四千五", "加班费能要多少").orElseThrow();
		assertThat(planned.match().complete()).isTrue();
		ChatCalculations.Outcome outcome = this.calculations.offline(planned);
		assertThat(outcome.lead()).contains("每天工作约12小时", "每月休息约2天", "工作日延长约 87 小时", "休息日加班约 80 小时")
			.contains("加班费约 7512.93 元");
		// One day off a week is a schedule too.
		assertThat(this.calculations.offline(after("单休 一天干十个钟头", "月薪五千 加班费能要多少").orElseThrow()).lead())
			.contains("工作日延长约 44 小时", "休息日加班约 44 小时");
		// Six days a week of eight hours: the rest days worked are the overtime; "周六也上班"
		// is six days a week, and "个钟" an hour.
		assertThat(this.calculations.offline(after("我在食堂干帮厨 一周干六天", "一天八个钟", "这算加班不 月薪四千五").orElseThrow()).lead())
			.contains("工作日延长约 0 小时", "休息日加班约 35 小时", "加班费约 1810");
		assertThat(this.calculations.offline(after("在厂里上班 每天干12个小时 一个月就给5000", "周六也上班 没调休", "一个月加班费该拿多少").orElseThrow())
			.lead()).contains("月工资：5000元", "工作日延长约 87 小时", "休息日加班约 52 小时");
		// Hours of overtime told outright are used as told.
		assertThat(this.calculations.offline(after("一天干十二个小时 这个月加班20个小时 月薪6000 加班费多少").orElseThrow()).lead())
			.doesNotContain("估算");
	}

	/**
	 * "能补多少钱" names no calculation; after the answer on unused leave at leaving, it asks
	 * that answer's figure.
	 */
	@Test
	void a_figure_asked_after_an_answer_is_that_answers_figure() {
		CaseFile file = CaseFiles.told("在公司干了5年了", "今年年假一天没休", "现在要离职了")
			.withTopic("annual-leave", "rights-handbook/annual-leave#辞职或者合同到期走人没休的年假能折成钱吗");
		String m = "工资八千 能补多少钱";
		CaseFile next = file.nextTurn(this.facts.read(m, file));
		Resolution r = this.resolver.resolve(m, next, file.anchor());
		ChatCalculations.Planned planned = this.calculations.plan(next.withResolution(r), r, m).orElseThrow();
		assertThat(planned.match().calculator()).isEqualTo("annual-leave");
		// Without an answer before, nothing says which figure is meant.
		assertThat(this.calculations.plan(next.withTopic(null, null).withResolution(r), r, m)).isEmpty();
	}

	/**
	 * "能折成钱吗" asks for the figure of the answer on unused leave at leaving, and a wage
	 * told alone next completes it.
	 */
	@Test
	void leave_turned_into_money_and_a_wage_told_next_complete_the_answers_figure() {
		CaseFile file = CaseFiles.told("我年假一天没休过", "今年要离职了")
			.withTopic("annual-leave", "rights-handbook/annual-leave#辞职或者合同到期走人没休的年假能折成钱吗");
		String m = "干了8年了 能折成钱吗";
		CaseFile next = file.nextTurn(this.facts.read(m, file));
		Resolution r = this.resolver.resolve(m, next, file.anchor());
		next = next.withResolution(r);
		assertThat(this.calculations.plan(next, r, m).orElseThrow().match().calculator()).isEqualTo("annual-leave");
		String wage = "月薪一万";
		CaseFile last = next.nextTurn(this.facts.read(wage, next));
		Resolution w = this.resolver.resolve(wage, last, next.anchor());
		assertThat(w.kind()).isEqualTo(Resolution.Kind.FRAGMENT);
		ChatCalculations.Planned planned = this.calculations.plan(last.withResolution(w), w, wage).orElseThrow();
		assertThat(this.calculations.offline(planned).lead()).contains("元").doesNotContain("告诉我你的月工资");
	}

}
