package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.file.Path;

import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.store.FSDirectory;

/**
 * The retrieval stack without Spring, for the command-line evaluation runner and the
 * benchmark. Uses the same defaults and the same schema string as the application, so it
 * shares the on-disk index.
 */
final class StandaloneSearch implements AutoCloseable {

	/** ONNX threads as the application's default, or {@code -Donnx.threads=N}. */
	final EmbeddingModel model = new BgeSmallZhModel(null, Integer.getInteger("onnx.threads", 1));

	final KnowledgeIndex index;

	final HybridSearcher searcher;

	/** The same searcher without the recent queries, for the benchmark. */
	final HybridSearcher uncached;

	/** The same searcher keeping recent queries' embeddings but not their rankings. */
	final HybridSearcher embeddingsOnly;

	final KnowledgeIndex.SyncReport syncReport;

	private final SearchProperties properties;

	private final Path knowledgeDir;

	StandaloneSearch(Path knowledgeDir, Path indexDir) throws IOException {
		int maxChunkChars = 600;
		this.index = new KnowledgeIndex(FSDirectory.open(indexDir), this.model, "layout="
				+ SearchConfiguration.INDEX_LAYOUT_VERSION + ";model=bge-small-zh-v1.5;chunk=" + maxChunkChars);
		this.syncReport = this.index.sync(new KnowledgeLoader(maxChunkChars).load(knowledgeDir));
		this.properties = new SearchProperties(indexDir, 40, 3f, 1.5f, 2, 1, 0.7);
		this.knowledgeDir = knowledgeDir;
		this.searcher = new HybridSearcher(this.index, this.model, this.properties, this.knowledgeDir);
		this.uncached = searcher(new RecentQueries(0), FusionWeights.FITTED, Confidence.FITTED);
		this.embeddingsOnly = searcher(new RecentQueries(RecentQueries.DEFAULT_CAPACITY, false), FusionWeights.FITTED,
				Confidence.FITTED);
	}

	/** A searcher over the same index with other weights or embedding cache. */
	HybridSearcher searcher(RecentQueries recent, FusionWeights weights, Confidence confidence) {
		return new HybridSearcher(this.index, this.model, this.properties, this.knowledgeDir, recent, weights,
				confidence);
	}

	@Override
	public void close() throws IOException {
		this.index.close();
	}

}
