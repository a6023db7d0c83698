package cn.bjzgh.rights.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article key points in {@code knowledge/laws/}, by citation (《劳动合同法》第八十二条), for the
 * desk to show next to a passage. Loaded on first use and again when asked to reload.
 */
public class LawSections {

	private final KnowledgeLoader loader;

	private final KnowledgeProperties properties;

	private volatile Map<String, Section> byCitation;

	public LawSections(KnowledgeLoader loader, KnowledgeProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	/** One article's key points. */
	public record Section(String citation, String law, String title, String text, String id) {
	}

	public Optional<Section> find(String citation) {
		return Optional.ofNullable(sections().get(citation.strip()));
	}

	public void reload() {
		this.byCitation = null;
	}

	private Map<String, Section> sections() {
		Map<String, Section> current = this.byCitation;
		if (current == null) {
			Map<String, Section> map = new LinkedHashMap<>();
			KnowledgeBase kb = this.loader.load(this.properties.dir().resolve("laws"));
			for (Chunk chunk : kb.chunks()) {
				List<LegalCitation> basis = chunk.legalBasis();
				if (!basis.isEmpty() && chunk.heading().equals(basis.get(0).toString())) {
					map.merge(chunk.heading(),
							new Section(chunk.heading(), basis.get(0).law(), chunk.title(), chunk.text(),
									"laws/" + chunk.id()),
							(a, b) -> new Section(a.citation(), a.law(), a.title(), a.text() + "\n\n" + b.text(),
									a.id()));
				}
			}
			current = Map.copyOf(map);
			this.byCitation = current;
		}
		return current;
	}

}
