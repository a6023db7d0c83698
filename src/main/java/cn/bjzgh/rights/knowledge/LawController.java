package cn.bjzgh.rights.knowledge;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/laws?cite=《劳动合同法》第八十二条&cite=…}: the key points of the cited articles.
 */
@RestController
@Tag(name = "laws")
class LawController {

	private final LawSections laws;

	LawController(LawSections laws) {
		this.laws = laws;
	}

	@Operation(summary = "查法条要点 / Look up law articles", description = "按引用查 knowledge/laws/ 里的条文要点，最多20条；找不到的引用不返回。"
			+ " The key points of the cited articles from knowledge/laws/, up to 20; unknown citations are skipped.")
	@GetMapping("/api/laws")
	List<LawSections.Section> laws(@Parameter(description = "引用，可以重复 / a citation, repeatable",
			array = @ArraySchema(schema = @Schema(example = "《劳动合同法》第四十七条"), maxItems = 20)) @RequestParam(
					name = "cite") @Size(max = 20, message = "{laws.cite.size}") List<String> cite) {
		return cite.stream().map(this.laws::find).flatMap(Optional::stream).toList();
	}

}
