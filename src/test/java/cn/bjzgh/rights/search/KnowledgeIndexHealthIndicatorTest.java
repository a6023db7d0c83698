package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import org.apache.lucene.store.FSDirectory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class KnowledgeIndexHealthIndicatorTest {

	@TempDir
	Path knowledge;

	@TempDir
	Path indexDir;

	@Test
	void should_be_down_until_the_index_is_built_then_up() throws IOException {
		FixtureKnowledge.writeAll(this.knowledge);
		// The model loads on a thread of its own; while it does, health is DOWN
		// ("model").
		Awaitility.await().atMost(Duration.ofMinutes(1)).until(((BgeSmallZhModel) FixtureKnowledge.MODEL)::isLoaded);
		try (KnowledgeIndex index = new KnowledgeIndex(FSDirectory.open(this.indexDir), FixtureKnowledge.MODEL, "t")) {
			KnowledgeIndexHealthIndicator health = new KnowledgeIndexHealthIndicator(index, mock(IndexBootstrap.class),
					FixtureKnowledge.MODEL);
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.health().getDetails()).containsEntry("index", "building");

			index.sync(new KnowledgeLoader(600).load(this.knowledge));

			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		}
	}

}
