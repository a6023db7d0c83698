package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 未签书面合同的二倍工资: the extra wage runs from the day after the first month of work to the day
 * before a written contract is signed, and at most to the day before the first
 * anniversary (11 months). After a year without a contract an open-ended contract is
 * deemed signed.
 */
@Component
@Order(4)
public class DoubleWageCalculator extends Calculator<DoubleWageCalculator.Input> {

	/** The inputs, as {@link #SPEC} declares and checks them. */
	public record Input(LocalDate startDate, LocalDate signedDate, LocalDate endDate, BigDecimal monthlyWage) {
	}

	static final CalculatorSpec SPEC = new CalculatorSpec("double-wage", "未签劳动合同的二倍工资",
			"Double wages without a written contract", "计算未签书面劳动合同的二倍工资：从入职满一个月的次日起，到签合同的前一天为止，最多11个月；并给出申请仲裁的建议日期",
			List.of(Field.date("startDate", "入职日期", "first day of work")
				.asRequired()
				.example("2025-03-01")
				.ask("在这个单位干了多久（例如：干了8个月）"),
					Field.date("signedDate", "签订书面合同的日期", "day a written contract was signed")
						.help("没签就不填")
						.example("2025-09-01"),
					Field.date("endDate", "离职日期", "last day of work").help("仍在职就不填").example("2025-12-31"),
					Field.money("monthlyWage", "月工资", "monthly wage").help("不填就只算月数").example(6000)));

	private final Clock clock;

	public DoubleWageCalculator(Clock clock) {
		super(SPEC, Input.class);
		this.clock = clock;
	}

	@Override
	public CalcResult calculate(Input in) {
		Dates.notTooOld("startDate", in.startDate());
		Dates.notFarFuture("startDate", in.startDate(), this.clock);
		Dates.notFarFuture("signedDate", in.signedDate(), this.clock);
		Dates.notFarFuture("endDate", in.endDate(), this.clock);
		Dates.notBefore("signedDate", in.signedDate(), "startDate", in.startDate());
		Dates.notBefore("endDate", in.endDate(), "startDate", in.startDate());

		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = in.startDate().plusMonths(1);
		LocalDate anniversary = in.startDate().plusYears(1);
		LocalDate until = anniversary;
		String stop = "满一年";
		if (in.signedDate() != null && in.signedDate().isBefore(until)) {
			until = in.signedDate();
			stop = "签订书面合同";
		}
		if (in.endDate() != null && in.endDate().plusDays(1).isBefore(until)) {
			until = in.endDate().plusDays(1);
			stop = "离职";
		}
		if (in.signedDate() == null && in.endDate() == null && today.plusDays(1).isBefore(until)) {
			until = today.plusDays(1);
			stop = "今天（仍未签）";
		}
		CalcResult.Builder out = CalcResult.of(this).basis("《劳动合同法》第十条", "《劳动合同法》第八十二条", "《劳动合同法实施条例》第六条");
		out.step("起算日", "入职满一个月的次日", from.toString());
		if (!until.isAfter(from)) {
			return out.assume("入职一个月内签订书面劳动合同是合法的").result(BigDecimal.ZERO, "个月", "一个月内签了书面合同（或工作不满一个月），没有二倍工资");
		}
		Period period = Period.between(from, until);
		int months = Math.min(11, period.getYears() * 12 + period.getMonths());
		int days = (months == 11) ? 0 : period.getDays();
		// Still unsigned: today counts, so the period runs to today itself, not the day
		// before it (until is the day after, exclusive).
		String end = (stop.startsWith("今天")) ? "算到今天（仍未签）" : "到" + stop + "的前一天为止";
		out.step("截止日", end + "，最长到入职满一年的前一天", until.minusDays(1).toString());
		out.step("期间", months + "个月" + ((days > 0) ? days + "天" : ""), "最多11个月");
		String text = "可以主张 " + months + " 个月" + ((days > 0) ? "零" + days + "天" : "") + "的另一倍工资";
		BigDecimal amount = null;
		if (in.monthlyWage() != null) {
			amount = in.monthlyWage().multiply(new BigDecimal(months), Money.MC);
			out.step("金额（整月部分）", Money.format(in.monthlyWage()) + " × " + months, Money.format(amount));
			text += "，整月部分约 " + Money.format(amount) + " 元";
			if (days > 0) {
				out.assume("不足一个月的 " + days + " 天如何折算各地做法不一，这里没有计入金额");
			}
		}
		if (in.signedDate() == null && !today.isBefore(anniversary)) {
			out.step("满一年仍未签", "视为已订立无固定期限劳动合同", anniversary.toString() + " 起");
			out.basis("《劳动合同法》第十四条");
			out.basis("《劳动合同法实施条例》第七条");
			text += "；满一年仍未签，视为已经订立了无固定期限劳动合同";
		}
		LocalDate deadline = until.minusDays(1).plusYears(1);
		if (deadline.isBefore(today)) {
			// A date already gone is no advice: say it has passed on this reckoning.
			out.step("仲裁时效", "一般为一年，从二倍工资期间结束时起算", "按这种算法已在 " + deadline + " 届满");
			out.assume("按从二倍工资期间结束时起算一年，时效已经过了；但起算日各地掌握不一，仍建议尽快申请仲裁，或打12351咨询工会");
			text += "；按一年时效从期间结束时算，已在 " + deadline + " 届满，仍建议尽快咨询、申请仲裁";
		}
		else {
			out.step("仲裁时效", "一般为一年，从二倍工资期间结束时起算", "建议在 " + deadline + " 之前申请仲裁");
		}
		out.basis("《劳动争议调解仲裁法》第二十七条");
		out.assume("二倍工资的时效从哪天起算，各地仲裁、法院掌握不完全一致，越早申请越稳妥");
		return out.result((amount != null) ? Money.yuan(amount) : months, (amount != null) ? "元" : "个月", text);
	}

}
