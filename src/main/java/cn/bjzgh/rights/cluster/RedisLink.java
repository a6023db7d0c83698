package cn.bjzgh.rights.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * This instance's link to Redis (Lettuce), and the one place that decides whether Redis
 * is used. Every command goes through {@link #call}, {@link #send} or {@link #guarded},
 * which time it, give up after the command timeout and count a fallback when Redis cannot
 * answer. A Resilience4j circuit breaker opens on the first failure, so a request waits
 * on Redis at most one command timeout: while it is open, callers use their own memory at
 * once. In the background the link connects (also when Redis was down at start), probes
 * Redis while the breaker is open, and tells {@link #onShared listeners} when shared mode
 * is back, so what was written meanwhile can be copied to Redis. Lettuce reconnects and
 * re-subscribes by itself once connected; commands are rejected at once while it is
 * disconnected instead of queueing.
 */
public final class RedisLink implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

	private static final String PREFIX = "rights:";

	private final SharedModeProperties properties;

	private final String instanceId;

	private final MeterRegistry meters;

	private final ClientResources resources;

	private final RedisClient client;

	private final CircuitBreaker breaker;

	private final RedisCalls calls;

	private final ScheduledExecutorService background;

	private final List<Runnable> sharedListeners = new CopyOnWriteArrayList<>();

	private volatile StatefulRedisConnection<String, String> commands;

	private final RedisSubscriptions subscriptions;

	private volatile StatefulRedisConnection<String, byte[]> bytes;

	private volatile ProxyManager<String> buckets;

	private volatile boolean wasShared;

	public RedisLink(SharedModeProperties properties, RedisURI uri, String instanceId, MeterRegistry meters) {
		this.properties = properties;
		this.instanceId = instanceId;
		this.meters = meters;
		this.subscriptions = new RedisSubscriptions(meters, PREFIX);
		uri.setTimeout(properties.commandTimeout());
		this.background = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread t = new Thread(r, "redis-link");
			t.setDaemon(true);
			return t;
		});
		this.resources = RedisSetup.resources();
		this.client = RedisSetup.client(this.resources, uri, properties);
		this.breaker = RedisSetup.breaker(properties);
		this.calls = new RedisCalls(this.breaker, meters);
		this.breaker.getEventPublisher().onStateTransition((event) -> {
			switch (event.getStateTransition().getToState()) {
				case OPEN -> log.warn(
						"Redis did not answer: this instance keeps conversations in its own memory and "
								+ "applies rate limits on its own until Redis is back (trying again every {})",
						properties.retryAfter());
				case CLOSED -> this.background.execute(this::sharedAgain);
				default -> {
				}
			}
		});
		meters.gauge("rights.redis.shared", this, (link) -> link.shared() ? 1 : 0);
		long every = Math.max(200, properties.retryAfter().toMillis() / 2);
		this.background.scheduleWithFixedDelay(this::maintain, 0, every, TimeUnit.MILLISECONDS);
	}

	/** This instance's name among the instances sharing Redis. */
	public String instanceId() {
		return this.instanceId;
	}

	public SharedModeProperties properties() {
		return this.properties;
	}

	/** Whether Redis is connected and answering, i.e. the instance is in shared mode. */
	public boolean shared() {
		StatefulRedisConnection<String, String> c = this.commands;
		// The buckets' connection is made right after the commands' one: until then the
		// rate limits are still the instance's own.
		return c != null && c.isOpen() && this.buckets != null
				&& this.breaker.getState() == CircuitBreaker.State.CLOSED;
	}

	/** The breaker's state, for the health endpoint. */
	String state() {
		return (this.commands == null) ? "NOT_CONNECTED" : this.breaker.getState().name();
	}

	/** A key in this service's part of Redis. */
	public static String key(String... parts) {
		return PREFIX + String.join(":", parts);
	}

	/**
	 * Runs one command on Redis and waits for it.
	 * @param use what the command is for, the tag of its timer and fallback counter
	 * @param command must not return null (wrap a value that may be missing in an
	 * {@link Optional})
	 * @return its result, or empty when Redis did not answer and the caller should use
	 * its own memory (counted as a fallback)
	 */
	public <T> Optional<T> call(String use, Function<RedisCommands<String, String>, T> command) {
		StatefulRedisConnection<String, String> c = this.commands;
		if (c == null) {
			return this.calls.fallback(use);
		}
		return this.calls.run(use, () -> command.apply(c.sync()));
	}

	/**
	 * Sends one command without waiting for it, so that the caller can go on meanwhile or
	 * send others in the same round trip; commands sent from this instance reach Redis in
	 * the order they were sent.
	 * @param command its result must not be null (map a value that may be missing to an
	 * {@link Optional})
	 * @return completes with the result, or empty when Redis did not answer (counted as a
	 * fallback); never exceptionally
	 */
	public <T> CompletableFuture<Optional<T>> send(String use,
			Function<RedisAsyncCommands<String, String>, CompletionStage<T>> command) {
		StatefulRedisConnection<String, String> c = this.commands;
		if (c == null) {
			return CompletableFuture.completedFuture(this.calls.fallback(use));
		}
		return this.calls.start(use, () -> command.apply(c.async()));
	}

	/**
	 * Runs {@code action}, which talks to Redis, behind the breaker and the timer.
	 * @return its result, or empty when Redis did not answer (counted as a fallback)
	 */
	public <T> Optional<T> guarded(String use, Supplier<T> action) {
		return this.calls.run(use, action);
	}

	/** Bucket4j's buckets in Redis, once connected. */
	public Optional<ProxyManager<String>> buckets() {
		return Optional.ofNullable(this.buckets);
	}

	/**
	 * Publishes {@code message} on {@code channel} to every instance, this one included.
	 */
	public boolean publish(String channel, String message) {
		boolean sent = call("broadcast", (c) -> c.publish(key(channel), message)).isPresent();
		if (sent) {
			this.meters.counter("rights.redis.messages", "channel", channel, "direction", "sent").increment();
		}
		return sent;
	}

	/** Calls {@code listener} with every message published on {@code channel}. */
	public void subscribe(String channel, Consumer<String> listener) {
		this.subscriptions.subscribe(key(channel), listener);
	}

	/** Runs {@code task} every {@code period} on the link's background thread. */
	public void every(Duration period, Runnable task) {
		this.background.scheduleWithFixedDelay(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.debug("Background task failed: {}", ex.toString());
			}
		}, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Runs {@code listener} each time Redis answers again after it had not. */
	public void onShared(Runnable listener) {
		this.sharedListeners.add(listener);
	}

	/** Connects what is not connected yet, and probes Redis while the breaker is open. */
	private void maintain() {
		try {
			if (this.commands == null) {
				StatefulRedisConnection<String, String> c = this.client.connect(StringCodec.UTF8);
				// The first commands are slow (classes loaded, code not yet compiled):
				// run
				// them here, not on a worker's request against the command timeout.
				c.sync().ping();
				c.sync().get(key("warm-up"));
				this.commands = c;
			}
			if (this.buckets == null) {
				this.bytes = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
				this.buckets = Bucket4jLettuce.casBasedBuilder(this.bytes)
					.requestTimeout(this.properties.commandTimeout())
					.expirationAfterWrite(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
					.build();
				RedisSetup.warmUp(this.buckets);
			}
			this.subscriptions.connect(this.client);
			if (this.breaker.getState() != CircuitBreaker.State.CLOSED) {
				call("probe", RedisCommands::ping);
			}
			else if (!this.wasShared) {
				sharedAgain();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Redis not reachable yet: {}", ex.toString());
		}
	}

	private synchronized void sharedAgain() {
		if (!shared()) {
			return;
		}
		if (this.wasShared) {
			log.info("Redis answers again: back in shared mode");
		}
		else {
			log.info("Connected to Redis: shared mode (instance {})", this.instanceId);
		}
		this.wasShared = true;
		for (Runnable listener : this.sharedListeners) {
			try {
				listener.run();
			}
			catch (RuntimeException ex) {
				log.warn("Could not bring shared state up to date: {}", ex.toString());
			}
		}
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
		for (AutoCloseable c : new AutoCloseable[] { this.subscriptions, this.bytes, this.commands }) {
			if (c != null) {
				try {
					c.close();
				}
				catch (Exception ex) {
					log.debug("closing a Redis connection: {}", ex.toString());
				}
			}
		}
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		this.resources.shutdown(0, 2, TimeUnit.SECONDS);
	}

}
