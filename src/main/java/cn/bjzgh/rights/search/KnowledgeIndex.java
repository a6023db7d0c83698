package cn.bjzgh.rights.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeBase;
import cn.bjzgh.rights.knowledge.KnowledgeDocument;
import cn.bjzgh.rights.knowledge.KnowledgeProblem;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk Lucene index of the knowledge base: BM25 text fields and two vectors per
 * passage in one document. Each commit records the content hash of every indexed file, so
 * a restart re-embeds only the files that changed; a file that fails to parse keeps its
 * previous passages. Searches use a {@link SearcherManager}, so a sync in progress never
 * disturbs them and its result appears atomically when it commits.
 */
public class KnowledgeIndex implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

	private static final String SCHEMA_KEY = "schema";

	private static final String HASH_PREFIX = "hash:";

	private volatile String version;

	private final Directory directory;

	private final EmbeddingModel embeddingModel;

	private final String schema;

	private volatile SearcherManager searcherManager;

	/**
	 * @param schema describes everything besides file content that shapes the index
	 * (embedding model, chunk size, field layout); when it changes the whole index is
	 * rebuilt
	 */
	public KnowledgeIndex(Directory directory, EmbeddingModel embeddingModel, String schema) {
		this.directory = directory;
		this.embeddingModel = embeddingModel;
		this.schema = schema;
	}

	/** What one sync did. */
	public record SyncReport(int filesEmbedded, int filesKept, int filesRemoved, int chunks, int chunksEmbedded,
			List<KnowledgeProblem> problems, long tookMs) {
	}

	/**
	 * Brings the index in line with the knowledge base and publishes it to searchers.
	 * Synchronized: one writer at a time.
	 */
	public SyncReport sync(KnowledgeBase kb) throws IOException {
		return sync(kb, false);
	}

	/**
	 * Like {@link #sync(KnowledgeBase)}; with {@code full} every file is re-embedded into
	 * a fresh index. Searchers keep the previous commit until the new one is published.
	 */
	public synchronized SyncReport sync(KnowledgeBase kb, boolean full) throws IOException {
		long start = System.nanoTime();
		Map<String, String> committed = committedUserData();
		boolean rebuild = full || !this.schema.equals(committed.get(SCHEMA_KEY));
		if (rebuild && !committed.isEmpty()) {
			log.info("Index schema changed ({} -> {}); rebuilding the whole index", committed.get(SCHEMA_KEY),
					this.schema);
		}
		Map<String, String> hashes = new HashMap<>();
		List<KnowledgeDocument> changed = new ArrayList<>();
		for (KnowledgeDocument doc : kb.documents()) {
			hashes.put(doc.file(), doc.contentHash());
			if (rebuild || !doc.contentHash().equals(committed.get(HASH_PREFIX + doc.file()))) {
				changed.add(doc);
			}
		}
		Set<String> broken = kb.problems().stream().map((p) -> stripMd(p.file())).collect(Collectors.toSet());
		Set<String> removed = new HashSet<>();
		for (Map.Entry<String, String> e : committed.entrySet()) {
			if (!e.getKey().startsWith(HASH_PREFIX)) {
				continue;
			}
			String file = e.getKey().substring(HASH_PREFIX.length());
			if (broken.contains(file) && !rebuild) {
				// Keep the last good version of a file that no longer parses.
				hashes.put(file, e.getValue());
			}
			else if (!hashes.containsKey(file)) {
				removed.add(file);
			}
		}
		int totalChunks = changed.stream().mapToInt((d) -> d.chunks().size()).sum();
		IndexWriterConfig config = new IndexWriterConfig(ChineseAnalyzer.plain())
			.setOpenMode(rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
			// A sync that fails half-way must not commit a half-built index on close.
			.setCommitOnClose(false);
		int embedded = 0;
		try (IndexWriter writer = new IndexWriter(this.directory, config)) {
			for (String file : removed) {
				writer.deleteDocuments(new Term(IndexedFields.FILE, file));
			}
			int files = 0;
			for (KnowledgeDocument doc : changed) {
				writer.updateDocuments(new Term(IndexedFields.FILE, doc.file()), toDocuments(doc));
				embedded += doc.chunks().size();
				files++;
				log.info("Indexing knowledge: {}/{} files, {}/{} passages ({}%) — {}", files, changed.size(), embedded,
						totalChunks, (totalChunks == 0) ? 100 : embedded * 100 / totalChunks, doc.file());
			}
			if (!removed.isEmpty() || !changed.isEmpty() || writer.hasDeletions()) {
				// One segment without the replaced documents: BM25 counts deleted
				// documents
				// in its statistics until they are merged away, so an index updated file
				// by
				// file ranked otherwise than one built afresh from the same knowledge.
				writer.forceMerge(1);
			}
			Map<String, String> userData = new HashMap<>();
			userData.put(SCHEMA_KEY, this.schema);
			hashes.forEach((file, hash) -> userData.put(HASH_PREFIX + file, hash));
			writer.setLiveCommitData(userData.entrySet());
			writer.commit();
		}
		publish();
		long tookMs = (System.nanoTime() - start) / 1_000_000;
		SyncReport report = new SyncReport(changed.size(), kb.documents().size() - changed.size(), removed.size(),
				kb.chunks().size(), embedded, kb.problems(), tookMs);
		log.info(
				"Knowledge index ready: {} files re-embedded, {} unchanged, {} removed, {} passages embedded, "
						+ "{} files with problems, {} ms",
				report.filesEmbedded(), report.filesKept(), report.filesRemoved(), report.chunksEmbedded(),
				report.problems().size(), tookMs);
		return report;
	}

	public boolean isReady() {
		return this.searcherManager != null;
	}

	/** The current searcher; callers must {@link #release} it. */
	IndexSearcher acquire() throws IOException {
		SearcherManager manager = this.searcherManager;
		if (manager == null) {
			throw new IndexNotReadyException();
		}
		return manager.acquire();
	}

	void release(IndexSearcher searcher) throws IOException {
		this.searcherManager.release(searcher);
	}

	private void publish() throws IOException {
		if (this.searcherManager == null) {
			this.searcherManager = new SearcherManager(this.directory, null);
		}
		else {
			this.searcherManager.maybeRefreshBlocking();
		}
		this.version = IndexFingerprint.of(committedUserData());
	}

	/**
	 * A fingerprint of the knowledge the published index holds (the content hash of every
	 * file and the index layout): instances indexing the same knowledge show the same
	 * version. Null before the first build.
	 */
	public String version() {
		return this.version;
	}

	private Map<String, String> committedUserData() throws IOException {
		if (!DirectoryReader.indexExists(this.directory)) {
			return Map.of();
		}
		return SegmentInfos.readLatestCommit(this.directory).getUserData();
	}

	private List<Document> toDocuments(KnowledgeDocument doc) {
		List<TextSegment> segments = new ArrayList<>();
		for (Chunk chunk : doc.chunks()) {
			segments.add(TextSegment.from(questionText(chunk)));
			segments.add(TextSegment.from(String.join(" > ", chunk.headingPath()) + "\n" + chunk.text()));
			chunk.phrasings().forEach((p) -> segments.add(TextSegment.from(p)));
		}
		List<Embedding> vectors = segments.isEmpty() ? List.of() : this.embeddingModel.embedAll(segments).content();
		List<Document> documents = new ArrayList<>();
		int v = 0;
		for (Chunk chunk : doc.chunks()) {
			Document d = stored(doc, chunk);
			if (chunk.isQuestion()) {
				d.add(new TextField(IndexedFields.QUESTION, chunk.question(), Field.Store.YES));
				// BM25 finds the entry under any of its phrasings too.
				for (String phrasing : chunk.phrasings()) {
					d.add(new TextField(IndexedFields.QUESTION, phrasing, Field.Store.NO));
				}
			}
			d.add(new TextField(IndexedFields.HEADING_TEXT, String.join(" ", chunk.headingPath()), Field.Store.NO));
			d.add(new TextField(IndexedFields.TEXT, chunk.text(), Field.Store.YES));
			d.add(VectorColumn.field(IndexedFields.VECTOR_QUESTION, vectors.get(v++).vector()));
			d.add(VectorColumn.field(IndexedFields.VECTOR_TEXT, vectors.get(v++).vector()));
			documents.add(d);
			// Each phrasing is a question vector of the same passage: a copy of its
			// stored
			// fields with that vector only, found by the question-vector search and fused
			// under the passage's id, so the entry's similarity is the best over its
			// phrasings. Nothing in it is indexed for BM25 or the text vectors.
			for (int p = 0; p < chunk.phrasings().size(); p++) {
				Document phrasing = stored(doc, chunk);
				phrasing.add(new KeywordField(IndexedFields.KIND, IndexedFields.KIND_PHRASING, Field.Store.NO));
				phrasing.add(VectorColumn.field(IndexedFields.VECTOR_QUESTION, vectors.get(v++).vector()));
				documents.add(phrasing);
			}
		}
		return documents;
	}

	/**
	 * The fields every document of a passage carries: its id, file, category and display.
	 */
	private static Document stored(KnowledgeDocument doc, Chunk chunk) {
		Document d = new Document();
		d.add(new KeywordField(IndexedFields.ID, chunk.id(), Field.Store.YES));
		d.add(new KeywordField(IndexedFields.FILE, doc.file(), Field.Store.YES));
		d.add(new KeywordField(IndexedFields.CATEGORY, chunk.category().key(), Field.Store.YES));
		d.add(new StoredField(IndexedFields.FILE_HASH, doc.contentHash()));
		d.add(new StoredField(IndexedFields.TITLE, chunk.title()));
		d.add(new StoredField(IndexedFields.SOURCE, chunk.source()));
		d.add(new StoredField(IndexedFields.REGION, chunk.region()));
		d.add(new StoredField(IndexedFields.HEADING_PATH,
				String.join(IndexedFields.LIST_SEPARATOR, chunk.headingPath())));
		d.add(new StoredField(IndexedFields.CONFIRMED_BY,
				String.join(IndexedFields.LIST_SEPARATOR, doc.frontMatter().confirmedBy())));
		d.add(new StoredField(IndexedFields.LEGAL_BASIS,
				chunk.legalBasis()
					.stream()
					.map(Object::toString)
					.collect(Collectors.joining(IndexedFields.LIST_SEPARATOR))));
		return d;
	}

	private static String questionText(Chunk chunk) {
		if (chunk.isQuestion()) {
			return chunk.question();
		}
		return String.join(" ", chunk.headingPath());
	}

	private static String stripMd(String rel) {
		return rel.endsWith(".md") ? rel.substring(0, rel.length() - 3) : rel;
	}

	@Override
	public void close() throws IOException {
		if (this.searcherManager != null) {
			this.searcherManager.close();
		}
		this.directory.close();
	}

}
