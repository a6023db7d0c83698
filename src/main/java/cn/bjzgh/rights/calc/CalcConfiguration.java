package cn.bjzgh.rights.calc;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Validator;

import cn.bjzgh.rights.knowledge.KnowledgeProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalcConfiguration {

	/** Dates such as "today" are Beijing dates. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	BeijingParameters beijingParameters(KnowledgeProperties knowledge) {
		return new BeijingParameters(knowledge.dir().resolve("parameters/beijing.yml"));
	}

	@Bean
	Calculators calculators(BeijingParameters parameters, Clock clock, Validator validator) {
		return new Calculators(List.of(new SeveranceCalculator(parameters, clock), new OvertimeCalculator(),
				new AnnualLeaveCalculator(clock), new DoubleWageCalculator(clock),
				new ProbationCalculator(parameters, clock), new MaternityLeaveCalculator(),
				new ArbitrationDeadlineCalculator(clock)), validator);
	}

}
