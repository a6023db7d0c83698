package cn.bjzgh.rights.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import cn.bjzgh.rights.chat.Scope;
import cn.bjzgh.rights.knowledge.Category;
import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.InvalidKnowledgeFileException;
import cn.bjzgh.rights.knowledge.KnowledgeDocument;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import cn.bjzgh.rights.knowledge.LawSections;
import cn.bjzgh.rights.knowledge.LegalCitation;
import cn.bjzgh.rights.system.InvalidInputException;
import cn.bjzgh.rights.system.NotFoundException;

/**
 * Saves an entry from the console: writes it as a one-entry knowledge document, checks it
 * by the knowledge base's own rules (front matter, a legal basis, every cited article in
 * {@code laws/}, no second entry with the same question), stores it with the change and
 * re-indexes. A shipped entry is never copied: an edit of it is stored as its override.
 */
class EntryEditor {

	/** The outcome: the entry's passage id and the change that saved it. */
	record Saved(String id, long changeId) {
	}

	private final ConsoleStore store;

	private final KnowledgeLoader loader;

	private final KnowledgeSource source;

	private final LawSections laws;

	private final IndexRefresher refresher;

	private final Clock clock;

	EntryEditor(ConsoleStore store, KnowledgeLoader loader, KnowledgeSource source, LawSections laws,
			IndexRefresher refresher, Clock clock) {
		this.store = store;
		this.loader = loader;
		this.source = source;
		this.laws = laws;
		this.refresher = refresher;
		this.clock = clock;
	}

	/**
	 * @param id the entry edited (a console entry or a shipped one), or null for a new
	 * one
	 */
	Saved save(String id, EntryForm form) {
		checkChoices(form);
		String key;
		String kind;
		String file;
		String title;
		if (id == null) {
			key = ConsoleStore.ENTRY_FILES + "e-" + UUID.randomUUID().toString().substring(0, 8);
			kind = "entry";
			file = key;
			title = form.question();
		}
		else if (id.startsWith(ConsoleStore.ENTRY_FILES)) {
			key = id.substring(0, id.indexOf('#') < 0 ? id.length() : id.indexOf('#'));
			this.store.entry(key).orElseThrow(() -> notFound(id));
			kind = "entry";
			file = key;
			title = form.question();
		}
		else {
			KnowledgeDocument shipped = shippedDocument(id).orElseThrow(() -> notFound(id));
			key = id;
			kind = "override";
			file = shipped.file();
			title = shipped.frontMatter().title();
		}
		String markdown = markdown(title, form);
		Chunk parsed = check(file, markdown, form, (id == null) ? key : id);
		long change = this.store.saveEntry(key, kind, form.question(), markdown,
				(id == null) ? "create" : kind.equals("override") ? "override" : "update", form.note(), form.author());
		this.refresher.refresh();
		return new Saved("override".equals(kind) ? id : parsed.id(), change);
	}

	/** The one-entry document in the knowledge folder's format. */
	String markdown(String title, EntryForm form) {
		LocalDate today = LocalDate.now(this.clock);
		StringBuilder md = new StringBuilder("---\n").append("title: ")
			.append(yaml(title))
			.append("\nsource: ")
			.append(form.source())
			.append("\ncategory: ")
			.append(form.category())
			.append("\nregion: ")
			.append(form.region())
			.append("\neffective: ")
			.append(today)
			.append("\nupdated: ")
			.append(today)
			.append("\n---\n\n# ")
			.append(title.replace('\n', ' '))
			.append("\n\n## 问：")
			.append(form.question().replace('\n', ' '))
			.append("\n\n");
		if (!form.phrasings().isEmpty()) {
			md.append("相似问法：\n");
			form.phrasings().forEach((p) -> md.append("- ").append(p.replace('\n', ' ')).append('\n'));
			md.append('\n');
		}
		md.append(form.answer().strip()).append("\n\n");
		if (!form.legalBasis().isEmpty()) {
			md.append("法律依据：").append(String.join("、", form.legalBasis())).append('\n');
		}
		return md.toString();
	}

