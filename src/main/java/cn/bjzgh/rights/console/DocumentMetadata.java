package cn.bjzgh.rights.console;

import java.time.LocalDate;

import cn.bjzgh.rights.knowledge.Category;

/**
 * What the uploader says about a document; it becomes the knowledge file's front matter.
 * Values are checked by the knowledge loader's own front matter rules, so a bad value is
 * rejected with the same message an editor of {@code knowledge/} would see.
 *
 * @param title the document's title
 * @param source 职工维权手册, 工会服务指南 or 法律法规要点
 * @param category the topic the document belongs to
 * @param region 全国 or 北京
 * @param effective when the rules the document describes took effect
 * @param uploader the staff account that uploaded it, kept in the file for the record
 */
public record DocumentMetadata(String title, String source, Category category, String region, LocalDate effective,
		String uploader) {

}
