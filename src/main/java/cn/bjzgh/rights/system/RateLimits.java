package cn.bjzgh.rights.system;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Token buckets (Bucket4j) per client and per kind of request. Buckets live in a bounded
 * least-recently-used map, so a flood of new addresses cannot grow memory without end; a
 * client evicted from it simply starts with a full bucket.
 */
public class RateLimits {

	static final int MAX_CLIENTS = 100_000;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	private final MeterRegistry meters;

	public RateLimits(MeterRegistry meters) {
		this.meters = meters;
	}

	/** The outcome of one attempt: allowed, or how many seconds to wait. */
	public record Decision(boolean allowed, long retryAfterSeconds) {

		/** What a refused client is told, the same on REST and on the socket. */
		public String chinese() {
			return "提问太频繁了，请 " + this.retryAfterSeconds + " 秒后再试";
		}

		public String english() {
			return "Too many requests; try again in " + this.retryAfterSeconds + " s";
		}

	}

	/**
	 * Takes one token from the bucket of {@code kind} and {@code key}, created with
	 * {@code perMinute}.
	 */
	public Decision tryConsume(String kind, String key, int perMinute) {
		Bucket bucket;
		synchronized (this.buckets) {
			bucket = this.buckets.computeIfAbsent(kind + "|" + key, (k) -> Bucket.builder()
				.addLimit(
						Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build());
		}
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return new Decision(true, 0);
		}
		this.meters.counter("rights.ratelimit.rejections", "kind", kind).increment();
		return new Decision(false, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
	}

}
