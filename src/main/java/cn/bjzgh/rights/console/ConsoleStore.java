package cn.bjzgh.rights.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.bjzgh.rights.knowledge.StoredKnowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's tables (Flyway {@code V3__console.sql}): entries, documents and the
 * history of changes. It is also the {@link StoredKnowledge} every instance indexes,
 * since the database is shared.
 */
public class ConsoleStore implements StoredKnowledge {

	static final String ENTRY_FILES = "console/entries/";

	static final String DOCUMENT_FILES = "console/documents/";

	/**
	 * A stored entry: new ({@code kind} entry) or an edit of a shipped one (override).
	 */
	public record Entry(String key, String kind, String question, String markdown, OffsetDateTime updatedAt,
			String updatedBy) {

		boolean isOverride() {
			return "override".equals(this.kind);
		}

	}

	/** An uploaded document. */
	public record Document(String id, String title, String source, String category, String region, LocalDate effective,
			String filename, String markdown, String status, int passages, OffsetDateTime uploadedAt, String author) {

	}

	/** One change, with what was there before and after. */
	public record Change(long id, OffsetDateTime at, String action, String target, String targetKey, String note,
			String author, String beforeMarkdown, String afterMarkdown, String beforeStatus, String afterStatus,
			boolean reverted) {

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public ConsoleStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public List<StoredFile> files() {
		List<StoredFile> files = new ArrayList<>();
		entries().stream()
			.filter((e) -> !e.isOverride())
			.forEach((e) -> files.add(new StoredFile(e.key(), e.markdown())));
		documents().stream()
			.filter((d) -> "published".equals(d.status()))
			.forEach((d) -> files.add(new StoredFile(DOCUMENT_FILES + d.id(), d.markdown())));
		return files;
	}

	@Override
	public Map<String, String> overrides() {
		Map<String, String> overrides = new LinkedHashMap<>();
		entries().stream().filter(Entry::isOverride).forEach((e) -> overrides.put(e.key(), e.markdown()));
		return overrides;
	}

	public List<Entry> entries() {
		return this.jdbc.sql("select * from console_entry order by updated_at desc").query(ConsoleStore::entry).list();
	}

	public Optional<Entry> entry(String key) {
		return this.jdbc.sql("select * from console_entry where entry_key = :key")
			.param("key", key)
			.query(ConsoleStore::entry)
			.optional();
	}

	/**
	 * Writes an entry (or deletes it when {@code markdown} is null) and records the
	 * change, in one transaction.
	 * @return the change's id
	 */
	public long saveEntry(String key, String kind, String question, String markdown, String action, String note,
			String author) {
		return this.transactions.execute((status) -> {
			String before = entry(key).map(Entry::markdown).orElse(null);
			this.jdbc.sql("delete from console_entry where entry_key = :key").param("key", key).update();
			if (markdown != null) {
				this.jdbc
					.sql("insert into console_entry (entry_key, kind, question, markdown, updated_at, updated_by) "
							+ "values (:key, :kind, :question, :markdown, :at, :by)")
					.param("key", key)
					.param("kind", kind)
					.param("question", question)
					.param("markdown", markdown)
					.param("at", now())
					.param("by", author)
					.update();
			}
			return change(action, "entry", key, note, author, before, markdown, null, null);
		});
	}

	public List<Document> documents() {
		return this.jdbc.sql("select * from console_document order by uploaded_at desc")
			.query(ConsoleStore::document)
			.list();
	}

	public Optional<Document> document(String id) {
		return this.jdbc.sql("select * from console_document where id = :id")
			.param("id", id)
			.query(ConsoleStore::document)
			.optional();
	}

	public void insertDocument(Document d) {
		this.jdbc
			.sql("insert into console_document (id, title, source, category, region, effective, filename, markdown, "
					+ "status, passages, uploaded_at, author) values (:id, :title, :source, :category, :region, "
					+ ":effective, :filename, :markdown, :status, :passages, :at, :author)")
			.param("id", d.id())
			.param("title", d.title())
			.param("source", d.source())
			.param("category", d.category())
			.param("region", d.region())
			.param("effective", d.effective())
			.param("filename", d.filename())
			.param("markdown", d.markdown())
			.param("status", d.status())
			.param("passages", d.passages())
			.param("at", d.uploadedAt())
			.param("author", d.author())
			.update();
	}

	/**
	 * Sets a document's status (draft, published or discarded: a discarded document is
	 * kept, so that discarding can be undone) and records the change.
	 * @return the change's id
	 */
	public long setDocumentStatus(String id, String status, String action, String note, String author) {
		return this.transactions.execute((tx) -> {
			String before = document(id).map(Document::status).orElse(null);
			this.jdbc.sql("update console_document set status = :status where id = :id")
				.param("status", status)
				.param("id", id)
				.update();
			return change(action, "document", id, note, author, null, null, before, status);
		});
	}

	public List<Change> changes(int limit) {
		return this.jdbc.sql("select * from console_change order by id desc limit :limit")
			.param("limit", limit)
			.query(ConsoleStore::change)
			.list();
	}

	public Optional<Change> change(long id) {
		return this.jdbc.sql("select * from console_change where id = :id")
			.param("id", id)
			.query(ConsoleStore::change)
			.optional();
	}

	/** The newest change's id, 0 when there is none. */
	public long lastChange() {
		return this.jdbc.sql("select coalesce(max(id), 0) from console_change").query(Long.class).single();
	}

	public void markReverted(long id) {
		this.jdbc.sql("update console_change set reverted = true where id = :id").param("id", id).update();
	}

	public boolean dismissed(String groupId) {
		return this.jdbc.sql("select count(*) from console_dismissed where group_id = :id")
			.param("id", groupId)
			.query(Long.class)
			.single() > 0;
	}

	public void dismiss(String groupId) {
		if (!dismissed(groupId)) {
			this.jdbc.sql("insert into console_dismissed (group_id, dismissed_at) values (:id, :at)")
				.param("id", groupId)
				.param("at", now())
				.update();
		}
	}

	private long change(String action, String target, String key, String note, String author, String beforeMarkdown,
			String afterMarkdown, String beforeStatus, String afterStatus) {
		KeyHolder id = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into console_change (at, action, target, target_key, note, author, before_markdown, "
					+ "after_markdown, before_status, after_status) values (:at, :action, :target, :key, :note, "
					+ ":author, :before, :after, :beforeStatus, :afterStatus)")
			.param("at", now())
			.param("action", action)
			.param("target", target)
			.param("key", key)
			.param("note", note)
			.param("author", author)
			.param("before", beforeMarkdown)
			.param("after", afterMarkdown)
			.param("beforeStatus", beforeStatus)
			.param("afterStatus", afterStatus)
			.update(id, "id");
		return id.getKeyAs(Number.class).longValue();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		return new Entry(rs.getString("entry_key"), rs.getString("kind"), rs.getString("question"),
				rs.getString("markdown"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
	}

	private static Document document(ResultSet rs, int n) throws SQLException {
		return new Document(rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("category"),
				rs.getString("region"), rs.getObject("effective", LocalDate.class), rs.getString("filename"),
				rs.getString("markdown"), rs.getString("status"), rs.getInt("passages"),
				rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("author"));
	}

	private static Change change(ResultSet rs, int n) throws SQLException {
		return new Change(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("action"),
				rs.getString("target"), rs.getString("target_key"), rs.getString("note"), rs.getString("author"),
				rs.getString("before_markdown"), rs.getString("after_markdown"), rs.getString("before_status"),
				rs.getString("after_status"), rs.getBoolean("reverted"));
	}

}
