package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.file.Files;

import cn.bjzgh.rights.knowledge.KnowledgeProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.store.FSDirectory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	/** Bumped whenever the field layout or the text fed to the embedder changes. */
	static final String INDEX_LAYOUT_VERSION = "4";

	@Bean
	ThreadPoolTaskExecutor embeddingExecutor(SearchProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("embed-");
		executor.setCorePoolSize(properties.embeddingThreads());
		executor.setMaxPoolSize(properties.embeddingThreads());
		// One task per passage of a file is queued while indexing; bounded well above any
		// file.
		executor.setQueueCapacity(10_000);
		executor.setDaemon(true);
		return executor;
	}

	/** Runs the start-up build of the index (and, later, re-indexing): one at a time. */
	@Bean
	ThreadPoolTaskExecutor indexExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("index-");
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(4);
		executor.setDaemon(true);
		return executor;
	}

	/**
	 * bge-small-zh-v1.5, run in-process from the weights inside its Maven artifact, with
	 * ONNX Runtime's threads bounded.
	 */
	@Bean
	EmbeddingModel embeddingModel(ThreadPoolTaskExecutor embeddingExecutor, SearchProperties properties) {
		return new BgeSmallZhModel(embeddingExecutor, properties.onnxThreads());
	}

	@Bean(destroyMethod = "close")
	KnowledgeIndex knowledgeIndex(SearchProperties properties, KnowledgeProperties knowledge,
			EmbeddingModel embeddingModel) throws IOException {
		Files.createDirectories(properties.indexDir());
		String schema = "layout=" + INDEX_LAYOUT_VERSION + ";model=bge-small-zh-v1.5;chunk="
				+ knowledge.maxChunkChars();
		return new KnowledgeIndex(FSDirectory.open(properties.indexDir()), embeddingModel, schema);
	}

	@Bean
	HybridSearcher hybridSearcher(KnowledgeIndex index, EmbeddingModel embeddingModel, SearchProperties properties,
			KnowledgeProperties knowledge) {
		return new HybridSearcher(index, embeddingModel, properties, knowledge.dir());
	}

}
