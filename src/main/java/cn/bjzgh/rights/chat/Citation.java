package cn.bjzgh.rights.chat;

import java.util.List;

/**
 * A numbered source of an answer: {@code [n]} in the text refers to it.
 *
 * @param n the number used in the answer
 * @param id the passage id in the knowledge base
 * @param title the knowledge file's title
 * @param source 职工维权手册, 工会服务指南 or 法律法规要点
 * @param heading the question or article
 * @param snippet the start of the passage
 * @param text the whole passage, for a reader who opens the citation
 * @param legalBasis provisions the passage cites
 * @param confirmedBy for the service guide, the public sources its facts were confirmed
 * from (publisher, date, title); empty otherwise
 */
public record Citation(int n, String id, String title, String source, String heading, String snippet, String text,
		List<String> legalBasis, List<String> confirmedBy) {

	/** A citation of a passage without listed sources. */
	public Citation(int n, String id, String title, String source, String heading, String snippet, String text,
			List<String> legalBasis) {
		this(n, id, title, source, heading, snippet, text, legalBasis, List.of());
	}

}
