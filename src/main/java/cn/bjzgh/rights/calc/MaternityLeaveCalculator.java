package cn.bjzgh.rights.calc;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 产假 in Beijing: 98 days nationally, 15 more for a difficult birth and for each
 * additional baby, Beijing's 60-day extension (158 days), and 1–3 more months with the
 * employer's consent; miscarriage leave; paternity and childcare leave for the record.
 */
@Component
@Order(6)
public class MaternityLeaveCalculator extends Calculator<MaternityLeaveCalculator.Input> {

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(String kind, Integer babies, Boolean difficultBirth) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("maternity", "产假（北京）", "Maternity leave (Beijing)",
			"计算北京的产假天数（国家98天，难产和多胞胎增加，北京延长60天）或流产假", List.of(
					Field.choice("kind", "类型", "kind",
							List.of(new Field.Choice("birth", "生育"), new Field.Choice("miscarriage-early", "怀孕未满4个月流产"),
									new Field.Choice("miscarriage-late", "怀孕满4个月流产")))
						.help("不填按生育计算")
						.example("birth"),
					Field.integer("babies", "本次生育的婴儿数", "babies born at this birth", "个")
						.between("1", "8")
						.help("不填按1个")
						.example(2),
					Field.yesNo("difficultBirth", "是否难产", "whether the birth was difficult").example(false)));

	public MaternityLeaveCalculator() {
		super(SPEC, Input.class);
	}

	@Override
	public CalcResult calculate(Input in) {
		String kind = (in.kind() == null) ? "birth" : in.kind();
		CalcResult.Builder out = CalcResult.of(this).basis("《女职工劳动保护特别规定》第七条");
		if (!"birth".equals(kind)) {
			int days = "miscarriage-early".equals(kind) ? 15 : 42;
			return out.step("流产假", "miscarriage-early".equals(kind) ? "怀孕未满4个月流产" : "怀孕满4个月流产", days + " 天")
				.assume("北京的60天延长生育假适用于按规定生育子女，本计算不把它加到流产假上")
				.result(days, "天", "流产假 " + days + " 天");
		}
		int babies = (in.babies() == null) ? 1 : in.babies();
		int total = 98;
		out.step("国家规定产假", "98天（其中产前可以休15天）", "98 天");
		if (Boolean.TRUE.equals(in.difficultBirth())) {
			total += 15;
			out.step("难产", "增加15天", "15 天");
		}
		if (babies > 1) {
			total += 15 * (babies - 1);
			out.step("多胞胎", "每多生育1个婴儿增加15天 × " + (babies - 1), (15 * (babies - 1)) + " 天");
		}
		total += 60;
		out.step("北京延长生育假", "增加60天", "60 天");
		out.basis("《北京市人口与计划生育条例》第十九条");
		out.step("合计", String.valueOf(total), total + " 天");
		out.assume("经单位同意，还可以再增加1至3个月，本结果没有计入");
		out.assume("男方享受15天陪产假；孩子满3周岁前，夫妻每人每年另有5个工作日的育儿假");
		out.assume("产假期间单位不得降低工资、辞退或者解除劳动合同");
		return out.result(total, "天", "在北京可休产假共 " + total + " 天");
	}

}
