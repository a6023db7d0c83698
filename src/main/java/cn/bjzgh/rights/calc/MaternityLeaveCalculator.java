package cn.bjzgh.rights.calc;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * 产假 in Beijing: 98 days nationally, 15 more for a difficult birth and for each
 * additional baby, Beijing's 60-day extension (158 days), and 1–3 more months with the
 * employer's consent; miscarriage leave; paternity and childcare leave for the record.
 */
public class MaternityLeaveCalculator implements Calculator<MaternityLeaveCalculator.Input> {

	/**
	 * @param kind birth (default), miscarriage-early (under 4 months) or miscarriage-late
	 * (4 months or more)
	 * @param babies babies born at this birth (default 1)
	 * @param difficultBirth whether the birth was difficult (难产)
	 */
	public record Input(@Pattern(regexp = "birth|miscarriage-early|miscarriage-late",
			message = "kind 只能是 birth、miscarriage-early 或 miscarriage-late / kind must be birth, miscarriage-early or miscarriage-late") String kind,
			@Min(value = 1, message = "婴儿数至少为1 / babies must be at least 1") @Max(value = 8,
					message = "婴儿数不合理 / babies is implausible") Integer babies,
			Boolean difficultBirth) {
	}

	@Override
	public String name() {
		return "maternity";
	}

	@Override
	public String title() {
		return "产假（北京）";
	}

	@Override
	public Class<Input> inputType() {
		return Input.class;
	}

	@Override
	public CalcResult calculate(Input in) {
		String kind = (in.kind() == null) ? "birth" : in.kind();
		List<CalcResult.Step> steps = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		List<String> basis = new ArrayList<>(List.of("《女职工劳动保护特别规定》第七条"));
		if (!"birth".equals(kind)) {
			int days = "miscarriage-early".equals(kind) ? 15 : 42;
			steps.add(new CalcResult.Step("流产假", "miscarriage-early".equals(kind) ? "怀孕未满4个月流产" : "怀孕满4个月流产",
					days + " 天"));
			assumptions.add("北京的60天延长生育假适用于按规定生育子女，本计算不把它加到流产假上");
			return new CalcResult(name(), title(), days, "天", "流产假 " + days + " 天。", steps, assumptions, basis,
					List.of());
		}
		int babies = (in.babies() == null) ? 1 : in.babies();
		int total = 98;
		steps.add(new CalcResult.Step("国家规定产假", "98天（其中产前可以休15天）", "98 天"));
		if (Boolean.TRUE.equals(in.difficultBirth())) {
			total += 15;
			steps.add(new CalcResult.Step("难产", "增加15天", "15 天"));
		}
		if (babies > 1) {
			total += 15 * (babies - 1);
			steps.add(new CalcResult.Step("多胞胎", "每多生育1个婴儿增加15天 × " + (babies - 1), (15 * (babies - 1)) + " 天"));
		}
		total += 60;
		steps.add(new CalcResult.Step("北京延长生育假", "增加60天", "60 天"));
		basis.add("《北京市人口与计划生育条例》第十九条");
		steps.add(new CalcResult.Step("合计", String.valueOf(total), total + " 天"));
		assumptions.add("经单位同意，还可以再增加1至3个月，本结果没有计入");
		assumptions.add("男方享受15天陪产假；孩子满3周岁前，夫妻每人每年另有5个工作日的育儿假");
		assumptions.add("产假期间单位不得降低工资、辞退或者解除劳动合同");
		return new CalcResult(name(), title(), total, "天", "在北京可休产假共 " + total + " 天。", steps, assumptions, basis,
				List.of());
	}

}
