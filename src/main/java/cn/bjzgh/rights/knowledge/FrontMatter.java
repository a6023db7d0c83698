package cn.bjzgh.rights.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * The YAML block at the top of every knowledge file.
 *
 * @param title human title of the file
 * @param source 职工维权手册, 工会服务指南 or 法律法规要点
 * @param category one of {@link Category}
 * @param region 全国 or 北京
 * @param effective when the rules described took effect
 * @param updated when the file was last checked
 * @param confirmedBy the public pages or documents the file's facts were confirmed from,
 * each as "publisher date 《title》" (the service guide's {@code sources}); empty when the
 * file lists none
 */
public record FrontMatter(String title, String source, Category category, String region, LocalDate effective,
		LocalDate updated, List<String> confirmedBy) {

	public FrontMatter {
		confirmedBy = List.copyOf(confirmedBy);
	}

	/** Front matter without a list of sources. */
	public FrontMatter(String title, String source, Category category, String region, LocalDate effective,
			LocalDate updated) {
		this(title, source, category, region, effective, updated, List.of());
	}

}
