package cn.bjzgh.rights.chat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.OvertimeCalculator;
import cn.bjzgh.rights.calc.WorkSchedule;

/**
 * Overtime pay for a worker who told the schedule, not the hours: the calculation is fed
 * with the month's overtime estimated from the working day and the days off in the case
 * file ({@link ScheduleFacts}), and the answer says it is an estimate and how it was
 * made.
 */
final class ScheduledOvertime {

	private ScheduledOvertime() {
	}

	/**
	 * Overtime asked for by a worker who told the whole schedule, the working day and the
	 * days off ("一天干十二个小时", "一个月休两天"), but no hours of overtime (with only one of the
	 * two, the hours are asked for): the month's hours estimated from it
	 * ({@link WorkSchedule}), said as an estimate.
	 */
	static ChatCalculations.Planned planned(CaseFile state, ChatCalculations.Planned planned) {
		CalcIntent.Match match = planned.match();
		if (!"overtime".equals(match.calculator()) || match.complete()
				|| !match.missing().contains(CalcIntent.OVERTIME_HOURS_ASK)
				|| !(state.has(Fact.DAY_HOURS) && state.has(Fact.DAYS_OFF) && state.has(Fact.WAGE))
				|| match.missing().size() > 1) {
			return planned;
		}
		WorkSchedule month = WorkSchedule.estimate(Integer.valueOf(state.get(Fact.DAY_HOURS).orElseThrow()),
				new BigDecimal(state.get(Fact.DAYS_OFF).orElseThrow()));
		if (!month.any()) {
			return planned;
		}
		List<String> earlier = new ArrayList<>(planned.earlier());
		for (Fact fact : List.of(Fact.DAY_HOURS, Fact.DAYS_OFF)) {
			if (state.earlier(fact)) {
				earlier.add(fact.describe(state.get(fact).orElseThrow()));
			}
		}
		String note = "按你说的作息估算一个月的加班（按每天8小时、每月21.75个工作日的标准工时折算，法定节假日另算）：工作日延长约 " + month.workdayHours().toPlainString()
				+ " 小时，休息日加班约 " + month.restDayHours().toPlainString()
				+ " 小时（休息日上班后安排了同样时间补休的，这部分不按200%算）。实际以考勤记录为准。\n";
		BigDecimal wage = new BigDecimal(state.get(Fact.WAGE).orElseThrow());
		OvertimeCalculator.Input input = new OvertimeCalculator.Input(wage, null, month.workdayHours(),
				month.restDayHours(), null, null);
		return new ChatCalculations.Planned(new CalcIntent.Match("overtime", input, List.of()), planned.text(), earlier,
				note);
	}

}
