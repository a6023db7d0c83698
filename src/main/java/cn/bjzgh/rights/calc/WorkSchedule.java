package cn.bjzgh.rights.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A month's overtime estimated from the schedule a worker tells ("一天干十二个小时", "一个月休两天")
 * when they cannot say how many hours of overtime they worked. Against the standard of 8
 * hours a day and 21.75 working days a month (人社部发〔2025〕2号, as the overtime calculator
 * divides by): each working day's hours beyond eight are working-day overtime; of the 365
 * ÷ 12 days of a month, those beyond the 21.75 working days are rest days, and each one
 * worked is rest-day overtime for the whole day. Statutory holidays are left out (the
 * schedule does not say whether one fell in the month).
 *
 * @param workdayHours working-day overtime hours a month, whole
 * @param restDayHours rest-day hours a month, whole
 */
public record WorkSchedule(BigDecimal workdayHours, BigDecimal restDayHours) {

	static final BigDecimal STANDARD_DAY = new BigDecimal("8");

	static final BigDecimal WORKING_DAYS = new BigDecimal("21.75");

	static final BigDecimal DAYS_A_MONTH = new BigDecimal("365").divide(new BigDecimal("12"), MathContext.DECIMAL64);

	static final BigDecimal REST_DAYS = DAYS_A_MONTH.subtract(WORKING_DAYS);

	/** Weeks in a month, to turn days off a week into days off a month. */
	public static final BigDecimal WEEKS_A_MONTH = new BigDecimal("52").divide(new BigDecimal("12"),
			MathContext.DECIMAL64);

	/**
	 * @param dayHours hours worked a day, or null when only the days off were told (a
	 * standard day of eight hours is taken)
	 * @param daysOff days off a month, or null when only the length of the day was told
	 * (the standard rest days are taken)
	 */
	public static WorkSchedule estimate(Integer dayHours, BigDecimal daysOff) {
		BigDecimal day = (dayHours == null) ? STANDARD_DAY : new BigDecimal(dayHours);
		BigDecimal off = (daysOff == null) ? REST_DAYS : daysOff.max(BigDecimal.ZERO).min(DAYS_A_MONTH);
		BigDecimal workingDays = WORKING_DAYS.min(DAYS_A_MONTH.subtract(off));
		BigDecimal restDaysWorked = REST_DAYS.subtract(off).max(BigDecimal.ZERO);
		BigDecimal beyond = day.subtract(STANDARD_DAY).max(BigDecimal.ZERO);
		return new WorkSchedule(workingDays.multiply(beyond).setScale(0, RoundingMode.HALF_UP),
				restDaysWorked.multiply(day).setScale(0, RoundingMode.HALF_UP));
	}

	/** Whether the schedule holds any overtime at all. */
	public boolean any() {
		return this.workdayHours.signum() > 0 || this.restDayHours.signum() > 0;
	}

}
