package cn.bjzgh.rights.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.bjzgh.rights.knowledge.Category;
import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import cn.bjzgh.rights.knowledge.LegalCitation;
import cn.bjzgh.rights.system.InvalidInputException;

/**
 * Uploaded documents: converted to the knowledge format and kept as a draft with the
 * passages they will be split into; published (indexed on every instance) or discarded. A
 * bad file changes nothing.
 */
class Documents {

	record Draft(String id, String status, String title, String source, String category, String region,
			LocalDate effective, List<Converted.Passage> passages) {
	}

	record Summary(String id, String title, String status, String source, String category, String region,
			LocalDate effective, OffsetDateTime uploadedAt, String author, int passages) {
	}

	private static final List<String> SOURCES = List.of("职工维权手册", "工会服务指南", "法律法规要点");

	private final ConsoleStore store;

	private final DocumentConverter converter;

	private final KnowledgeLoader loader;

	private final IndexRefresher refresher;

	private final Clock clock;

	Documents(ConsoleStore store, DocumentConverter converter, KnowledgeLoader loader, IndexRefresher refresher,
			Clock clock) {
		this.store = store;
		this.converter = converter;
		this.loader = loader;
		this.refresher = refresher;
		this.clock = clock;
	}

	Draft upload(String filename, String contentType, byte[] bytes, String title, String source, String category,
			String region, LocalDate effective, String author) {
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new InvalidInputException("title", "请填写标题（最多200字）", "the title is required (at most 200 characters)");
		}
		if (!SOURCES.contains(source)) {
			throw new InvalidInputException("source", "来源只能是 " + String.join("、", SOURCES), "unknown source");
		}
		Category topic = Category.fromKey(category)
			.orElseThrow(() -> new InvalidInputException("category", "没有这个分类：" + category, "unknown category"));
		if (!List.of("全国", "北京").contains(region)) {
			throw new InvalidInputException("region", "地区只能是 全国 或 北京", "region must be 全国 or 北京");
		}
		LocalDate day = (effective != null) ? effective : LocalDate.now(this.clock);
		Converted converted = this.converter.convert(filename, contentType, bytes,
				new DocumentMetadata(title.strip(), source, topic, region, day, author));
		String id = "d-" + UUID.randomUUID().toString().substring(0, 8);
		this.store.insertDocument(new ConsoleStore.Document(id, title.strip(), source, category, region, day, filename,
				converted.markdown(), "draft", converted.passages().size(), OffsetDateTime.now(this.clock), author));
		return new Draft(id, "draft", title.strip(), source, category, region, day, converted.passages());
	}

	List<Summary> list() {
		return this.store.documents()
			.stream()
			.filter((d) -> !"discarded".equals(d.status()))
			.map((d) -> new Summary(d.id(), d.title(), d.status(), d.source(), d.category(), d.region(), d.effective(),
					d.uploadedAt(), d.author(), d.passages()))
			.toList();
	}

	Optional<Draft> detail(String id) {
		return this.store.document(id)
			.map((d) -> new Draft(d.id(), d.status(), d.title(), d.source(), d.category(), d.region(), d.effective(),
					passages(d)));
	}

	void publish(String id, String author) {
		ConsoleStore.Document document = existing(id);
		if (!"published".equals(document.status())) {
			this.store.setDocumentStatus(id, "published", "publish", null, author);
		}
		this.refresher.refresh();
	}

	void discard(String id, String author) {
		ConsoleStore.Document document = existing(id);
		boolean published = "published".equals(document.status());
		this.store.setDocumentStatus(id, "discarded", published ? "withdraw" : "discard", null, author);
		if (published) {
			this.refresher.refresh();
		}
	}

	private ConsoleStore.Document existing(String id) {
		return this.store.document(id)
			.filter((d) -> !"discarded".equals(d.status()))
			.orElseThrow(() -> DocumentController.notFound(id));
	}

	private List<Converted.Passage> passages(ConsoleStore.Document document) {
		return this.loader
			.loadFile(ConsoleStore.DOCUMENT_FILES + document.id() + ".md",
					document.markdown().getBytes(StandardCharsets.UTF_8))
			.chunks()
			.stream()
			.map((Chunk c) -> new Converted.Passage(c.heading(), c.text(),
					c.legalBasis().stream().map(LegalCitation::toString).toList()))
			.toList();
	}

}
