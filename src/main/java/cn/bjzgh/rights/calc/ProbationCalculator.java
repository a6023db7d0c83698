package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.bjzgh.rights.system.InvalidInputException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 试用期: the longest lawful probation for a contract term, and the lowest lawful probation
 * wage (80% of the contract wage or of the lowest wage for the same post, and never below
 * the Beijing minimum wage).
 */
@Component
@Order(5)
public class ProbationCalculator extends Calculator<ProbationCalculator.Input> {

	private static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.8");

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(String contractType, Integer contractMonths, BigDecimal contractWage, BigDecimal lowestPostWage,
			LocalDate date) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("probation", "试用期", "Probation",
			"计算试用期最长期限（合同满3个月不满1年1个月、满1年不满3年2个月、3年以上和无固定期限6个月）和试用期最低工资（合同工资或同岗位最低档工资的80%，不低于北京最低工资）", List.of(
					Field.choice("contractType", "合同类型", "contract type",
							List.of(new Field.Choice("fixed", "固定期限"), new Field.Choice("open-ended", "无固定期限"),
									new Field.Choice("task", "以完成一定工作任务为期限")))
						.asRequired()
						.example("fixed"),
					Field.integer("contractMonths", "合同期限", "term of a fixed-term contract", "月")
						.between("1", "600")
						.help("固定期限合同必填")
						.example(36),
					Field.money("contractWage", "合同约定的月工资", "wage the contract names").example(6000),
					Field.money("lowestPostWage", "同岗位最低档工资", "lowest wage for the same post")
						.help("知道就填")
						.example(5000),
					Field.wageDate()));

	private final BeijingParameters parameters;

	private final Clock clock;

	public ProbationCalculator(BeijingParameters parameters, Clock clock) {
		super(SPEC, Input.class);
		this.parameters = parameters;
		this.clock = clock;
	}

	@Override
	public CalcResult calculate(Input in) {
		if ("fixed".equals(in.contractType()) && in.contractMonths() == null) {
			throw new InvalidInputException("contractMonths", "固定期限合同请填写合同期限（月）",
					"contractMonths is required for a fixed-term contract");
		}
		LocalDate date = Dates.paidOn(in.date(), this.clock);
		CalcResult.Builder out = CalcResult.of(this).basis("《劳动合同法》第十九条");
		int maxMonths = maxProbationMonths(in.contractType(), in.contractMonths());
		String term = switch (in.contractType()) {
			case "open-ended" -> "无固定期限合同";
			case "task" -> "以完成一定工作任务为期限的合同";
			default -> in.contractMonths() + "个月的固定期限合同";
		};
		out.step("试用期上限", term, (maxMonths == 0) ? "不得约定试用期" : "最长" + maxMonths + "个月");
		String text = (maxMonths == 0) ? term + "不能约定试用期" : term + "，试用期最长 " + maxMonths + " 个月";

		BigDecimal lowest = null;
		if (in.contractWage() != null || in.lowestPostWage() != null) {
			out.basis("《劳动合同法》第二十条");
			out.basis("《劳动合同法实施条例》第十五条");
			if (in.contractWage() != null) {
				BigDecimal v = in.contractWage().multiply(EIGHTY_PERCENT);
				out.step("合同工资的80%", Money.format(in.contractWage()) + " × 80%", Money.format(v));
				lowest = v;
			}
			if (in.lowestPostWage() != null) {
				BigDecimal v = in.lowestPostWage().multiply(EIGHTY_PERCENT);
				out.step("同岗位最低档工资的80%", Money.format(in.lowestPostWage()) + " × 80%", Money.format(v));
				lowest = (lowest == null) ? v : lowest.max(v);
			}
			Optional<BigDecimal> minimum = this.parameters.minimumWage(date, out);
			if (minimum.isPresent()) {
				out.step("北京最低工资", date + " 适用的月最低工资", Money.format(minimum.get()));
				lowest = lowest.max(minimum.get());
			}
			text += "；试用期工资每月不得低于 " + Money.format(lowest) + " 元";
		}
		out.assume("同一单位与同一劳动者只能约定一次试用期；试用期包含在合同期限内");
		if (in.contractWage() != null && in.lowestPostWage() != null) {
			out.assume("法律把两项80%的标准用“或者”连接，两项都给出时本计算取较高者作为参考，具体以仲裁机构认定为准");
		}
		out.assume("试用期工资无论如何不得低于当地最低工资标准");
		return out.result((lowest != null) ? Money.yuan(lowest) : maxMonths, (lowest != null) ? "元" : "个月", text);
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
