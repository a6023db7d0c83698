package cn.bjzgh.rights.cluster;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How {@link RedisLink} builds its Lettuce client and its breaker. */
final class RedisSetup {

	private static final Logger log = LoggerFactory.getLogger(RedisSetup.class);

	private RedisSetup() {
	}

	/** Two I/O threads, and reconnect attempts every 0.1–2 s. */
	static ClientResources resources() {
		return ClientResources.builder()
			.ioThreadPoolSize(2)
			.computationThreadPoolSize(2)
			.reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
			.build();
	}

	/**
	 * A client that reconnects by itself, rejects commands at once while disconnected
	 * (instead of queueing them) and times every command out after the command timeout.
	 */
	static RedisClient client(ClientResources resources, RedisURI uri, SharedModeProperties properties) {
		RedisClient client = RedisClient.create(resources, uri);
		client.setOptions(ClientOptions.builder()
			.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled(properties.commandTimeout()))
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
			.build());
		return client;
	}

	/**
	 * Opens on the first failure (so a request waits on Redis at most one command
	 * timeout), stays open for {@code retryAfter}, then lets one call through to try.
	 */
	static CircuitBreaker breaker(SharedModeProperties properties) {
		return CircuitBreaker.of("redis",
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(2)
					.minimumNumberOfCalls(1)
					.failureRateThreshold(50)
					.permittedNumberOfCallsInHalfOpenState(1)
					.waitDurationInOpenState(properties.retryAfter())
					.build());
	}

	/**
	 * Takes a token once, at connect time: the first bucket operation is slow (classes
	 * loaded, code not yet compiled) and should not run on a worker's request.
	 */
	static void warmUp(ProxyManager<String> proxies) {
		try {
			BucketConfiguration one = BucketConfiguration.builder()
				.addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofSeconds(1)).build())
				.build();
			proxies.builder().build(RedisLink.key("rate", "warm-up"), () -> one).tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			log.debug("Rate-limit warm-up failed: {}", ex.toString());
		}
	}

}
