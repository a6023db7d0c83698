package cn.bjzgh.rights.search;

import dev.langchain4j.model.embedding.EmbeddingModel;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN until the knowledge index has been built or loaded and the embedding model is
 * loaded (it loads while the rest starts), then UP.
 */
@Component
class KnowledgeIndexHealthIndicator implements HealthIndicator {

	private final KnowledgeIndex index;

	private final IndexBootstrap bootstrap;

	private final EmbeddingModel model;

	KnowledgeIndexHealthIndicator(KnowledgeIndex index, IndexBootstrap bootstrap, EmbeddingModel model) {
		this.index = index;
		this.bootstrap = bootstrap;
		this.model = model;
	}

	@Override
	public Health health() {
		if (this.model instanceof BgeSmallZhModel bge && !bge.isLoaded()) {
			String failure = bge.failure();
			return Health.down().withDetail("model", (failure == null) ? "loading" : "failed: " + failure).build();
		}
		if (this.index.isReady()) {
			return Health.up().build();
		}
		String failure = this.bootstrap.failure();
		return Health.down().withDetail("index", (failure == null) ? "building" : "failed: " + failure).build();
	}

}
