package cn.bjzgh.rights.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import cn.bjzgh.rights.system.InvalidInputException;
import cn.bjzgh.rights.system.NotFoundException;

/**
 * Undoing a console change, and the console's knowledge as Markdown files to fold into
 * {@code knowledge/} in a release.
 */
class History {

	private final ConsoleStore store;

	private final IndexRefresher refresher;

	private final Path knowledgeDir;

	private final KnowledgeSource source;

	History(ConsoleStore store, IndexRefresher refresher, Path knowledgeDir, KnowledgeSource source) {
		this.source = source;
		this.store = store;
		this.refresher = refresher;
		this.knowledgeDir = knowledgeDir;
	}

	/** The latest changes, newest first, without their texts. */
	List<Map<String, Object>> changes(int limit) {
		return this.store.changes(limit).stream().map((c) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", c.id());
			row.put("at", c.at());
			row.put("action", c.action());
			row.put("target", c.target());
			row.put("targetId", c.targetKey());
			row.put("note", c.note());
			row.put("author", c.author());
			row.put("reverted", c.reverted());
			return row;
		}).toList();
	}

	/**
	 * Puts back what was there before the change (a new entry goes, an edit returns to
	 * the previous text, a published document becomes a draft again).
	 * @return the id of the change that undid it
	 */
	long revert(long changeId, String author) {
		ConsoleStore.Change change = this.store.change(changeId)
			.orElseThrow(() -> new NotFoundException("unknown_change", "没有这条修改记录", "there is no such change"));
		if (change.reverted()) {
			throw new InvalidInputException("id", "这条修改已经撤销过了", "this change was already undone");
		}
		String note = "撤销修改 #" + changeId;
		long undo;
		if ("entry".equals(change.target())) {
			String before = change.beforeMarkdown();
			String kind = change.targetKey().startsWith(ConsoleStore.ENTRY_FILES) ? "entry" : "override";
			undo = this.store.saveEntry(change.targetKey(), kind, (before == null) ? null : question(before), before,
					"revert", note, author);
		}
		else {
			String before = (change.beforeStatus() == null) ? "discarded" : change.beforeStatus();
			undo = this.store.setDocumentStatus(change.targetKey(), before, "revert", note, author);
		}
		this.store.markReverted(changeId);
		this.refresher.refresh();
		return undo;
	}

	/**
	 * A zip of Markdown files in the knowledge format: new entries and published
	 * documents as files of their own, an edited shipped entry as its shipped file with
	 * the edit in place.
	 */
	byte[] export() {
		Map<String, String> shipped = new HashMap<>();
		this.source.shipped()
			.chunks()
			.stream()
			.filter(Chunk::isQuestion)
			.forEach((c) -> shipped.put(c.id(), c.question()));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			Map<String, String> editedFiles = new TreeMap<>();
			for (ConsoleStore.Entry entry : this.store.entries()) {
				if (entry.isOverride()) {
					String file = entry.key().substring(0, entry.key().indexOf('#'));
					String text = editedFiles.containsKey(file) ? editedFiles.get(file) : read(file);
					editedFiles.put(file, withOverride(text, shipped.get(entry.key()), entry.markdown()));
				}
				else {
					put(zip, entry.key() + ".md", entry.markdown());
				}
			}
			for (Map.Entry<String, String> file : editedFiles.entrySet()) {
				put(zip, file.getKey() + ".md", file.getValue());
			}
			for (ConsoleStore.Document document : this.store.documents()) {
				if ("published".equals(document.status())) {
					put(zip, ConsoleStore.DOCUMENT_FILES + document.id() + ".md", document.markdown());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String read(String file) throws IOException {
		Path path = this.knowledgeDir.resolve(file + ".md");
		return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
	}

	/**
	 * The file's text with the section of the shipped question replaced by the edit's
	 * section; unchanged when the question cannot be found.
	 */
	static String withOverride(String text, String shippedQuestion, String overrideMarkdown) {
		int start = (shippedQuestion == null) ? -1 : text.indexOf("## 问：" + shippedQuestion);
		if (start < 0) {
			return text;
		}
		String section = overrideMarkdown.substring(overrideMarkdown.indexOf("## 问：")).strip();
		int end = text.indexOf("\n## ", start + 1);
		return text.substring(0, start) + section + "\n" + ((end < 0) ? "" : text.substring(end));
	}

	private static void put(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String question(String markdown) {
		int at = markdown.indexOf("## 问：");
		int end = markdown.indexOf('\n', at);
		return markdown.substring(at + "## 问：".length(), (end < 0) ? markdown.length() : end).strip();
	}

}
