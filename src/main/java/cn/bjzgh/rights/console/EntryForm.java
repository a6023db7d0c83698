package cn.bjzgh.rights.console;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A handbook entry as the console's editor sends it.
 *
 * @param question the worker's question, shown as the entry's heading
 * @param phrasings other ways workers ask it (相似问法), searched but never shown
 * @param answer the answer in plain words, Markdown allowed
 * @param category a category key, e.g. probation
 * @param region 全国 or 北京
 * @param source 职工维权手册 or 工会服务指南
 * @param legalBasis the provisions the answer rests on, e.g. 《劳动合同法》第十九条
 * @param note why the change was made, for the history
 * @param author who made it
 */
public record EntryForm(
		@NotBlank(message = "请填写问题 / the question is required") @Size(max = 200,
				message = "问题最多200字 / the question is at most 200 characters") String question,
		@Size(max = 30, message = "相似问法最多30条 / at most 30 phrasings") List<String> phrasings,
		@NotBlank(message = "请填写回答 / the answer is required") @Size(max = 5000,
				message = "回答最多5000字 / the answer is at most 5000 characters") String answer,
		@NotBlank(message = "请选择分类 / the category is required") String category,
		@NotBlank(message = "请选择地区 / the region is required") String region, String source,
		@Size(max = 20, message = "法律依据最多20条 / at most 20 provisions") List<String> legalBasis,
		@Size(max = 1000, message = "说明最多1000字 / the note is at most 1000 characters") String note,
		@Size(max = 100, message = "姓名最多100字 / the name is at most 100 characters") String author) {

	public EntryForm {
		phrasings = clean(phrasings);
		legalBasis = clean(legalBasis);
		source = (source == null || source.isBlank()) ? "职工维权手册" : source.strip();
	}

	private static List<String> clean(List<String> lines) {
		return (lines == null) ? List.of()
				: lines.stream().filter((l) -> l != null && !l.isBlank()).map(String::strip).toList();
	}

}
