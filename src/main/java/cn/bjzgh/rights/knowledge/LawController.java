package cn.bjzgh.rights.knowledge;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/laws?cite=《劳动合同法》第八十二条&cite=…}: the key points of the cited articles.
 */
@RestController
class LawController {

	private final LawSections laws;

	LawController(LawSections laws) {
		this.laws = laws;
	}

	@GetMapping("/api/laws")
	List<LawSections.Section> laws(
			@RequestParam(name = "cite") @Size(max = 20, message = "{laws.cite.size}") List<String> cite) {
		return cite.stream().map(this.laws::find).flatMap(Optional::stream).toList();
	}

}
