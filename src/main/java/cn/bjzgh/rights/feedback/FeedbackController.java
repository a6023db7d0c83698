package cn.bjzgh.rights.feedback;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import cn.bjzgh.rights.system.PersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

	@Tag(name = "feedback")
	@Operation(summary = "对一条回答点赞或点踩 / Rate an answer",
			description = "只保存遮盖了身份证、电话和银行卡号的文字。Only the masked text is stored.")
	@PostMapping("/api/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> record(@Valid @RequestBody FeedbackRequest request) {
		// Only the masked text is stored (ID, phone and bank card numbers).
		FeedbackRequest masked = new FeedbackRequest(request.answerId(), PersonalData.mask(request.question()),
				request.rating(), PersonalData.mask(request.comment()), request.sessionId());
		return Map.of("id", this.repository.save(masked));
	}

	@Tag(name = "admin")
	@Operation(summary = "导出反馈 / Export feedback", description = "最新的在前 / newest first")
	@GetMapping("/api/admin/feedback")
	List<Feedback> export(@RequestParam(name = "limit", defaultValue = "1000") @Min(value = 1,
			message = "{admin.limit.range}") @Max(value = 100000, message = "{admin.limit.range}") int limit) {
		return this.repository.recent(limit);
	}

}
