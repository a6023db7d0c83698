package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * 试用期: the longest lawful probation for a contract term, and the lowest lawful probation
 * wage (80% of the contract wage or of the lowest wage for the same post, and never below
 * the Beijing minimum wage).
 */
public class ProbationCalculator implements Calculator<ProbationCalculator.Input> {

	private static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.8");

	/**
	 * @param contractType fixed (固定期限), open-ended (无固定期限) or task (以完成一定工作任务为期限)
	 * @param contractMonths term of a fixed-term contract in months
	 * @param contractWage the wage the contract names
	 * @param lowestPostWage the employer's lowest wage for the same post, if known
	 * @param date the date the wage is paid (default today), for the minimum wage in
	 * force
	 */
	public record Input(@NotNull(message = "请填写合同类型 / contractType is required") @Pattern(
			regexp = "fixed|open-ended|task",
			message = "合同类型只能是 fixed、open-ended 或 task / contractType must be fixed, open-ended or task") String contractType,
			@Min(value = 1, message = "合同期限至少1个月 / contractMonths must be at least 1") @Max(value = 600,
					message = "合同期限不合理 / contractMonths is implausible") Integer contractMonths,
			@DecimalMin(value = "0.01", message = "合同工资必须大于0 / contractWage must be positive") @DecimalMax(
					value = "10000000",
					message = "工资数额不合理 / contractWage is implausibly large") BigDecimal contractWage,
			@DecimalMin(value = "0.01",
					message = "同岗位最低档工资必须大于0 / lowestPostWage must be positive") BigDecimal lowestPostWage,
			LocalDate date) {
	}

	private final BeijingParameters parameters;

	private final Clock clock;

	public ProbationCalculator(BeijingParameters parameters, Clock clock) {
		this.parameters = parameters;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "probation";
	}

	@Override
	public String title() {
		return "试用期";
	}

	@Override
	public Class<Input> inputType() {
		return Input.class;
	}

	@Override
	public CalcResult calculate(Input in) {
		if ("fixed".equals(in.contractType()) && in.contractMonths() == null) {
			throw new cn.bjzgh.rights.system.InvalidInputException("contractMonths", "固定期限合同请填写合同期限（月）",
					"contractMonths is required for a fixed-term contract");
		}
		Dates.notFarFuture("date", in.date(), this.clock);
		LocalDate date = (in.date() != null) ? in.date() : LocalDate.now(this.clock);
		List<CalcResult.Step> steps = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		List<String> basis = new ArrayList<>(List.of("《劳动合同法》第十九条"));
		List<CalcResult.ParameterUsed> used = new ArrayList<>();
		int maxMonths = maxProbationMonths(in.contractType(), in.contractMonths());
		String term = switch (in.contractType()) {
			case "open-ended" -> "无固定期限合同";
			case "task" -> "以完成一定工作任务为期限的合同";
			default -> in.contractMonths() + "个月的固定期限合同";
		};
		steps.add(new CalcResult.Step("试用期上限", term, (maxMonths == 0) ? "不得约定试用期" : "最长" + maxMonths + "个月"));
		String text = (maxMonths == 0) ? term + "不能约定试用期" : term + "，试用期最长 " + maxMonths + " 个月";

		BigDecimal lowest = null;
		if (in.contractWage() != null || in.lowestPostWage() != null) {
			basis.add("《劳动合同法》第二十条");
			basis.add("《劳动合同法实施条例》第十五条");
			if (in.contractWage() != null) {
				BigDecimal v = in.contractWage().multiply(EIGHTY_PERCENT);
				steps.add(new CalcResult.Step("合同工资的80%", Money.format(in.contractWage()) + " × 80%", Money.format(v)));
				lowest = v;
			}
			if (in.lowestPostWage() != null) {
				BigDecimal v = in.lowestPostWage().multiply(EIGHTY_PERCENT);
				steps.add(new CalcResult.Step("同岗位最低档工资的80%", Money.format(in.lowestPostWage()) + " × 80%",
						Money.format(v)));
				lowest = (lowest == null) ? v : lowest.max(v);
			}
			Optional<BeijingParameters.Figure> minimum = this.parameters.minimumWage(date);
			if (minimum.isPresent()) {
				used.add(minimum.get().used());
				steps.add(new CalcResult.Step("北京最低工资", date + " 适用的月最低工资", Money.format(minimum.get().value())));
				lowest = lowest.max(minimum.get().value());
			}
			else {
				assumptions.add("参数文件中没有 " + date + " 适用的北京最低工资，未与最低工资比较");
			}
			text += "；试用期工资每月不得低于 " + Money.format(lowest) + " 元";
		}
		assumptions.add("同一单位与同一劳动者只能约定一次试用期；试用期包含在合同期限内");
		if (in.contractWage() != null && in.lowestPostWage() != null) {
			assumptions.add("法律把两项80%的标准用“或者”连接，两项都给出时本计算取较高者作为参考，具体以仲裁机构认定为准");
		}
		assumptions.add("试用期工资无论如何不得低于当地最低工资标准");
		return new CalcResult(name(), title(), (lowest != null) ? Money.yuan(lowest) : maxMonths,
				(lowest != null) ? "元" : "个月", text + "。", steps, assumptions, basis, used);
	}

	static int maxProbationMonths(String type, Integer months) {
		if ("open-ended".equals(type)) {
			return 6;
		}
		if ("task".equals(type) || months < 3) {
			return 0;
		}
		if (months < 12) {
			return 1;
		}
		if (months < 36) {
			return 2;
		}
		return 6;
	}

}
