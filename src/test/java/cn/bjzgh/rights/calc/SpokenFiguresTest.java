package cn.bjzgh.rights.calc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenFiguresTest {

	@ParameterizedTest
	@CsvSource({ "干了3年4个月, 40", "五年半, 66", "干了半年了 老板一直没跟我签合同, 6", "来了半年多, 6", "一年半, 18", "才干了俩月, 2", "仨月了, 3",
			"干了两个半月, 2", "三个多月, 3", "2025年进的厂 干了八个月, 8", "才干了一个月 能拿多少, 1", "干一个月多少钱, 1", "干了一个月 工资五千, 1",
			"试用期三个月 干了两个月被辞退, 2", "怀孕三个月 在厂里干了四年, 48", "签了三年合同 干了一年半, 18" })
	void readsTheLengthOfService(String said, int months) {
		int[] service = SpokenFigures.service(said);
		assertThat(service).isNotNull();
		assertThat(service[0] * 12 + service[1]).isEqualTo(months);
	}

	@ParameterizedTest
	@CsvSource({ "一个月说好一万, 10000", "说好的一个月8000, 8000", "每月讲好的六千五, 6500", "工资发4200, 4200", "一个月才挣五千五, 5500",
			"一个月能拿6000, 6000", "每个月就赚三千, 3000" })
	void readsAWageAgreedInWords(String said, int wage) {
		assertThat(SpokenFigures.wage(said)).isEqualByComparingTo(Integer.toString(wage));
		// The wage's period is no length of service.
		assertThat(SpokenFigures.service(said)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "半年前就不发工资了", "大半年没发工资", "每月工资5000", "我们俩一起干", "歇病假的时候一个月起码得给多少", "每个月能拿多少", "辞职了那两个月工资还能要回来吗",
			"公司拖欠工资两个月了", "欠了俩月工资", "我怀孕三个月 公司说部门撤了要跟我解除合同", "孩子才五个月", "试用期6个月", "公司让签个合同 签三年", "签了三年的合同",
			"腰椎病请假在家养了一个月", "住了半个月院", "怀孕20周了" })
	void readsNoLengthWhereNoneIsTold(String said) {
		assertThat(SpokenFigures.service(said)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "公司让签个合同 签三年 试用期6个月, 36", "试用期6个月 合同签的两年, 24", "一年半的合同, 18", "签了八个月的合同 试用期两个月, 8",
			"签一年合同 试用期给定了仨月, 12" })
	void readsAContractsTerm(String said, int months) {
		assertThat(SpokenFigures.contractTerm(said)).isEqualTo(months);
	}

	@ParameterizedTest
	@CsvSource({ "一个月六千 不对 是六千八, 6800", "每个月七千 不对 说错了 七千五, 7500", "干了九年 月薪一万三 哦不 一万二, 12000",
			"月工资三千 不对 是三千三 我记错了, 3300", "月薪八千 公司这么做不对吧, 8000", "工资5000 说错了 工资5500, 5500" })
	void readsTheWageTheMessageCorrectsItselfTo(String said, int wage) {
		assertThat(SpokenFigures.wage(said)).isEqualByComparingTo(Integer.toString(wage));
	}

	@ParameterizedTest
	@CsvSource({ "我工作满十一年了 不对 是九年半 在这家干了三年, 9, 6", "干了五年 记错了 是四年半 我记错了, 4, 6", "不是八年 是七年, 7, 0", "一年多了 具体是一年零两个月, 1, 2",
			"干了五年多 具体五年零七个月, 5, 7" })
	void readsTheLengthTheMessageCorrectsItselfTo(String said, int years, int months) {
		assertThat(SpokenFigures.service(said)).containsExactly(years, months);
	}

	/** Whole years not reached yet are a month short of them; a half year told is not. */
	@ParameterizedTest
	@CsvSource({ "在快递站点干了快一年, 0, 11", "干了不到两年, 1, 11", "干了快一年半了, 1, 6", "干了一年, 1, 0" })
	void readsYearsNotReachedYetAsAMonthShort(String said, int years, int months) {
		assertThat(SpokenFigures.service(said)).containsExactly(years, months);
	}

	@Test
	void readsALongSpokenWage() {
		assertThat(SpokenFigures.wage("我月薪一万零八百七十五")).isEqualByComparingTo("10875");
		assertThat(SpokenFigures.wage("税前一万二")).isEqualByComparingTo("12000");
		assertThat(SpokenFigures.wage("一个月到手六千 税前大概七千")).isEqualByComparingTo("7000");
		assertThat(SpokenFigures.wage("一个月到手大概九千")).isEqualByComparingTo("9000");
		assertThat(SpokenFigures.wage("一天到手三百")).isNull();
		assertThat(SpokenFigures.service("跟站点签的劳动合同 一个月到手大概九千")).isNull();
		assertThat(SpokenFigures.wage("工资一万二千五")).isEqualByComparingTo("12500");
		assertThat(SpokenFigures.wage("工资八千五一个月")).isEqualByComparingTo("8500");
		assertThat(SpokenFigures.wage("月薪两万")).isEqualByComparingTo("20000");
		assertThat(SpokenFigures.wage("工资六千八百")).isEqualByComparingTo("6800");
		assertThat(SpokenFigures.afterTakingBack("不是五万 是税前四万五 我说错了", SpokenFigures::bareAmount))
			.isEqualByComparingTo("45000");
	}

	@ParameterizedTest
	@CsvSource({ "当保安 上24休24 一个月3500, 3500", "每月15号发工资 工资六千, 6000", "工资平均七千五, 7500", "一个月平均下来6800, 6800" })
	void readsTheWageNotADayOfTheMonthOrAShift(String said, int wage) {
		assertThat(SpokenFigures.wage(said)).isEqualByComparingTo(Integer.toString(wage));
	}

	@ParameterizedTest
	@CsvSource({ "合同上写的是每月15号发", "每个月20号才发上个月工资", "每月休4天" })
	void readsNoWageFromAPaydayOrDaysOff(String said) {
		assertThat(SpokenFigures.wage(said)).isNull();
	}

}
