package cn.bjzgh.rights.calc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.bjzgh.rights.system.InvalidInputException;

/**
 * 仲裁时效: one year from the day the worker knew or should have known of the violation; for
 * unpaid wages during employment, one year from the day the job ended. The last day is
 * the same date a year later.
 */
public class ArbitrationDeadlineCalculator implements Calculator<ArbitrationDeadlineCalculator.Input> {

	/**
	 * @param kind general (default) or unpaid-wages
	 * @param knewDate the day the worker knew or should have known (general)
	 * @param employmentEndDate the day the job ended (unpaid wages); null while still
	 * employed
	 */
	public record Input(
			@Pattern(regexp = "general|unpaid-wages",
					message = "kind 只能是 general 或 unpaid-wages / kind must be general or unpaid-wages") String kind,
			LocalDate knewDate, LocalDate employmentEndDate) {
	}

	private final Clock clock;

	public ArbitrationDeadlineCalculator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "arbitration-deadline";
	}

	@Override
	public String title() {
		return "劳动仲裁时效";
	}

	@Override
	public Class<Input> inputType() {
		return Input.class;
	}

	@Override
	public CalcResult calculate(Input in) {
		String kind = (in.kind() == null) ? "general" : in.kind();
		List<CalcResult.Step> steps = new ArrayList<>();
		List<String> assumptions = new ArrayList<>();
		List<String> basis = new ArrayList<>(List.of("《劳动争议调解仲裁法》第二十七条"));
		LocalDate start;
		if ("unpaid-wages".equals(kind)) {
			if (in.employmentEndDate() == null) {
				steps.add(new CalcResult.Step("劳动关系存续期间", "拖欠劳动报酬发生争议，在职期间不受一年时效限制", "离职后一年内申请"));
				return new CalcResult(name(), title(), null, "日期", "还在职的，讨要拖欠工资不受一年时效限制；离职后要在一年内申请仲裁。", steps,
						List.of("建议尽早申请，并保留工资条、考勤、聊天记录等证据"), basis, List.of());
			}
			Dates.notFarFuture("employmentEndDate", in.employmentEndDate(), this.clock);
			Dates.notTooOld("employmentEndDate", in.employmentEndDate());
			start = in.employmentEndDate();
			steps.add(new CalcResult.Step("起算", "拖欠工资：劳动关系终止之日", start.toString()));
		}
		else {
			if (in.knewDate() == null) {
				throw new InvalidInputException("knewDate", "请填写知道权利被侵害的日期", "knewDate is required");
			}
			Dates.notFarFuture("knewDate", in.knewDate(), this.clock);
			Dates.notTooOld("knewDate", in.knewDate());
			start = in.knewDate();
			steps.add(new CalcResult.Step("起算", "知道或者应当知道权利被侵害之日", start.toString()));
		}
		LocalDate last = start.plusYears(1);
		steps.add(new CalcResult.Step("最后一天", "起算日的次日开始计算，满一年的对应日为最后一天", last.toString()));
		basis.add("《民法典》第二百零一条");
		basis.add("《民法典》第二百零二条");
		basis.add("《民法典》第二百零三条");
		assumptions.add("最后一天如果是法定休假日，顺延到休假日结束后的第一天");
		assumptions.add("向对方主张权利、向有关部门请求处理、或者对方同意履行的，时效中断，从中断时起重新计算一年");
		boolean passed = LocalDate.now(this.clock).isAfter(last);
		String text = (passed ? "按一般规则，申请仲裁的最后一天是 " + last + "，已经过了；如果期间有时效中断的情况，可能仍可申请，建议咨询12351"
				: "申请劳动仲裁的最后一天是 " + last);
		return new CalcResult(name(), title(), last.toString(), "日期", text + "。", steps, assumptions, basis, List.of());
	}

}
