package cn.bjzgh.rights.calc;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import cn.bjzgh.rights.knowledge.KnowledgeProperties;
import tools.jackson.databind.ObjectMapper;

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

	/** Every {@link Calculator} bean (each calculator is a component), in their order. */
	@Bean
	Calculators calculators(List<Calculator<?>> calculators, ObjectMapper json) {
		return new Calculators(calculators, json);
	}

	/** The calculators' inputs in the OpenAPI description, from their declarations. */
	@Bean
	CalcApiDocs calcApiDocs(Calculators calculators) {
		return new CalcApiDocs(calculators);
	}

}
