package cn.bjzgh.rights.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeBase;
import cn.bjzgh.rights.knowledge.KnowledgeDocument;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import cn.bjzgh.rights.knowledge.LegalCitation;

/**
 * The entries as the console lists and edits them: every handbook question, shipped,
 * overridden or added in the console, with when and by whom it was last changed.
 */
class EntryViews {

	/** One entry in the list. */
	record Summary(String id, String question, String category, String region, String source, String updated,
			String updatedBy, String origin) {
	}

	/** One entry in the editor; the answer without its legal-basis line. */
	record Detail(String id, String question, List<String> phrasings, String answer, String category, String region,
			String source, List<String> legalBasis, String origin, String updated, String updatedBy) {
	}

	private final KnowledgeSource source;

	private final ConsoleStore store;

	EntryViews(KnowledgeSource source, ConsoleStore store) {
		this.source = source;
		this.store = store;
	}

	List<Summary> list(String query, int limit) {
		Map<String, ConsoleStore.Entry> stored = stored();
		String q = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		List<Summary> out = new ArrayList<>();
		KnowledgeBase kb = this.source.load();
		for (KnowledgeDocument document : kb.documents()) {
			for (Chunk chunk : document.chunks()) {
				if (!chunk.isQuestion() || isPart(chunk.id())) {
					continue;
				}
				if (!q.isEmpty() && !chunk.question().toLowerCase(Locale.ROOT).contains(q)
						&& !chunk.id().toLowerCase(Locale.ROOT).contains(q)) {
					continue;
				}
				ConsoleStore.Entry entry = stored.get(key(chunk.id()));
				out.add(new Summary(chunk.id(), chunk.question(), chunk.category().key(), chunk.region(),
						chunk.source(),
						(entry != null) ? entry.updatedAt().toLocalDate().toString()
								: String.valueOf(document.frontMatter().updated()),
						(entry != null) ? entry.updatedBy() : null, origin(chunk.id(), entry)));
			}
		}
		out.sort(Comparator.comparing((Summary s) -> "file".equals(s.origin())));
		return out.subList(0, Math.min(limit, out.size()));
	}

	Optional<Detail> detail(String id) {
		Map<String, ConsoleStore.Entry> stored = stored();
		List<Chunk> parts = this.source.load()
			.chunks()
			.stream()
			.filter((c) -> c.id().equals(id) || c.id().startsWith(id + "-p"))
			.filter(Chunk::isQuestion)
			.toList();
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		Chunk first = parts.get(0);
		String text = parts.stream().map(Chunk::text).collect(Collectors.joining("\n\n"));
		String answer = Arrays.stream(text.split("\n"))
			.filter((line) -> !line.strip().startsWith("法律依据："))
			.collect(Collectors.joining("\n"))
			.strip();
		ConsoleStore.Entry entry = stored.get(key(id));
		return Optional.of(new Detail(id, first.question(), first.phrasings(), answer, first.category().key(),
				first.region(), first.source(), first.legalBasis().stream().map(LegalCitation::toString).toList(),
				origin(id, entry), (entry != null) ? entry.updatedAt().toString() : null,
				(entry != null) ? entry.updatedBy() : null));
	}

	private Map<String, ConsoleStore.Entry> stored() {
		return this.store.entries()
			.stream()
			.collect(Collectors.toMap(ConsoleStore.Entry::key, Function.identity(), (a, b) -> a));
	}

	/** The store's key of an entry: its document for a console entry, else its id. */
	static String key(String id) {
		return (id.startsWith(ConsoleStore.ENTRY_FILES) && id.contains("#")) ? id.substring(0, id.indexOf('#')) : id;
	}

	private static String origin(String id, ConsoleStore.Entry entry) {
		if (id.startsWith(ConsoleStore.ENTRY_FILES)) {
			return "console";
		}
		return (entry != null) ? "override" : "file";
	}

	private static boolean isPart(String id) {
		return id.matches(".*-p[0-9]+$");
	}

}
