package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalcIntentTest {

	final CalcIntent intent = new CalcIntent(CalculatorFixtures.CLOCK);

	final Calculators calculators = CalculatorFixtures.calculators();

	CalcResult calculate(String question) {
		CalcIntent.Match match = this.intent.detect(question).orElseThrow();
		assertThat(match.missing()).isEmpty();
		return this.calculators.runUnchecked(this.calculators.find(match.calculator()).orElseThrow(), match.input());
	}

	@Test
	void should_read_a_severance_question_with_its_numbers() {
		CalcIntent.Match match = this.intent.detect("月薪8000，干了3年4个月，被裁员，能拿多少补偿？").orElseThrow();
		assertThat(match.calculator()).isEqualTo("severance");
		SeveranceCalculator.Input input = (SeveranceCalculator.Input) match.input();
		assertThat(input.monthlyWage()).isEqualByComparingTo("8000");
		assertThat(input.reason()).isEqualTo("layoff");
		assertThat(input.endDate()).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(input.startDate()).isEqualTo(LocalDate.of(2023, 7, 24));
		assertThat(calculate("月薪8000，干了3年4个月，被裁员，能拿多少补偿？").result()).isEqualTo(new BigDecimal("28000.00"));
	}

	@Test
	void should_read_chinese_numerals_and_n_plus_one() {
		CalcResult r = calculate("工资一万，干了两年半，公司说要辞退我给N+1，一共能拿多少？");
		// 2.5 years -> 3 months, plus one month in lieu of notice: 4 × 10000
		assertThat(r.result()).isEqualTo(new BigDecimal("40000.00"));
	}

	/**
	 * A deadline asked of a time told in words: a month ("去年三月", "上个月", its first day) or
	 * how long ago the job ended ("离职一年半了"; pay owed runs from then).
	 */
	@Test
	void a_deadline_asked_of_a_time_told_in_words() {
		LocalDate today = LocalDate.now(CalculatorFixtures.CLOCK);
		CalcIntent.Match month = this.intent.detect("去年三月被辞退的 现在还能申请仲裁吗").orElseThrow();
		assertThat(month.calculator()).isEqualTo("arbitration-deadline");
		assertThat(((ArbitrationDeadlineCalculator.Input) month.input()).knewDate())
			.isEqualTo(LocalDate.of(today.getYear() - 1, 3, 1));
		CalcIntent.Match ago = this.intent.detect("老板欠我工资 已经离职一年半了 还能要吗").orElseThrow();
		ArbitrationDeadlineCalculator.Input wages = (ArbitrationDeadlineCalculator.Input) ago.input();
		assertThat(wages.kind()).isEqualTo("unpaid-wages");
		assertThat(wages.employmentEndDate()).isEqualTo(today.minusYears(1).minusMonths(6));
		CalcIntent.Match last = this.intent.detect("上个月被开除了 仲裁有时效吗").orElseThrow();
		assertThat(((ArbitrationDeadlineCalculator.Input) last.input()).knewDate())
			.isEqualTo(today.minusMonths(1).withDayOfMonth(1));
		// Without a time told, nothing is assumed.
		assertThat(DeadlineIntent.spokenWhen("被辞退了 还能仲裁吗")).isEmpty();
		// A time taken back gives way to the one after it.
		CalcIntent.Match corrected = this.intent.detect("去年3月被开的 现在还能告吗 不对 是前年3月").orElseThrow();
		assertThat(((ArbitrationDeadlineCalculator.Input) corrected.input()).knewDate())
			.isEqualTo(LocalDate.of(today.getYear() - 2, 3, 1));
		assertThat(DeadlineIntent.spokenWhen("不对 是前年3月被开的")).contains("前年3月");
	}

	/**
	 * "初一到初三" worked are three statutory holiday days; a range past the third mixes in
	 * days that are not, and the hours are asked for.
	 */
	@Test
	void the_first_three_days_of_the_spring_festival_are_holiday_days_worked() {
		assertThat(calculate("春节初一到初三上班 月薪五千 给多少加班费").result()).isEqualTo(new BigDecimal("2068.97"));
		assertThat(this.intent.detect("春节初一到初七都上班 月薪五千 给多少加班费").orElseThrow().complete()).isFalse();
	}

	/** "能给多少" after an ending asks for its compensation; with another sum named, not. */
	@Test
	void how_much_given_after_an_ending_is_the_compensation() {
		assertThat(calculate("干了八个月被辞退 工资五千 能给多少").result()).isEqualTo(new BigDecimal("5000.00"));
		assertThat(this.intent.detect("被辞退了 加班费给多少 工资五千 干了两年").orElseThrow().calculator()).isEqualTo("overtime");
	}

	@Test
	void should_name_what_is_missing() {
		CalcIntent.Match match = this.intent.detect("被裁员了能拿多少补偿").orElseThrow();
		assertThat(match.complete()).isFalse();
		assertThat(match.missing()).hasSize(2).anySatisfy((m) -> assertThat(m).contains("月工资"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "月薪6000，这个月加班10小时，加班费多少|517.24", "国庆节加班1天，月薪8700，给多少加班费|1200.00",
			"周末加班2天，工资4350一个月，能拿多少|800.00" })
	void should_read_overtime_questions(String question, String expected) {
		assertThat(calculate(question).result()).isEqualTo(new BigDecimal(expected));
	}

	@Test
	void the_length_of_the_working_day_and_the_days_off_are_not_overtime_hours() {
		// A ten-hour day is not ten hours of overtime; two days off are no overtime days.
		CalcIntent.Match day = this.intent.detect("每天十个小时 一个月休两天 工资3800 加班费怎么算").orElseThrow();
		assertThat(day.calculator()).isEqualTo("overtime");
		assertThat(day.complete()).isFalse();
		assertThat(day.missing()).contains("加班的小时数或天数");
		// Overtime named as such still counts.
		assertThat(calculate("每天加班2小时 月薪6000 加班费多少").result()).isEqualTo(new BigDecimal("103.45"));
	}

	@Test
	void should_read_other_calculations() {
		assertThat(this.intent.detect("我工作了12年，一年有几天年假").orElseThrow().calculator()).isEqualTo("annual-leave");
		assertThat(calculate("我工作了12年，一年有几天年假").result()).isEqualTo(10);
		// With the wage, what the untaken days are worth (9000 / 21.75 × 5 × 200%); for a
		// worker leaving, the year's days up to today (328 / 365 × 5 = 4.49, so 4).
		assertThat(calculate("干了三年 月薪九千 今年的年假没休 能给钱吗").resultText()).contains("4137.93");
		assertThat(calculate("干了三年 月薪九千 要走了 没休的年假能折钱吗").resultText()).contains("4 天").contains("3310.34");
		assertThat(calculate("在北京生双胞胎，产假能休多少天").result()).isEqualTo(173);
		assertThat(this.intent.detect("入职8个月了公司一直没签劳动合同").orElseThrow().calculator()).isEqualTo("double-wage");
		assertThat(calculate("2026年3月10日被辞退的，仲裁时效到什么时候").result()).isEqualTo("2027-03-10");
	}

	@Test
	void should_read_a_disability_grade_in_a_question_about_a_work_injury() {
		CalcIntent.Match match = this.intent.detect("工伤评了十级 工资五千 能赔多少").orElseThrow();
		assertThat(match.calculator()).isEqualTo("disability");
		assertThat(match.input()).isEqualTo(new DisabilityBenefitCalculator.Input(10, new BigDecimal("5000"), null));
		assertThat(this.intent.detect("伤残9级 一次性补助金有几个月").orElseThrow().input())
			.isEqualTo(new DisabilityBenefitCalculator.Input(9, null, null));
		assertThat(this.intent.detect("公司没给我交工伤保险 评了七级伤残 能拿多少").orElseThrow().input())
			.isEqualTo(new DisabilityBenefitCalculator.Input(7, null, Boolean.FALSE));
		// A grade outside a work injury is no disability grade.
		assertThat(this.intent.detect("考了个三级电工证 工资能多拿多少")).isEmpty();
		assertThat(SpokenFigures.grade("伤残十一级")).isNull();
	}

	@Test
	void overtime_told_as_a_rate_and_a_count_is_the_product() {
		assertThat(this.intent.detect("月薪八千 每天晚上都加班两个小时 一个月上二十二天班 加班费该有多少").orElseThrow().input()).isEqualTo(
				new OvertimeCalculator.Input(new BigDecimal("8000"), null, new BigDecimal("44"), null, null, null));
		assertThat(this.intent.detect("春节初一到初三都上班了 每天干十个小时 月工资六千三 这三天加班费应该给多少").orElseThrow().input()).isEqualTo(
				new OvertimeCalculator.Input(new BigDecimal("6300"), null, null, null, new BigDecimal("30"), null));
		// Without the length of the day, a holiday's days are counted as such.
		assertThat(this.intent.detect("国庆上了三天班 月薪六千 加班费多少").orElseThrow().input()).isEqualTo(
				new OvertimeCalculator.Input(new BigDecimal("6000"), null, null, null, null, new BigDecimal("3")));
	}

	@Test
	void an_ending_for_poor_performance_without_training_or_another_post_is_unlawful() {
		assertThat(EndingReason.of("店长说我业绩不好把我开了 没提前通知 也没培训调岗")).isEqualTo("unlawful");
		assertThat(EndingReason.of("公司说我不能胜任 培训了也不行 解除合同")).isEqualTo("art40");
		// Renewal on the same terms refused by the worker owes nothing; not renewed by
		// the
		// employer, it does.
		assertThat(EndingReason.of("合同下个月到期 公司说要按原来的条件续签 我不想续了 能拿补偿吗")).isEqualTo("renewal-refused");
		assertThat(EndingReason.of("合同到期了公司不续签 能拿补偿吗")).isEqualTo("expiry");
	}

	/** A part-time job ends at any time with nothing owed (Art. 71), however it ended. */
	@Test
	void a_part_time_job_ends_without_compensation() {
		assertThat(EndingReason.of("非全日制 老板说明天不用来了 干了八个月了 有补偿吗")).isEqualTo("part-time");
		assertThat(EndingReason.of("在超市做小时工 被辞退了 能要补偿吗")).isEqualTo("part-time");
		assertThat(EndingReason.of("被辞退了 能要补偿吗")).isEqualTo("art40");
	}

	/**
	 * Overtime told with its time inside ("加了两天班") and rest days told as a short week
	 * ("大小周 … 多上两天"): rest-day hours at 200%, not none or weekday hours at 150%.
	 */
	@Test
	void rest_day_overtime_told_in_the_workers_words() {
		OvertimeCalculator.Input weekend = (OvertimeCalculator.Input) this.intent.detect("周末加了两天班 月薪六千")
			.orElseThrow()
			.input();
		assertThat(weekend.restDayHours()).isEqualByComparingTo("16");
		assertThat(weekend.workdayHours()).isNull();
		OvertimeCalculator.Input shortWeek = (OvertimeCalculator.Input) this.intent.detect("我们大小周 月薪八千 一个月多上两天 加班费给多少")
			.orElseThrow()
			.input();
		assertThat(shortWeek.restDayHours()).isEqualByComparingTo("16");
		// Hours of a long evening in such a week are weekday overtime.
		OvertimeCalculator.Input evenings = (OvertimeCalculator.Input) this.intent
			.detect("我们大小周 月薪八千 上个月加班20个小时 加班费给多少")
			.orElseThrow()
			.input();
		assertThat(evenings.workdayHours()).isEqualByComparingTo("20");
	}

	@Test
	void should_not_count_a_fathers_paternity_leave_as_maternity_leave() {
		assertThat(this.intent.detect("我老婆生孩子了 我能休几天陪产假")).isEmpty();
		assertThat(this.intent.detect("生孩子能休几天产假").orElseThrow().calculator()).isEqualTo("maternity");
	}

	@Test
	void should_read_a_loss_to_be_taken_out_of_the_wage() {
		CalcIntent.Match match = this.intent.detect("丢了个件 网点让我赔三千 直接从工资扣 我一个月就挣四千五 最多能扣多少").orElseThrow();
		assertThat(match.calculator()).isEqualTo("deduction");
		assertThat(match.input())
			.isEqualTo(new DeductionCalculator.Input(new BigDecimal("4500"), new BigDecimal("3000"), null));
		CalcIntent.Match noWage = this.intent.detect("叉车撞坏了货架 主管说修理费从工资里一次扣光").orElseThrow();
		assertThat(noWage.complete()).isFalse();
		assertThat(this.intent.detect("车撞坏了 让我赔一千五 一个月四千 最多能扣多少").orElseThrow().input())
			.isEqualTo(new DeductionCalculator.Input(new BigDecimal("4000"), new BigDecimal("1500"), null));
		// A sum taken every month is no total to pay off in so many months.
		assertThat(this.intent.detect("车撞坏了 每个月扣我一千五 一个月四千 最多能扣多少").orElseThrow().input())
			.isEqualTo(new DeductionCalculator.Input(new BigDecimal("4000"), null, null));
		// A deduction for social insurance is no loss paid for.
		assertThat(this.intent.detect("工资单每月扣四百多社保 扣多少合适")).isEmpty();
	}

	@Test
	void should_read_wages_owed_in_months_or_as_a_sum() {
		assertThat(this.intent.detect("老板欠我三个月工资 一个月八千 能要回来多少钱").orElseThrow().input())
			.isEqualTo(new ArrearsCalculator.Input(new BigDecimal("8000"), new BigDecimal("3"), null));
		assertThat(this.intent.detect("饭店老板一共欠我一万二 能多要点不").orElseThrow().input())
			.isEqualTo(new ArrearsCalculator.Input(null, null, new BigDecimal("12000")));
		CalcIntent.Match noWage = this.intent.detect("工资欠了俩月了 能要多少").orElseThrow();
		assertThat(noWage.calculator()).isEqualTo("arrears");
		assertThat(noWage.missing()).containsExactly(ArrearsCalculator.SPEC.require("monthlyWage").ask());
		// A sum owed is no monthly wage.
		assertThat(SpokenFigures.wage("被拖欠工资15000元")).isNull();
		assertThat(ArrearsIntent.owedMonths("半年工钱没给")).isEqualByComparingTo("6");
		assertThat(ArrearsIntent.owedMonths("欠了两个半月的工资")).isEqualByComparingTo("2.5");
		assertThat(ArrearsIntent.owedSum("八千块工钱没结")).isEqualByComparingTo("8000");
		// A wage held back by custom ("压一个月") is not owed.
		assertThat(ArrearsIntent.owedMonths("新来的工资压一个月发")).isNull();
		// Whether, not how much; a cost; another sum; leaving over it (severance); no
		// contract (the double wage).
		assertThat(this.intent.detect("去年的工资到现在还欠着 过了一年还能要吗")).isEmpty();
		assertThat(this.intent.detect("老板欠薪 去仲裁要花多少钱")).isEmpty();
		assertThat(this.intent.detect("欠了俩月工资 加班费能要多少")).isEmpty();
		assertThat(this.intent.detect("厂里欠我们工资 走的话能拿多少")).isEmpty();
		assertThat(this.intent.detect("老板不给签合同 还欠着工资 能多要钱不")).isEmpty();
	}

	@Test
	void should_leave_ordinary_questions_alone() {
		assertThat(this.intent.detect("试用期最长多久")).isEmpty();
		assertThat(this.intent.detect("公司不给我交社保怎么办")).isEmpty();
		assertThat(this.intent.detect("2025年我在工地干活")).isEmpty();
	}

	@Test
	void should_convert_chinese_numerals() {
		assertThat(SpokenFigures.toInt("三")).isEqualTo(3);
		assertThat(SpokenFigures.toInt("十二")).isEqualTo(12);
		assertThat(SpokenFigures.toInt("二十")).isEqualTo(20);
		assertThat(SpokenFigures.toInt("两")).isEqualTo(2);
		assertThat(SpokenFigures.toInt("15")).isEqualTo(15);
	}

}
