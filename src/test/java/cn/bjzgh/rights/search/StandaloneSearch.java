package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.file.Path;

import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import org.apache.lucene.store.FSDirectory;

/**
 * The retrieval stack without Spring, for the command-line evaluation runner and the
 * benchmark. Uses the same defaults and the same schema string as the application, so it
 * shares the on-disk index.
 */
final class StandaloneSearch implements AutoCloseable {

	final EmbeddingModel model = new BgeSmallZhV15EmbeddingModel();

	final KnowledgeIndex index;

	final HybridSearcher searcher;

	/** The same searcher without the query-embedding cache, for the benchmark. */
	final HybridSearcher uncached;

	final KnowledgeIndex.SyncReport syncReport;

	StandaloneSearch(Path knowledgeDir, Path indexDir) throws IOException {
		int maxChunkChars = 600;
		this.index = new KnowledgeIndex(FSDirectory.open(indexDir), this.model, "layout="
				+ SearchConfiguration.INDEX_LAYOUT_VERSION + ";model=bge-small-zh-v1.5;chunk=" + maxChunkChars);
		this.syncReport = this.index.sync(new KnowledgeLoader(maxChunkChars).load(knowledgeDir));
		SearchProperties properties = new SearchProperties(indexDir, 40, 3f, 1.5f, 2);
		this.searcher = new HybridSearcher(this.index, this.model, properties, knowledgeDir.resolve("synonyms.txt"));
		this.uncached = new HybridSearcher(this.index, this.model, properties, knowledgeDir.resolve("synonyms.txt"), 0);
	}

	@Override
	public void close() throws IOException {
		this.index.close();
	}

}
