package cn.bjzgh.rights.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Knowledge kept outside the folder — the union staff's console keeps it in the database
 * — in the folder's own Markdown format, so it is parsed and checked by the same rules.
 */
public interface StoredKnowledge {

	/**
	 * A whole knowledge document.
	 *
	 * @param file its id, like a file's path without {@code .md}, e.g.
	 * {@code console/entries/e-12}
	 * @param markdown front matter and body
	 */
	record StoredFile(String file, String markdown) {
	}

	/** New entries and published documents. */
	List<StoredFile> files();

	/**
	 * Replacements of shipped entries, by the shipped passage's id: each a one-entry
	 * document whose {@code ## 问：} section takes the shipped one's place (and id).
	 */
	Map<String, String> overrides();

}
