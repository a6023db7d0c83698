package cn.bjzgh.rights.search;

import cn.bjzgh.rights.system.TextRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the hybrid search over the knowledge base. */
@RestController
class SearchController {

	static final int MAX_QUERY_CHARS = 500;

	private final HybridSearcher searcher;

	SearchController(HybridSearcher searcher) {
		this.searcher = searcher;
	}

	@GetMapping("/api/search")
	SearchResult search(
			@RequestParam(name = "q", required = false) @NotBlank(message = "{search.q.blank}") @Size(
					max = MAX_QUERY_CHARS, message = "{search.q.size}") @Pattern(
							regexp = TextRules.NO_CONTROL_CHARACTERS, message = "{text.control}") String q,
			@RequestParam(name = "k", defaultValue = "5") @Min(value = 1, message = "{search.k.range}") @Max(value = 20,
					message = "{search.k.range}") int k,
			@RequestParam(name = "category", required = false) String category) {
		return this.searcher.search(q.strip(), k, (category == null || category.isBlank()) ? null : category);
	}

}
