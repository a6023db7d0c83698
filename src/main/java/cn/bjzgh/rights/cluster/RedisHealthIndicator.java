package cn.bjzgh.rights.cluster;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Redis as a component of {@code /actuator/health}: UP in shared mode, FALLBACK while the
 * instance answers from its own memory. FALLBACK is not DOWN and Redis is not in the
 * readiness group: the service answers without it, so a load balancer must not take an
 * instance out because Redis is away.
 */
class RedisHealthIndicator implements HealthIndicator {

	static final Status FALLBACK = new Status("FALLBACK", "Redis does not answer; this instance uses its own memory");

	private final RedisLink link;

	RedisHealthIndicator(RedisLink link) {
		this.link = link;
	}

	@Override
	public Health health() {
		Health.Builder health = this.link.shared() ? Health.up() : Health.status(FALLBACK);
		return health.withDetail("instance", this.link.instanceId()).withDetail("link", this.link.state()).build();
	}

}
