package cn.bjzgh.rights.search;

import java.util.List;

/**
 * One retrieved passage as the API and the chat layer see it.
 *
 * @param id stable chunk id {@code file#anchor}
 * @param title the knowledge file's title
 * @param source 职工维权手册, 工会服务指南 or 法律法规要点
 * @param category category key
 * @param region 全国 or 北京
 * @param heading the deepest heading (the question, or the article)
 * @param headingPath headings from the file title down
 * @param question the worker's question for a Q&amp;A passage, else {@code null}
 * @param text the passage
 * @param legalBasis cited provisions, e.g. 《劳动合同法》第八十二条
 * @param score fused score (higher is better; comparable within one query only)
 * @param questionSimilarity best cosine of the query with the passage's question or one
 * of its phrasings (0 for a law section)
 * @param confidence estimated probability (0–1) that this passage answers the query,
 * calibrated on the evaluation sets; 1 for an article named by citation
 * @param confirmedBy the public sources the passage's file was confirmed from (service
 * guide); empty for other files
 */
public record SearchHit(String id, String title, String source, String category, String region, String heading,
		List<String> headingPath, String question, String text, List<String> legalBasis, double score,
		double questionSimilarity, double confidence, List<String> confirmedBy) {

}
