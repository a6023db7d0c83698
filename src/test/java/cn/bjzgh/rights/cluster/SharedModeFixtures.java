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

	static SharedModeProperties properties(String url, Duration ttl) {
		return new SharedModeProperties(url, ttl, 65536, Duration.ofMillis(100), Duration.ofMillis(500),
				Duration.ofSeconds(1), null);
	}

	static RedisLink link(String url, Duration ttl, String instance, MeterRegistry meters) {
		return new RedisLink(properties(url, ttl), RedisURI.create(url), instance, meters);
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