	private Chunk check(String file, String markdown, EntryForm form, String ownId) {
		KnowledgeDocument parsed;
		try {
			parsed = this.loader.loadFile(file + ".md", markdown.getBytes(StandardCharsets.UTF_8));
		}
		catch (InvalidKnowledgeFileException ex) {
			String[] parts = ex.getMessage().split(" / ", 2);
			throw new InvalidInputException("answer", parts[0], (parts.length > 1) ? parts[1] : parts[0]);
		}
		List<Chunk> questions = parsed.chunks().stream().filter(Chunk::isQuestion).toList();
		if (questions.isEmpty() || !questions.get(0).question().equals(form.question().replace('\n', ' ').strip())) {
			throw new InvalidInputException("answer", "回答里不能再有“## ”标题", "the answer must not contain \"## \" headings");
		}
		Chunk entry = questions.get(0);
		if (entry.legalBasis().isEmpty()) {
			throw new InvalidInputException("legalBasis", "请写明法律依据，例如《劳动合同法》第十九条",
					"give the legal basis, e.g. 《劳动合同法》第十九条");
		}
		for (LegalCitation citation : entry.legalBasis()) {
			if (this.laws.find(citation.toString()).isEmpty()) {
				throw new InvalidInputException("legalBasis", "法律依据 " + citation + " 在 laws/ 里没有这一条，请核对法律名称和条号",
						"the legal basis " + citation + " is not in laws/; check the law's name and the article");
			}
		}
		checkInScope(entry);
		String question = normalise(entry.question());
		String own = ownId.contains("#") ? ownId : ownId + "#";
		this.source.load()
			.chunks()
			.stream()
			.filter(Chunk::isQuestion)
			.filter((c) -> !c.id().equals(ownId) && !c.id().startsWith(own))
			.filter((c) -> normalise(c.question()).equals(question))
			.findFirst()
			.ifPresent((c) -> {
				throw new InvalidInputException("question", "已经有同样的问题：" + c.id() + "，请修改那一条，不要重复",
						"the same question exists already: " + c.id() + "; edit that one instead");
			});
		return entry;
	}

	/**
	 * A question or phrasing that names another part of life and nothing about work
	 * ("房东不退押金") would be declined before the search ever reached this entry.
	 */
	private static void checkInScope(Chunk entry) {
		if (Scope.of(entry.question()) == Scope.Verdict.OTHER) {
			throw outOfScope("question", entry.question());
		}
		for (String phrasing : entry.phrasings()) {
			if (Scope.of(phrasing) == Scope.Verdict.OTHER) {
				throw outOfScope("phrasings", phrasing);
			}
		}
	}

	private static InvalidInputException outOfScope(String field, String wording) {
		return new InvalidInputException(field,
				"“" + wording + "”会被当作劳动权益以外的问题（租房、购物、保险理赔、借贷、交通、家事等）而拒答，职工问到时找不到这一条。请写明和工作的关系，比如单位、工资、上班、干活",
				"\"" + wording + "\" would be declined as a question from another part of life (renting, shopping, an "
						+ "insurance claim, a loan, traffic, family…) and never reach this entry; say how it concerns "
						+ "work, e.g. the employer, the wage, the job");
	}

	private void checkChoices(EntryForm form) {
		if (Category.fromKey(form.category()).isEmpty()) {
			throw new InvalidInputException("category", "没有这个分类：" + form.category(), "unknown category");
		}
		if (!List.of("全国", "北京").contains(form.region())) {
			throw new InvalidInputException("region", "地区只能是 全国 或 北京", "region must be 全国 or 北京");
		}
		if (!List.of("职工维权手册", "工会服务指南").contains(form.source())) {
			throw new InvalidInputException("source", "来源只能是 职工维权手册 或 工会服务指南", "source must be 职工维权手册 or 工会服务指南");
		}
	}

	private Optional<KnowledgeDocument> shippedDocument(String id) {
		return this.source.shipped()
			.documents()
			.stream()
			.filter((d) -> d.chunks().stream().anyMatch((c) -> c.id().equals(id) && c.isQuestion()))
			.findFirst();
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("unknown_entry", "没有这个条目：" + id, "there is no entry " + id);
	}

	/** Questions compare without spaces, punctuation and letter case. */
	static String normalise(String question) {
		return question.replaceAll("[\\s\\p{P}？！，。、“”‘’：；（）]", "").toLowerCase(Locale.ROOT);
	}

	private static String yaml(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + "\"";
	}

}
