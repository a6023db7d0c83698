package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import cn.bjzgh.rights.system.InvalidInputException;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

/**
 * The calculators as LangChain4j tools for the LLM. Each returns the result with its
 * breakdown and legal basis as text for the model to quote; bad arguments come back as a
 * message naming the field, so the model can ask the worker instead of guessing.
 */
public class CalculatorTools {

	private final Calculators calculators;

	/**
	 * The last result a tool produced in this conversation turn, for the answer's
	 * calculation block.
	 */
	private final ThreadLocal<CalcResult> last = new ThreadLocal<>();

	public CalculatorTools(Calculators calculators) {
		this.calculators = calculators;
	}

	@Tool(name = "severance",
			value = "计算经济补偿（N）、代通知金或违法解除赔偿金（2N）。日期格式 YYYY-MM-DD。reason 取值：layoff（经济性裁员）、"
					+ "art40（病后不能工作/不能胜任/客观情况变化）、employer-fault（单位违法在先劳动者辞职）、mutual（单位提出协商解除）、expiry（合同到期单位不续签）、"
					+ "closure（破产关闭）、unlawful（违法解除）、resignation（主动辞职）、misconduct（严重违纪被解除）")
	public String severance(@P("离职前12个月的平均月工资，元") double monthlyWage, @P("入职日期 YYYY-MM-DD") String startDate,
			@P("离职日期 YYYY-MM-DD") String endDate, @P("离职原因") String reason,
			@P(value = "art40 情形下单位是否提前30天书面通知", required = false) Boolean noticeGiven) {
		return run("severance", () -> new SeveranceCalculator.Input(money(monthlyWage), date("startDate", startDate),
				date("endDate", endDate), reason, noticeGiven, null));
	}

	@Tool(name = "overtime", value = "计算加班费：工作日延长工作时间150%，休息日且未补休200%，法定节假日300%；小时工资=月工资÷21.75÷8")
	public String overtime(@P("月工资，元") double monthlyWage,
			@P(value = "合同约定的加班费计算基数，没有就不填", required = false) Double wageBase,
			@P(value = "工作日延长的小时数", required = false) Double workdayHours,
			@P(value = "休息日加班且未补休的小时数", required = false) Double restDayHours,
			@P(value = "法定节假日加班的小时数", required = false) Double holidayHours,
			@P(value = "法定节假日加班的整天数", required = false) Double holidayDays) {
		return run("overtime", () -> new OvertimeCalculator.Input(money(monthlyWage), optional(wageBase),
				optional(workdayHours), optional(restDayHours), optional(holidayHours), optional(holidayDays)));
	}

	@Tool(name = "annual_leave", value = "计算带薪年休假天数（按累计工作年限5/10/15天，当年入职或离职按日历天数折算）和未休年假工资报酬（日工资的200%）")
	public String annualLeave(@P("累计工作年限（所有单位合计），年") double cumulativeYears,
			@P(value = "年份，默认今年", required = false) Integer year,
			@P(value = "当年入职日期 YYYY-MM-DD", required = false) String joinDate,
			@P(value = "当年离职日期 YYYY-MM-DD", required = false) String leaveDate,
			@P(value = "当年已休天数", required = false) Integer daysTaken,
			@P(value = "月工资（剔除加班工资），元", required = false) Double monthlyWage) {
		return run("annual-leave",
				() -> new AnnualLeaveCalculator.Input(BigDecimal.valueOf(cumulativeYears), year,
						optionalDate("joinDate", joinDate), optionalDate("leaveDate", leaveDate), daysTaken,
						optional(monthlyWage)));
	}

	@Tool(name = "double_wage", value = "计算未签书面劳动合同的二倍工资：从入职满一个月次日起，到签合同前一天为止，最多11个月；并给出仲裁时效的日期")
	public String doubleWage(@P("入职日期 YYYY-MM-DD") String startDate,
			@P(value = "签订书面合同的日期 YYYY-MM-DD，没签就不填", required = false) String signedDate,
			@P(value = "离职日期 YYYY-MM-DD，仍在职就不填", required = false) String endDate,
			@P(value = "月工资，元", required = false) Double monthlyWage) {
		return run("double-wage", () -> new DoubleWageCalculator.Input(date("startDate", startDate),
				optionalDate("signedDate", signedDate), optionalDate("endDate", endDate), optional(monthlyWage)));
	}

	@Tool(name = "probation", value = "计算试用期最长期限和试用期最低工资（合同工资80%、不低于北京最低工资）")
	public String probation(@P("合同类型：fixed（固定期限）、open-ended（无固定期限）、task（以完成一定工作任务为期限）") String contractType,
			@P(value = "固定期限合同的期限，月", required = false) Integer contractMonths,
			@P(value = "合同约定的月工资，元", required = false) Double contractWage) {
		return run("probation",
				() -> new ProbationCalculator.Input(contractType, contractMonths, optional(contractWage), null, null));
	}

	@Tool(name = "maternity_leave", value = "计算北京的产假天数（国家98天、难产和多胞胎增加、北京延长60天）或流产假")
	public String maternity(
			@P(value = "birth（生育）、miscarriage-early（未满4个月流产）、miscarriage-late（满4个月流产）", required = false) String kind,
			@P(value = "本次生育的婴儿数", required = false) Integer babies,
			@P(value = "是否难产", required = false) Boolean difficultBirth) {
		return run("maternity", () -> new MaternityLeaveCalculator.Input(kind, babies, difficultBirth));
	}

	@Tool(name = "arbitration_deadline", value = "计算申请劳动仲裁的最后一天：一般为知道权利被侵害之日起一年；拖欠工资在职期间不受限制，离职后一年内")
	public String arbitrationDeadline(@P(value = "general 或 unpaid-wages", required = false) String kind,
			@P(value = "知道权利被侵害的日期 YYYY-MM-DD", required = false) String knewDate,
			@P(value = "劳动关系终止日期 YYYY-MM-DD", required = false) String employmentEndDate) {
		return run("arbitration-deadline", () -> new ArbitrationDeadlineCalculator.Input(kind,
				optionalDate("knewDate", knewDate), optionalDate("employmentEndDate", employmentEndDate)));
	}

	/** The result of the last tool run on this thread, then forgets it. */
	public CalcResult takeLast() {
		CalcResult result = this.last.get();
		this.last.remove();
		return result;
	}

	private String run(String name, Supplier<Object> input) {
		try {
			Calculator<?> calculator = this.calculators.find(name).orElseThrow();
			CalcResult result = this.calculators.runUnchecked(calculator, input.get());
			this.last.set(result);
			return result.toText();
		}
		catch (InvalidInputException ex) {
			return "无法计算：" + ex.field() + " " + ex.chinese() + "。请向职工询问正确的数字后再算，不要自己估算。";
		}
	}

	private static BigDecimal money(double v) {
		return BigDecimal.valueOf(v);
	}

	private static BigDecimal optional(Double v) {
		return (v == null) ? null : BigDecimal.valueOf(v);
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "缺少日期", "date is required");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "日期格式应为 YYYY-MM-DD", "date must be YYYY-MM-DD");
		}
	}

	private static LocalDate optionalDate(String field, String value) {
		return (value == null || value.isBlank()) ? null : date(field, value);
	}

}
