package cn.bjzgh.rights.calc;

import java.time.Clock;
import java.time.LocalDate;

import cn.bjzgh.rights.system.InvalidInputException;

/** Checks shared by the calculators' date inputs. */
final class Dates {

	private Dates() {
	}

	/** No calculation looks further ahead than this. */
	static final int MAX_YEARS_AHEAD = 1;

	static void notFarFuture(String field, LocalDate date, Clock clock) {
		if (date != null && date.isAfter(LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD))) {
			throw new InvalidInputException(field, "日期不能晚于一年以后", "the date must not be more than a year ahead");
		}
	}

	/** The date a wage is paid, checked, or today when none is given. */
	static LocalDate paidOn(LocalDate date, Clock clock) {
		notFarFuture("date", date, clock);
		return (date != null) ? date : LocalDate.now(clock);
	}

	static void notBefore(String field, LocalDate date, String otherField, LocalDate other) {
		if (date != null && other != null && date.isBefore(other)) {
			throw new InvalidInputException(field, "日期不能早于 " + otherField, "must not be before " + otherField);
		}
	}

	static void notTooOld(String field, LocalDate date) {
		if (date != null && date.isBefore(LocalDate.of(1950, 1, 1))) {
			throw new InvalidInputException(field, "日期太早了，请检查", "the date is implausibly early");
		}
	}

}
