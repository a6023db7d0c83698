package cn.bjzgh.rights.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import cn.bjzgh.rights.system.RateLimits;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Two instances' links to one real Redis ({@link RedisServer}): what one writes the other
 * reads, limits hold for both together, broadcasts reach the other, a slow or stopped
 * Redis makes them fall back without waiting on it, and what was written meanwhile is
 * shared once Redis is back.
 */
class SharedStoresIT {

	private static RedisServer redis;

	private final SimpleMeterRegistry metersA = new SimpleMeterRegistry();

	private final SimpleMeterRegistry metersB = new SimpleMeterRegistry();

	private RedisLink a;

	private RedisLink b;

	@BeforeAll
	static void startRedis() throws Exception {
		redis = new RedisServer();
	}

	@AfterAll
	static void stopRedis() throws Exception {
		redis.close();
	}

	@BeforeEach
	void link() throws Exception {
		redis.start();
		redis.with((c) -> c.flushall());
		this.a = SharedModeFixtures.link(redis.url(), Duration.ofHours(24), "a", this.metersA);
		this.b = SharedModeFixtures.link(redis.url(), Duration.ofHours(24), "b", this.metersB);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.a.shared() && this.b.shared());
	}

	@AfterEach
	void unlink() {
		this.a.destroy();
		this.b.destroy();
	}

	@Test
	void should_continue_a_conversation_on_the_other_instance_with_its_time_to_live() {
		SharedValues onA = new SharedValues(this.a, "case", 100);
		SharedValues onB = new SharedValues(this.b, "case", 100);
		onA.put("c-1", "facts from A");
		assertThat(onB.get("c-1")).contains("facts from A");
		onB.put("c-1", "facts from B");
		assertThat(onA.get("c-1")).contains("facts from B");
		long ttl = redis.with((c) -> c.pttl("rights:conv:c-1:case"));
		assertThat(ttl).isBetween(Duration.ofHours(23).toMillis(), Duration.ofHours(24).toMillis());
		assertThat(SharedModeFixtures.count(this.metersA, "rights.redis.fallbacks", "use", "case")).isZero();
	}

	@Test
	void should_forget_an_expired_conversation_on_every_instance() {
		RedisLink shortA = SharedModeFixtures.link(redis.url(), Duration.ofSeconds(1), "short", this.metersA);
		try {
			await().atMost(Duration.ofSeconds(10)).until(shortA::shared);
			SharedValues onA = new SharedValues(shortA, "messages", 100);
			onA.put("c-2", "hello");
			assertThat(onA.get("c-2")).contains("hello");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> redis.with((c) -> c.exists("rights:conv:c-2:messages")) == 0);
			// The instance's own copy does not bring it back.
			assertThat(onA.get("c-2")).isEmpty();
			assertThat(new SharedValues(this.b, "messages", 100).get("c-2")).isEmpty();
		}
		finally {
			shortA.destroy();
		}
	}

	@Test
	void should_share_what_was_written_while_redis_was_down_once_it_is_back() throws Exception {
		SharedValues onA = new SharedValues(this.a, "case", 100);
		SharedValues onB = new SharedValues(this.b, "case", 100);
		onA.put("c-3", "turn 1");
		redis.stop();
		onA.put("c-3", "turn 2, during the outage");
		assertThat(onA.get("c-3")).contains("turn 2, during the outage");
		assertThat(onA.unsharedCount()).isEqualTo(1);
		assertThat(SharedModeFixtures.count(this.metersA, "rights.redis.fallbacks", "use", "case")).isPositive();
		assertThat(this.a.shared()).isFalse();

		redis.start();
		await().atMost(Duration.ofSeconds(15)).until(() -> this.a.shared() && onA.unsharedCount() == 0);
		await().atMost(Duration.ofSeconds(15)).until(this.b::shared);
		assertThat(onB.get("c-3")).contains("turn 2, during the outage");
	}

	@Test
	void should_not_wait_on_a_slow_redis_more_than_one_command_timeout() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		RedisLink fast = SharedModeFixtures.link(redis.url(), Duration.ofHours(24), "fast", meters,
				Duration.ofMillis(100));
		try {
			await().atMost(Duration.ofSeconds(10)).until(fast::shared);
			SharedValues onA = new SharedValues(fast, "case", 100);
			onA.put("c-4", "before");
			redis.with((c) -> c.clientPause(2000));
			for (int i = 0; i < 5; i++) {
				onA.put("c-4", "during " + i);
			}
			// One command ran into the 100 ms timeout; the breaker sent the others to
			// memory at once.
			Timer failed = meters.find("rights.redis.commands").tags("use", "case", "outcome", "error").timer();
			assertThat(failed).isNotNull();
			assertThat(failed.count()).isEqualTo(1);
			assertThat(failed.max(TimeUnit.MILLISECONDS)).isLessThan(1000);
			assertThat(SharedModeFixtures.count(meters, "rights.redis.fallbacks", "use", "case")).isEqualTo(5);
			assertThat(onA.get("c-4")).contains("during 4");
			await().atMost(Duration.ofSeconds(15)).until(() -> fast.shared() && onA.unsharedCount() == 0);
			String stored = redis.with((c) -> c.get("rights:conv:c-4:case"));
			assertThat(stored).isEqualTo("during 4");
		}
		finally {
			fast.destroy();
		}
	}

	@Test
	void should_hold_a_rate_limit_across_instances() {
		RateLimits limitsA = new RateLimits(this.metersA, this.a);
		RateLimits limitsB = new RateLimits(this.metersB, this.b);
		List<Boolean> allowed = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			allowed.add(((i % 2 == 0) ? limitsA : limitsB).tryConsume("chat", "10.0.0.7", 4).allowed());
		}
		assertThat(allowed).containsExactly(true, true, true, true, false, false);
		assertThat(limitsA.tryConsume("chat", "10.0.0.8", 4).allowed()).isTrue();
		assertThat(SharedModeFixtures.count(this.metersA, "rights.ratelimit.failopen")).isZero();

		// A socket lives on one instance: its bucket stays there, with the same limit.
		Timer toRedis = this.metersA.find("rights.redis.commands").tags("use", "rate-limit", "outcome", "ok").timer();
		long exchanges = toRedis.count();
		List<Boolean> bySocket = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			bySocket.add(limitsA.tryConsumeHere("socket", "ws-1", 2).allowed());
		}
		assertThat(bySocket).containsExactly(true, true, false);
		assertThat(toRedis.count()).isEqualTo(exchanges);
		List<String> socketKeys = redis.with((c) -> c.keys("rights:rate:socket*"));
		assertThat(socketKeys).isEmpty();
	}

	@Test
	void should_read_what_was_sent_without_waiting_and_two_values_at_once() {
		SharedValues casesOnA = new SharedValues(this.a, "case", 100);
		SharedValues messagesOnA = new SharedValues(this.a, "messages", 100);
		casesOnA.send("c-5", "facts");
		// Sent after it on the same connection: once Redis has this, it has both.
		messagesOnA.put("c-5", "messages");
		var cases = new SharedValues(this.b, "case", 100).fetch("c-5");
		var messages = new SharedValues(this.b, "messages", 100).fetch("c-5");
		assertThat(cases.join()).contains("facts");
		assertThat(messages.join()).contains("messages");
		long ttl = redis.with((c) -> c.pttl("rights:conv:c-5:case"));
		assertThat(ttl).isPositive();
		assertThat(SharedModeFixtures.count(this.metersB, "rights.redis.fallbacks", "use", "case")).isZero();
	}

	@Test
	void should_broadcast_to_the_other_instance_only_and_list_both() {
		List<String> heardByA = new CopyOnWriteArrayList<>();
		List<String> heardByB = new CopyOnWriteArrayList<>();
		Broadcasts.through(this.a).subscribe("knowledge", heardByA::add);
		Broadcasts.through(this.b).subscribe("knowledge", heardByB::add);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> redis.with((c) -> c.pubsubNumsub("rights:knowledge").get("rights:knowledge")) == 2);
		assertThat(Broadcasts.through(this.a).publish("knowledge", "full")).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> heardByB.contains("full"));
		assertThat(heardByA).isEmpty();

		Instances instancesA = new Instances(this.a, "a", JsonMapper.builder().build(), Clock.systemUTC());
		Instances instancesB = new Instances(this.b, "b", JsonMapper.builder().build(), Clock.systemUTC());
		instancesA.describeWith(() -> new Instances.Report("v1", "SUCCEEDED", null));
		instancesB.describeWith(() -> new Instances.Report("v2", "RUNNING", null));
		assertThat(instancesA.list())
			.extracting(Instances.Entry::id, Instances.Entry::self, Instances.Entry::indexVersion)
			.containsExactly(tuple("a", true, "v1"), tuple("b", false, "v2"));
	}

}
