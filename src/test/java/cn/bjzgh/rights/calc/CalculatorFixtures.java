package cn.bjzgh.rights.calc;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** The real parameters file and a fixed "today" (2026-11-24, Beijing). */
final class CalculatorFixtures {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	static final BeijingParameters PARAMETERS = new BeijingParameters(Path.of("knowledge/parameters/beijing.yml"));

	static Calculators calculators() {
		return new Calculators(List.of(new SeveranceCalculator(PARAMETERS, CLOCK), new OvertimeCalculator(),
				new AnnualLeaveCalculator(CLOCK), new DoubleWageCalculator(CLOCK),
				new ProbationCalculator(PARAMETERS, CLOCK), new MaternityLeaveCalculator(),
				new ArbitrationDeadlineCalculator(CLOCK), new DisabilityBenefitCalculator(),
				new DeductionCalculator(PARAMETERS, CLOCK), new ArrearsCalculator()), JsonMapper.shared());
	}

	private CalculatorFixtures() {
	}

}
