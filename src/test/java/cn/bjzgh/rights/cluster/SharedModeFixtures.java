package cn.bjzgh.rights.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;

/** Links to Redis as an instance makes them, with settings a test can shorten. */
public final class SharedModeFixtures {

	private SharedModeFixtures() {
	}

	static SharedModeProperties properties(String url, Duration ttl, Duration commandTimeout) {
		return new SharedModeProperties(url, ttl, 65536, commandTimeout, Duration.ofMillis(500), Duration.ofSeconds(1),
				null);
	}

	/**
	 * A link with a generous command timeout, so that a busy build machine does not send
	 * a test's commands to memory; the test of a slow Redis uses the production 100 ms.
	 */
	static RedisLink link(String url, Duration ttl, String instance, MeterRegistry meters) {
		return link(url, ttl, instance, meters, Duration.ofSeconds(1));
	}

	static RedisLink link(String url, Duration ttl, String instance, MeterRegistry meters, Duration commandTimeout) {
		return new RedisLink(properties(url, ttl, commandTimeout), RedisURI.create(url), instance, meters);
	}

	/** A link to a port nothing listens on: Redis unreachable from the start. */
	public static RedisLink linkToNothing(MeterRegistry meters) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return link("redis://127.0.0.1:" + port + "/0", Duration.ofHours(24), "unreachable", meters);
	}

	static double count(MeterRegistry meters, String name, String... tags) {
		var counter = meters.find(name).tags(tags).counter();
		return (counter == null) ? 0 : counter.count();
	}

}
