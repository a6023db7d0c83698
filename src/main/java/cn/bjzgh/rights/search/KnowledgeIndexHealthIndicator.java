package cn.bjzgh.rights.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN until the knowledge index has been built or loaded, then UP. */
@Component
class KnowledgeIndexHealthIndicator implements HealthIndicator {

	private final KnowledgeIndex index;

	private final IndexBootstrap bootstrap;

	KnowledgeIndexHealthIndicator(KnowledgeIndex index, IndexBootstrap bootstrap) {
		this.index = index;
		this.bootstrap = bootstrap;
	}

	@Override
	public Health health() {
		if (this.index.isReady()) {
			return Health.up().build();
		}
		String failure = this.bootstrap.failure();
		return Health.down().withDetail("index", (failure == null) ? "building" : "failed: " + failure).build();
	}

}
