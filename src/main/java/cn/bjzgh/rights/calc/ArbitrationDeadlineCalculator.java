package cn.bjzgh.rights.calc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.bjzgh.rights.system.InvalidInputException;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 仲裁时效: one year from the day the worker knew or should have known of the violation; for
 * unpaid wages during employment, one year from the day the job ended. The last day is
 * the same date a year later.
 */
@Component
@Order(7)
public class ArbitrationDeadlineCalculator extends Calculator<ArbitrationDeadlineCalculator.Input> {

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(String kind, LocalDate knewDate, LocalDate employmentEndDate) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("arbitration-deadline", "劳动仲裁时效", "Arbitration deadline",
			"计算申请劳动仲裁的最后一天：一般从知道权利被侵害之日起一年；拖欠工资在职期间不受一年限制，离职后一年内", List.of(
					Field
						.choice("kind", "争议类型", "kind of dispute",
								List.of(new Field.Choice("general", "一般争议"), new Field.Choice("unpaid-wages", "拖欠工资")))
						.help("不填按一般争议")
						.example("general"),
					Field.date("knewDate", "知道权利被侵害的日期", "day the worker knew of the violation")
						.help("一般争议必填")
						.example("2025-03-10")
						.ask("知道权利被侵害（或离职）的日期，例如：2025年3月10日"),
					Field.date("employmentEndDate", "劳动关系终止日期", "day the job ended")
						.help("拖欠工资的争议填；仍在职就不填")
						.example("2025-06-30")));

	private final Clock clock;

	public ArbitrationDeadlineCalculator(Clock clock) {
		super(SPEC, Input.class);
		this.clock = clock;
	}

	@Override
	public CalcResult calculate(Input in) {
		String kind = (in.kind() == null) ? "general" : in.kind();
		CalcResult.Builder out = CalcResult.of(this).basis("《劳动争议调解仲裁法》第二十七条");
		LocalDate start;
		if ("unpaid-wages".equals(kind)) {
			if (in.employmentEndDate() == null) {
				out.step("劳动关系存续期间", "拖欠劳动报酬发生争议，在职期间不受一年时效限制", "离职后一年内申请");
				return out.assume("建议尽早申请，并保留工资条、考勤、聊天记录等证据").result(null, "日期", "还在职的，讨要拖欠工资不受一年时效限制；离职后要在一年内申请仲裁");
			}
			Dates.notFarFuture("employmentEndDate", in.employmentEndDate(), this.clock);
			Dates.notTooOld("employmentEndDate", in.employmentEndDate());
			start = in.employmentEndDate();
			out.step("起算", "拖欠工资：劳动关系终止之日", start.toString());
		}
		else {
			if (in.knewDate() == null) {
				throw new InvalidInputException("knewDate", "请填写知道权利被侵害的日期", "knewDate is required");
			}
			Dates.notFarFuture("knewDate", in.knewDate(), this.clock);
			Dates.notTooOld("knewDate", in.knewDate());
			start = in.knewDate();
			out.step("起算", "知道或者应当知道权利被侵害之日", start.toString());
		}
		LocalDate last = start.plusYears(1);
		out.step("最后一天", "起算日的次日开始计算，满一年的对应日为最后一天", last.toString());
		out.basis("《民法典》第二百零一条");
		out.basis("《民法典》第二百零二条");
		out.basis("《民法典》第二百零三条");
		out.assume("最后一天如果是法定休假日，顺延到休假日结束后的第一天");
		out.assume("向对方主张权利、向有关部门请求处理、或者对方同意履行的，时效中断，从中断时起重新计算一年");
		boolean passed = LocalDate.now(this.clock).isAfter(last);
		String text = (passed ? "按一般规则，申请仲裁的最后一天是 " + last + "，已经过了；如果期间有时效中断的情况，可能仍可申请，建议咨询12351"
				: "申请劳动仲裁的最后一天是 " + last);
		return out.result(last.toString(), "日期", text);
	}

}
