package cn.bjzgh.rights.feedback;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The question log, kept {@code rights.stats.retention} (180 days by default). */
@Configuration(proxyBeanMethods = false)
class QuestionLogConfiguration {

	@Bean
	QuestionLog questionLog(JdbcClient jdbc, Clock clock, @Value("${rights.stats.retention:180d}") Duration retention,
			ObjectProvider<MeterRegistry> meters) {
		return new QuestionLog(jdbc, clock, retention, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
