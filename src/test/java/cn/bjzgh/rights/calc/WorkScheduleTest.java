package cn.bjzgh.rights.calc;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkScheduleTest {

	@Test
	void twelve_hour_days_with_two_days_off_a_month() {
		// 21.75 working days × 4 hours beyond eight; 365 ÷ 12 − 21.75 − 2 = 6.67 rest
		// days worked × 12 hours.
		WorkSchedule month = WorkSchedule.estimate(12, new BigDecimal("2"));
		assertThat(month.workdayHours()).isEqualByComparingTo("87");
		assertThat(month.restDayHours()).isEqualByComparingTo("80");
	}

	@Test
	void only_the_length_of_the_day_or_only_the_days_off() {
		assertThat(WorkSchedule.estimate(10, null).restDayHours()).isEqualByComparingTo("0");
		assertThat(WorkSchedule.estimate(10, null).workdayHours()).isEqualByComparingTo("44");
		// One day off a week: 52 ÷ 12 = 4.33 a month, so 4.33 rest days worked at eight
		// hours.
		WorkSchedule single = WorkSchedule.estimate(null, WorkSchedule.WEEKS_A_MONTH);
		assertThat(single.workdayHours()).isEqualByComparingTo("0");
		assertThat(single.restDayHours()).isEqualByComparingTo("35");
	}

	@Test
	void more_days_off_than_the_standard_leave_fewer_working_days_and_no_rest_day_overtime() {
		WorkSchedule month = WorkSchedule.estimate(9, new BigDecimal("12"));
		assertThat(month.restDayHours()).isEqualByComparingTo("0");
		// 30.42 − 12 = 18.42 working days × 1 hour.
		assertThat(month.workdayHours()).isEqualByComparingTo("18");
		assertThat(WorkSchedule.estimate(8, new BigDecimal("9")).any()).isFalse();
	}

}
