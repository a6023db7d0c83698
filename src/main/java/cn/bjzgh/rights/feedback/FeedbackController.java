package cn.bjzgh.rights.feedback;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import cn.bjzgh.rights.system.PersonalData;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/feedback} for the widget; {@code GET /api/admin/feedback} for union
 * staff.
 */
@RestController
class FeedbackController {

	private final FeedbackRepository repository;

	FeedbackController(FeedbackRepository repository) {
		this.repository = repository;
	}

	@PostMapping("/api/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> record(@Valid @RequestBody FeedbackRequest request) {
		// Only the masked text is stored (ID, phone and bank card numbers).
		FeedbackRequest masked = new FeedbackRequest(request.answerId(), PersonalData.mask(request.question()),
				request.rating(), PersonalData.mask(request.comment()), request.sessionId());
		return Map.of("id", this.repository.save(masked));
	}

	@GetMapping("/api/admin/feedback")
	List<Feedback> export(@RequestParam(name = "limit", defaultValue = "1000") @Min(value = 1,
			message = "{admin.limit.range}") @Max(value = 100000, message = "{admin.limit.range}") int limit) {
		return this.repository.recent(limit);
	}

}
