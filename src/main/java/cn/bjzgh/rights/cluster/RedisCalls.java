package cn.bjzgh.rights.cluster;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Redis commands behind the circuit breaker and the timers, waiting for them or not:
 * each is timed by what it is for ({@code rights.redis.commands}), and one that fails,
 * times out or is refused by the open breaker counts as a fallback
 * ({@code rights.redis.fallbacks}) and yields an empty result, never an exception.
 */
final class RedisCalls {

	private static final Logger log = LoggerFactory.getLogger(RedisCalls.class);

	private final CircuitBreaker breaker;

	private final MeterRegistry meters;

	RedisCalls(CircuitBreaker breaker, MeterRegistry meters) {
		this.breaker = breaker;
		this.meters = meters;
	}

	/** Runs {@code action} and waits for it. */
	<T> Optional<T> run(String use, Supplier<T> action) {
		if (!this.breaker.tryAcquirePermission()) {
			return fallback(use);
		}
		long start = System.nanoTime();
		try {
			return succeeded(use, start, action.get());
		}
		catch (RuntimeException ex) {
			return failed(use, start, ex);
		}
	}

	/**
	 * Starts {@code action} without waiting: the future completes on Lettuce's thread
	 * when Redis answers or the command times out.
	 */
	<T> CompletableFuture<Optional<T>> start(String use, Supplier<CompletionStage<T>> action) {
		if (!this.breaker.tryAcquirePermission()) {
			return CompletableFuture.completedFuture(fallback(use));
		}
		long start = System.nanoTime();
		try {
			return action.get()
				.handle((result, ex) -> (ex == null) ? succeeded(use, start, result) : this.<T>failed(use, start, ex))
				.toCompletableFuture();
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(failed(use, start, ex));
		}
	}

	<T> Optional<T> fallback(String use) {
		this.meters.counter("rights.redis.fallbacks", "use", use).increment();
		return Optional.empty();
	}

	private <T> Optional<T> succeeded(String use, long start, T result) {
		long took = System.nanoTime() - start;
		this.breaker.onSuccess(took, TimeUnit.NANOSECONDS);
		timer(use, "ok").record(took, TimeUnit.NANOSECONDS);
		return Optional.of(result);
	}

	private <T> Optional<T> failed(String use, long start, Throwable ex) {
		long took = System.nanoTime() - start;
		this.breaker.onError(took, TimeUnit.NANOSECONDS, ex);
		timer(use, "error").record(took, TimeUnit.NANOSECONDS);
		log.debug("Redis command for {} failed: {}", use, ex.toString());
		return fallback(use);
	}

	private Timer timer(String use, String outcome) {
		return Timer.builder("rights.redis.commands")
			.description("Redis commands, by what they are for")
			.tags("use", use, "outcome", outcome)
			.publishPercentiles(0.5, 0.99)
			.register(this.meters);
	}

}
