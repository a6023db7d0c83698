package cn.bjzgh.rights.knowledge;

import java.util.List;

/**
 * One retrievable passage: a question and its answer, or one heading section (or one part
 * of a long section). The heading path travels with every part so a passage is never read
 * out of context.
 *
 * @param id stable id {@code file#anchor}, e.g. {@code rights-handbook/probation#试用期最长多久}
 * @param file the knowledge file relative to the knowledge folder, without {@code .md}
 * @param title the file's title
 * @param source 职工维权手册, 工会服务指南 or 法律法规要点
 * @param category the file's category
 * @param region 全国 or 北京
 * @param headingPath headings from the file title down to this section
 * @param question the worker's question for a Q&amp;A chunk, or {@code null}
 * @param text the passage itself (without the heading)
 * @param legalBasis provisions the passage cites; for a law section, the article it
 * summarises
 * @param phrasings other ways workers ask the question (相似问法), searched but never shown
 */
public record Chunk(String id, String file, String title, String source, Category category, String region,
		List<String> headingPath, String question, String text, List<LegalCitation> legalBasis,
		List<String> phrasings) {

	public Chunk {
		headingPath = List.copyOf(headingPath);
		legalBasis = List.copyOf(legalBasis);
		phrasings = List.copyOf(phrasings);
	}

	/** A passage without alternative phrasings. */
	public Chunk(String id, String file, String title, String source, Category category, String region,
			List<String> headingPath, String question, String text, List<LegalCitation> legalBasis) {
		this(id, file, title, source, category, region, headingPath, question, text, legalBasis, List.of());
	}

	/** The deepest heading, e.g. the question or 《劳动合同法》第八十二条. */
	public String heading() {
		return this.headingPath.get(this.headingPath.size() - 1);
	}

	public boolean isQuestion() {
		return this.question != null;
	}

}
