package cn.bjzgh.rights.console;

import java.util.List;

/**
 * An uploaded document as a knowledge file and the passages it will be indexed as.
 *
 * @param markdown the knowledge file: front matter and Markdown body, ready to publish
 * @param passages what the knowledge loader makes of that file, in document order
 */
public record Converted(String markdown, List<Passage> passages) {

	public Converted {
		passages = List.copyOf(passages);
	}

	/**
	 * One passage as the staff preview shows it.
	 *
	 * @param heading the deepest heading above the passage (the document title when there
	 * is none)
	 * @param text the passage text
	 * @param legalBasis the provisions it cites, e.g. 《劳动合同法》第八十二条
	 */
	public record Passage(String heading, String text, List<String> legalBasis) {

		public Passage {
			legalBasis = List.copyOf(legalBasis);
		}

	}

}
