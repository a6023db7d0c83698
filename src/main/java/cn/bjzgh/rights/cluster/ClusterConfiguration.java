package cn.bjzgh.rights.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Shared mode when {@code REDIS_URL} is set: the {@link RedisLink}, its health component,
 * broadcasts through pub/sub and the instance list in Redis. Unset, there is no link and
 * the broadcasts and instance list are this instance's alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SharedModeProperties.class)
class ClusterConfiguration {

	@Bean(destroyMethod = "destroy")
	@Conditional(SharedMode.class)
	RedisLink redisLink(SharedModeProperties properties, Environment env, ObjectProvider<MeterRegistry> meters) {
		RedisURI uri = RedisURI.create(properties.url().strip());
		String username = env.getProperty("spring.data.redis.username");
		String password = env.getProperty("spring.data.redis.password");
		if (StringUtils.hasText(password)) {
			if (StringUtils.hasText(username)) {
				uri.setAuthentication(username, password.toCharArray());
			}
			else {
				uri.setAuthentication(password.toCharArray());
			}
		}
		if (env.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false)) {
			uri.setSsl(true);
		}
		return new RedisLink(properties, uri, instanceId(properties), meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@Conditional(SharedMode.class)
	RedisHealthIndicator redisHealthIndicator(RedisLink link) {
		return new RedisHealthIndicator(link);
	}

	@Bean
	Broadcasts broadcasts(ObjectProvider<RedisLink> link) {
		RedisLink redis = link.getIfAvailable();
		return (redis == null) ? Broadcasts.none() : Broadcasts.through(redis);
	}

	@Bean
	Instances instances(ObjectProvider<RedisLink> link, SharedModeProperties properties, ObjectMapper json,
			Clock clock) {
		RedisLink redis = link.getIfAvailable();
		Instances instances = new Instances(redis, (redis == null) ? instanceId(properties) : redis.instanceId(), json,
				clock);
		if (redis != null) {
			redis.every(properties.heartbeat(), instances::heartbeat);
		}
		return instances;
	}

	private static String instanceId(SharedModeProperties properties) {
		if (StringUtils.hasText(properties.instanceId())) {
			return properties.instanceId().strip();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "instance";
		}
		// Two instances in one process (tests) still get different names.
		return host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
				+ HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
	}

	/** {@code rights.redis.url} (env {@code REDIS_URL}) is set and not blank. */
	static class SharedMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("rights.redis.url"));
		}

	}

}
