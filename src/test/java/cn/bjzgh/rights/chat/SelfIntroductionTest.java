package cn.bjzgh.rights.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SelfIntroductionTest {

	@ParameterizedTest
	@ValueSource(strings = { "我在快递站干分拣", "在工地扎钢筋的", "我是美团骑手", "我是做保姆的 住在雇主家", "俺是开塔吊的", "俺在厂里干了十几年了", "我在电子厂上班，一个月5000",
			"你好，我是送外卖的", "我们是派遣工", "跑美团众包的", "我是劳务派遣的", "我是开货车的 跟车队签的合同", "我老公在工地干活", "我是小学代课老师", "我爸在厂里看大门" })
	void should_recognise_a_message_that_only_says_who_the_worker_is(String message) {
		assertThat(SelfIntroduction.only(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "在超市干了两年 老板一直没给上保险", "跑闪送 一天跑十四五个钟头", "当保安的 公司说我们是综合工时", "我跑外卖的 站点让签的是啥合作协议",
			"在工地扎钢筋的 老板拖了半年工资了", "厂里活多 周末也得去干", "被派遣公司派到银行当保安", "我是骑手吗", "干了三年了", "你好", "跟公司签了合同 现在不让干了", "在厂里干 没签合同",
			"我老公在工地干活 摔了", "孩子上小学了" })
	void should_not_take_a_trouble_a_question_or_a_bare_fact_for_an_introduction(String message) {
		assertThat(SelfIntroduction.only(message)).isFalse();
	}

	/**
	 * Opened with who or where the worker is, a trade no list names is still an
	 * introduction.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "我在建筑工地干钢筋工", "俺在工地上搞防水", "我是做水电的", "我在餐馆刷盘子", "我在物业当保安 北京朝阳", "我在电子厂打螺丝", "我在一家公司做行政",
			"我是干装修的 刷墙", "我在商场卖衣服", "我是个快递小哥", "我在养老院当护工", "我在厂里开冲床", "我在工地开挖掘机", "我在4S店修车" })
	void should_recognise_an_introduction_of_a_trade_no_list_names(String message) {
		assertThat(SelfIntroduction.only(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "我在厂里上班 被烫了", "我在公司做销售 想辞职", "我是保安 老板说要换人", "我在工地上 摔了一跤", "我在饭店干 没签合同", "我是做水电的 工资没给",
			"我在餐馆刷盘子 一天干十二个小时", "我在厂里开冲床 手被压了", "我是做水电的 能入工会吗", "我在家政公司干保姆 雇主家里干活切到手了", "我们厂是计件的 这个月活少 只发了1800",
			"我爸在工地干活 从架子上掉下来了" })
	void should_not_take_a_trade_told_with_a_trouble_or_a_question_for_an_introduction(String message) {
		assertThat(SelfIntroduction.only(message)).isFalse();
	}

	/**
	 * A circumstance told with the job, someone else's included, opens as a circumstance.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "我老婆怀孕了 在超市上班", "我在电子厂上班 怀孕三个月了" })
	void should_open_a_circumstance_told_with_the_job_as_a_circumstance(String message) {
		assertThat(SelfIntroduction.of(message)).isEqualTo(Route.Opening.CIRCUMSTANCE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "我怀孕三个月了", "怀孕了", "俺怀了二胎", "我现在怀孕5个多月", "刚生完孩子", "我生完二胎两个月了", "在休产假", "我在哺乳期", "孩子刚满月",
			"宝宝三个月大了", "孩子刚出生" })
	void should_recognise_a_message_that_only_says_the_worker_is_pregnant(String message) {
		assertThat(SelfIntroduction.circumstanceOnly(message)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "怀孕了 车间还让我搬货", "我怀孕三个月了 公司让我辞职", "怀孕了能休多久", "老婆怀孕了", "老婆刚生完孩子", "刚生完孩子 公司让我回去上班",
			"休产假工资怎么发", "孩子刚满月 公司让我回去上班", "孩子三个月了 能休几天" })
	void should_not_take_a_pregnancy_with_a_trouble_or_a_question_for_a_circumstance_only(String message) {
		assertThat(SelfIntroduction.circumstanceOnly(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "我在北京干了两年", "干了三年了", "在北京 干了两年多 一个月五千" })
	void should_take_a_first_message_of_facts_alone_for_an_introduction(String message) {
		assertThat(SelfIntroduction.of(message)).isEqualTo(Route.Opening.JOB);
	}

	/** A workplace that acts ("被公司开了") tells a trouble, not where the worker works. */
	@ParameterizedTest
	@ValueSource(strings = { "被公司开了 干了3年2个月", "被厂里辞了", "被老板炒了 干了两年" })
	void should_not_take_a_dismissal_by_a_workplace_for_an_introduction(String message) {
		assertThat(SelfIntroduction.of(message)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "厂里一个月就休两天", "好的", "干了三年了 能要补偿吗", "欠了三个月工资" })
	void should_not_take_a_statement_of_a_trouble_or_a_bare_word_for_facts_alone(String message) {
		assertThat(SelfIntroduction.factsOnly(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "你好", "您好！", "在吗？", "你好 请问", "hello" })
	void should_recognise_a_greeting(String message) {
		assertThat(SelfIntroduction.greetingOnly(message)).isTrue();
		assertThat(SelfIntroduction.thanksOnly(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "谢谢", "好的 谢谢你！", "多谢多谢", "明白了 感谢", "太感谢了", "谢谢 你们真好", "非常感谢 帮大忙了" })
	void should_recognise_thanks(String message) {
		assertThat(SelfIntroduction.thanksOnly(message)).isTrue();
		assertThat(SelfIntroduction.greetingOnly(message)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "你好 我被辞退了", "请问加班费怎么算", "谢谢 那社保呢", "在吗 老板欠我工资" })
	void should_not_take_a_question_for_a_greeting_or_thanks(String message) {
		assertThat(SelfIntroduction.greetingOnly(message)).isFalse();
		assertThat(SelfIntroduction.thanksOnly(message)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "我在工地上干 老板不给签合同,老板不给签合同", "我是保洁，六十二了，公司说我超龄了,六十二了 公司说我超龄了", "我是做水电的 干活从梯子上摔下来了,干活从梯子上摔下来了" })
	void should_take_the_introduction_out_of_a_message_that_tells_more(String message, String rest) {
		assertThat(SelfIntroduction.withoutIntroduction(message)).isEqualTo(rest);
	}

	@ParameterizedTest
	@ValueSource(strings = { "我在快递站干分拣", "老板不给签合同 干了一年了", "我在厂里上班被烫了" })
	void should_leave_a_message_alone_when_no_clause_or_every_clause_is_an_introduction(String message) {
		assertThat(SelfIntroduction.withoutIntroduction(message)).isEqualTo(message);
	}

}
