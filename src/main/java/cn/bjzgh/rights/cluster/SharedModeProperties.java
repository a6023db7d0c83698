package cn.bjzgh.rights.cluster;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Shared mode through Redis.
 *
 * @param url {@code REDIS_URL}, e.g. {@code redis://host:6379/0}, {@code rediss://} for
 * TLS, {@code redis://:password@host:6379/0}; empty (the default) means a single instance
 * with everything in its own memory. {@code spring.data.redis.username},
 * {@code spring.data.redis.password} and {@code spring.data.redis.ssl.enabled} are read
 * too, as Spring Boot applications usually take them
 * @param conversationTtl a conversation (messages and case file) is forgotten this long
 * after its last turn
 * @param maxConversationBytes the largest a conversation's messages may grow in Redis;
 * older messages are dropped first
 * @param commandTimeout how long one Redis command may take before the instance answers
 * from its own memory instead (a request waits on Redis at most about this long)
 * @param retryAfter how long the instance stays on its own memory after Redis failed,
 * before it tries again
 * @param heartbeat how often this instance reports its index version to the others
 * @param instanceId this instance's name in the admin status; empty means host name,
 * process id and a random suffix
 */
@Validated
@ConfigurationProperties("rights.redis")
public record SharedModeProperties(String url, @NotNull @DefaultValue("24h") Duration conversationTtl,
		@Min(4096) @DefaultValue("65536") int maxConversationBytes,
		@NotNull @DefaultValue("100ms") Duration commandTimeout, @NotNull @DefaultValue("2s") Duration retryAfter,
		@NotNull @DefaultValue("10s") Duration heartbeat, String instanceId) {

	public boolean enabled() {
		return this.url != null && !this.url.isBlank();
	}

}
