package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 工伤伤残待遇: the one-time disability subsidy by grade (27 months of the worker's own wage at
 * grade 1 down to 7 at grade 10), and for grades 1–6 the monthly disability allowance (90
 * % down to 60 % of it), under Articles 35–37 of the Work Injury Insurance Regulations;
 * the employer pays the same when it did not insure the worker (Article 62). The two
 * one-time subsidies on leaving the job at grades 5–10 are set by Beijing and are not
 * computed: no checked figure is kept here.
 */
@Component
@Order(8)
public class DisabilityBenefitCalculator extends Calculator<DisabilityBenefitCalculator.Input> {

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(Integer grade, BigDecimal monthlyWage, Boolean insured) {
	}

	/** Months of the worker's own wage paid once, grade 1 first. */
	private static final int[] SUBSIDY_MONTHS = { 27, 25, 23, 21, 18, 16, 13, 11, 9, 7 };

	/** The monthly allowance in percent of the worker's own wage, grades 1–6. */
	private static final int[] ALLOWANCE_PERCENT = { 90, 85, 80, 75, 70, 60 };

	static final CalculatorSpec SPEC = new CalculatorSpec("disability", "工伤伤残待遇（一次性伤残补助金）",
			"Work-injury disability benefits",
			"按劳动能力鉴定的伤残等级计算一次性伤残补助金（一级27个月至十级7个月的本人工资），一至六级另算按月的伤残津贴；单位没交工伤保险的由单位按同样标准支付",
			List.of(Field.integer("grade", "伤残等级", "disability grade", "级")
				.asRequired()
				.between("1", "10")
				.help("劳动能力鉴定结论上的等级，1到10")
				.example(10)
				.ask("劳动能力鉴定评的是几级伤残（例如：十级）"),
					Field
						.money("monthlyWage", "本人工资（受伤前12个月平均月缴费工资）",
								"own wage (average monthly insured wage, 12 months before the injury)")
						.help("不填就只算月数")
						.example(5000),
					Field.yesNo("insured", "单位给交了工伤保险", "whether the employer insured the worker against injury")
						.help("不填按交了算")
						.example(true)));

	public DisabilityBenefitCalculator() {
		super(SPEC, Input.class);
	}

	@Override
	public CalcResult calculate(Input in) {
		int grade = in.grade();
		int months = SUBSIDY_MONTHS[grade - 1];
		String level = chinese(grade) + "级伤残";
		CalcResult.Builder out = CalcResult.of(this).basis(article(grade), "《工伤保险条例》第六十四条");
		boolean insured = !Boolean.FALSE.equals(in.insured());
		out.step("一次性伤残补助金", level, months + " 个月的本人工资");
		BigDecimal wage = in.monthlyWage();
		BigDecimal amount = null;
		if (wage != null) {
			amount = wage.multiply(new BigDecimal(months), Money.MC);
			out.step("金额", months + " × " + Money.format(wage), Money.format(amount));
		}
		if (grade <= 6) {
			int percent = ALLOWANCE_PERCENT[grade - 1];
			String monthly = (wage == null) ? "本人工资的" + percent + "%"
					: Money.format(wage.multiply(new BigDecimal(percent)).divide(new BigDecimal(100), Money.MC))
							+ " 元（本人工资的" + percent + "%）";
			out.step((grade <= 4) ? "伤残津贴（按月）" : "伤残津贴（单位难以安排工作时，按月）", "本人工资 × " + percent + "%", monthly);
		}
		out.step("由谁支付", insured ? "工伤保险基金" : "单位没交工伤保险，由单位按同样的项目和标准支付", "");
		if (!insured) {
			out.basis("《工伤保险条例》第六十二条");
		}
		if (grade <= 4) {
			out.assume("一至四级保留劳动关系、退出工作岗位；伤残津贴低于当地最低工资标准的由工伤保险基金补足，到退休年龄后改领基本养老保险待遇（低于伤残津贴的由基金补足差额）");
		}
		else if (grade <= 6) {
			out.assume("五、六级保留劳动关系，由单位安排适当工作；难以安排的按月发伤残津贴，低于当地最低工资标准的由单位补足，单位照常缴纳社会保险费");
			out.assume("本人提出解除或终止劳动关系的，还有一次性工伤医疗补助金（工伤保险基金付）和一次性伤残就业补助金（单位付），标准由北京市规定，本计算没有计入，可拨打12333查询");
		}
		else {
			out.assume("劳动合同期满终止或者本人提出解除合同的，还有一次性工伤医疗补助金（工伤保险基金付）和一次性伤残就业补助金（单位付），标准由北京市规定，本计算没有计入，可拨打12333查询");
		}
		out.assume("本人工资指受伤或得职业病前12个月的平均月缴费工资；低于统筹地区职工平均工资60%的按60%算，高于300%的按300%算，本计算没有套用这个上下限");
		String text = level + "的一次性伤残补助金是 " + months + " 个月的本人工资"
				+ ((amount != null) ? "，约 " + Money.format(amount) + " 元" : "（给出本人工资即可算出金额）");
		return out.result((amount != null) ? Money.yuan(amount) : months, (amount != null) ? "元" : "个月", text);
	}

	private static String article(int grade) {
		return (grade <= 4) ? "《工伤保险条例》第三十五条" : (grade <= 6) ? "《工伤保险条例》第三十六条" : "《工伤保险条例》第三十七条";
	}

	private static String chinese(int grade) {
		return "一二三四五六七八九十".substring(grade - 1, grade);
	}

}
