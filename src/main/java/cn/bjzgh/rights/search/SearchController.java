package cn.bjzgh.rights.search;

import cn.bjzgh.rights.system.TextRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the hybrid search over the knowledge base. */
@RestController
@Tag(name = "search")
class SearchController {

	static final int MAX_QUERY_CHARS = 500;

	private final HybridSearcher searcher;

	SearchController(HybridSearcher searcher) {
		this.searcher = searcher;
	}

	@Operation(summary = "检索手册 / Search the handbooks",
			description = "关键词和语义检索融合排序；问句里写了法条（如“劳动合同法38、46条”）时先返回这些条文。每条结果带 confidence（0–1）。"
					+ " Keyword and vector search, fused; a query naming articles returns them first. Each hit has a"
					+ " confidence (0–1) that it answers the query.")
	@GetMapping("/api/search")
	SearchResult search(@Parameter(description = "问题或关键词，1–500字 / the question, 1–500 characters",
			example = "试用期工资最低多少") @RequestParam(name = "q", required = false) @NotBlank(
					message = "{search.q.blank}") @Size(max = MAX_QUERY_CHARS, message = "{search.q.size}") @Pattern(
							regexp = TextRules.NO_CONTROL_CHARACTERS, message = "{text.control}") String q,
			@Parameter(description = "返回几条，1–20 / hits to return, 1–20", example = "5") @RequestParam(name = "k",
					defaultValue = "5") @Min(value = 1,
							message = "{search.k.range}") @Max(value = 20, message = "{search.k.range}") int k,
			@Parameter(description = "只在这个类别里找 / only this category",
					example = "probation") @RequestParam(name = "category", required = false) String category) {
		return this.searcher.search(q.strip(), k, (category == null || category.isBlank()) ? null : category);
	}

}
