package cn.bjzgh.rights.cluster;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.bjzgh.rights.system.RateLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared mode with Redis unreachable (nothing listens on its port): conversations are
 * kept in the instance's memory, rate limits fall back to the instance's own buckets,
 * broadcasts report they were not sent, and every fallback is counted.
 */
class RedisFallbackTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private RedisLink link;

	@BeforeEach
	void linkToNothing() throws IOException {
		this.link = SharedModeFixtures.linkToNothing(this.meters);
	}

	@AfterEach
	void close() {
		this.link.destroy();
	}

	@Test
	void should_keep_conversations_in_memory_and_count_the_fallbacks() {
		SharedValues values = new SharedValues(this.link, "case", 100);
		values.put("c-1", "{\"turn\":1}");
		values.put("c-1", "{\"turn\":2}");
		assertThat(values.get("c-1")).contains("{\"turn\":2}");
		assertThat(values.get("c-2")).isEmpty();
		assertThat(values.unsharedCount()).isEqualTo(1);
		assertThat(this.link.shared()).isFalse();
		assertThat(SharedModeFixtures.count(this.meters, "rights.redis.fallbacks", "use", "case")).isEqualTo(4);
		values.delete("c-1");
		assertThat(values.get("c-1")).isEmpty();
		assertThat(values.unsharedCount()).isZero();
	}

	@Test
	void should_bound_the_memory_used_while_redis_is_away() {
		SharedValues values = new SharedValues(this.link, "messages", 3);
		for (int i = 0; i < 10; i++) {
			values.put("c-" + i, "v" + i);
		}
		assertThat(values.get("c-0")).isEmpty();
		assertThat(values.get("c-9")).contains("v9");
		assertThat(values.unsharedCount()).isEqualTo(3);
	}

	@Test
	void should_fail_open_to_the_instances_own_rate_limit() {
		RateLimits limits = new RateLimits(this.meters, this.link);
		List<Boolean> allowed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			allowed.add(limits.tryConsume("chat", "10.0.0.1", 3).allowed());
		}
		// Not refused because Redis is away, and still limited per instance.
		assertThat(allowed).containsExactly(true, true, true, false);
		assertThat(SharedModeFixtures.count(this.meters, "rights.ratelimit.failopen")).isEqualTo(4);
	}

	@Test
	void should_say_a_broadcast_was_not_sent_and_list_this_instance_alone() {
		assertThat(Broadcasts.through(this.link).publish("knowledge", "changed")).isFalse();
		Instances instances = new Instances(this.link, "unreachable", JsonMapper.builder().build(), Clock.systemUTC());
		instances.describeWith(() -> new Instances.Report("v1", "SUCCEEDED", null));
		assertThat(instances.list()).singleElement().satisfies((e) -> {
			assertThat(e.id()).isEqualTo("unreachable");
			assertThat(e.self()).isTrue();
			assertThat(e.shared()).isFalse();
			assertThat(e.indexVersion()).isEqualTo("v1");
		});
	}

}
