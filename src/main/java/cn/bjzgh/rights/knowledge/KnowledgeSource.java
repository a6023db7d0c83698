package cn.bjzgh.rights.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything that is indexed: the knowledge folder, then what the console stored (new
 * entries and published documents as documents of their own, edits of shipped entries in
 * the shipped entry's place). Both go through the same loader and its checks.
 */
public class KnowledgeSource {

	private final KnowledgeLoader loader;

	private final KnowledgeProperties properties;

	private final Supplier<StoredKnowledge> stored;

	/**
	 * @param stored the console's store, or a supplier of null when there is none
	 */
	public KnowledgeSource(KnowledgeLoader loader, KnowledgeProperties properties, Supplier<StoredKnowledge> stored) {
		this.loader = loader;
		this.properties = properties;
		this.stored = stored;
	}

	public KnowledgeBase load() {
		KnowledgeBase files = this.loader.load(this.properties.dir());
		StoredKnowledge store = this.stored.get();
		return (store == null) ? files : merge(files, store.files(), store.overrides());
	}

	/** The knowledge folder alone, as shipped. */
	public KnowledgeBase shipped() {
		return this.loader.load(this.properties.dir());
	}

	KnowledgeBase merge(KnowledgeBase files, List<StoredKnowledge.StoredFile> extra, Map<String, String> overrides) {
		List<KnowledgeDocument> documents = new ArrayList<>();
		List<KnowledgeProblem> problems = new ArrayList<>(files.problems());
		for (KnowledgeDocument document : files.documents()) {
			documents.add(overrides.isEmpty() ? document : override(document, overrides, problems));
		}
		for (StoredKnowledge.StoredFile file : extra) {
			try {
				documents
					.add(this.loader.loadFile(file.file() + ".md", file.markdown().getBytes(StandardCharsets.UTF_8)));
			}
			catch (InvalidKnowledgeFileException ex) {
				problems.add(new KnowledgeProblem(file.file(), ex.getMessage()));
			}
		}
		return new KnowledgeBase(documents, problems);
	}

	private KnowledgeDocument override(KnowledgeDocument document, Map<String, String> overrides,
			List<KnowledgeProblem> problems) {
		List<Chunk> chunks = new ArrayList<>();
		StringBuilder applied = new StringBuilder();
		String skipping = null;
		for (Chunk chunk : document.chunks()) {
			if (skipping != null && chunk.id().startsWith(skipping + "-p")) {
				continue;
			}
			skipping = null;
			String markdown = overrides.get(chunk.id());
			if (markdown == null) {
				chunks.add(chunk);
				continue;
			}
			try {
				chunks.addAll(replacement(document, chunk.id(), markdown));
				applied.append(chunk.id()).append('\n').append(markdown);
				skipping = chunk.id();
			}
			catch (InvalidKnowledgeFileException ex) {
				problems.add(new KnowledgeProblem(chunk.id(), ex.getMessage()));
				chunks.add(chunk);
			}
		}
		if (applied.isEmpty()) {
			return document;
		}
		String hash = KnowledgeLoader.sha256((document.contentHash() + applied).getBytes(StandardCharsets.UTF_8));
		return new KnowledgeDocument(document.file(), document.frontMatter(), hash, chunks);
	}

	/** The override's passages, under the shipped entry's id and document. */
	private List<Chunk> replacement(KnowledgeDocument document, String id, String markdown) {
		KnowledgeDocument parsed = this.loader.loadFile(document.file() + ".md",
				markdown.getBytes(StandardCharsets.UTF_8));
		List<Chunk> chunks = new ArrayList<>();
		List<Chunk> parts = parsed.chunks().stream().filter(Chunk::isQuestion).toList();
		for (int i = 0; i < parts.size(); i++) {
			Chunk c = parts.get(i);
			chunks.add(new Chunk(id + ((i == 0) ? "" : "-p" + (i + 1)), document.file(), document.frontMatter().title(),
					c.source(), c.category(), c.region(), c.headingPath(), c.question(), c.text(), c.legalBasis(),
					c.phrasings()));
		}
		if (chunks.isEmpty()) {
			throw new InvalidKnowledgeFileException("替换条目里没有“## 问：”问答", "the override has no \"## 问：\" entry");
		}
		return chunks;
	}

}
