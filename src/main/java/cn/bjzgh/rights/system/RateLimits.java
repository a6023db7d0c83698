package cn.bjzgh.rights.system;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.bjzgh.rights.cluster.BoundedLru;
import cn.bjzgh.rights.cluster.RedisLink;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets (Bucket4j) per client and per kind of request.
 * <p>
 * On a single instance the buckets live in a bounded least-recently-used map, so a flood
 * of new addresses cannot grow memory without end; a client evicted from it simply starts
 * with a full bucket. In shared mode they live in Redis (Bucket4j's Lettuce integration),
 * so the configured limit holds across all instances together.
 * <p>
 * When Redis does not answer, the limit fails open to this instance's own buckets: a
 * worker is never refused because Redis is away, and a flood still meets each instance's
 * limit (so the whole service allows at most the limit times the number of instances
 * meanwhile). Each time this happens it is counted ({@code rights.ratelimit.failopen})
 * and logged once per outage.
 */
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	static final int MAX_CLIENTS = 100_000;

	private final Map<String, Bucket> buckets = new BoundedLru<>(MAX_CLIENTS);

	/**
	 * The Redis buckets in use, kept so that questions arriving together for the same
	 * client are batched into one exchange with Redis.
	 */
	private final Map<String, Bucket> proxies = new BoundedLru<>(MAX_CLIENTS);

	private final MeterRegistry meters;

	private final RedisLink redis;

	private final AtomicBoolean failingOpen = new AtomicBoolean();

	public RateLimits(MeterRegistry meters) {
		this(meters, null);
	}

	/**
	 * @param redis the link to Redis in shared mode, or null on a single instance
	 */
	public RateLimits(MeterRegistry meters, RedisLink redis) {
		this.meters = meters;
		this.redis = redis;
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
	 * {@code perMinute}; in shared mode the bucket is the same on every instance.
	 */
	public Decision tryConsume(String kind, String key, int perMinute) {
		String id = kind + "|" + key;
		return decide(kind, shared(id, perMinute).orElseGet(() -> local(id, perMinute)));
	}

	/**
	 * Takes one token from a bucket that only this instance can ever be asked about — a
	 * WebSocket connection's, which lives on one instance — so it is kept here even in
	 * shared mode: the limit is the same, without the trips to Redis.
	 */
	public Decision tryConsumeHere(String kind, String key, int perMinute) {
		return decide(kind, local(kind + "|" + key, perMinute));
	}

	private Decision decide(String kind, ConsumptionProbe probe) {
		if (probe.isConsumed()) {
			return new Decision(true, 0);
		}
		this.meters.counter("rights.ratelimit.rejections", "kind", kind).increment();
		return new Decision(false, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
	}

	private Optional<ConsumptionProbe> shared(String id, int perMinute) {
		if (this.redis == null) {
			return Optional.empty();
		}
		Optional<ProxyManager<String>> proxies = this.redis.buckets();
		Optional<ConsumptionProbe> probe = proxies.flatMap(
				(p) -> this.redis.guarded("rate-limit", () -> proxy(p, id, perMinute).tryConsumeAndReturnRemaining(1)));
		if (probe.isPresent()) {
			if (this.failingOpen.compareAndSet(true, false)) {
				log.info("Rate limits are shared across instances again");
			}
			return probe;
		}
		this.meters.counter("rights.ratelimit.failopen").increment();
		if (this.failingOpen.compareAndSet(false, true)) {
			log.warn("Redis does not answer: rate limits fail open to this instance's own buckets "
					+ "(the whole service allows up to the limit times the number of instances until Redis is back)");
		}
		return Optional.empty();
	}

	private Bucket proxy(ProxyManager<String> manager, String id, int perMinute) {
		synchronized (this.proxies) {
			return this.proxies.computeIfAbsent(id,
					(k) -> manager.builder()
						.withOptimization(Optimizations.batching())
						.build(RedisLink.key("rate", id),
								() -> BucketConfiguration.builder().addLimit(limit(perMinute)).build()));
		}
	}

	private ConsumptionProbe local(String id, int perMinute) {
		Bucket bucket;
		synchronized (this.buckets) {
			bucket = this.buckets.computeIfAbsent(id, (k) -> Bucket.builder().addLimit(limit(perMinute)).build());
		}
		return bucket.tryConsumeAndReturnRemaining(1);
	}

	private static Bandwidth limit(int perMinute) {
		return Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
	}

}
