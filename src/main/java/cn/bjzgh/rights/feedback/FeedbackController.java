package cn.bjzgh.rights.feedback;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import cn.bjzgh.rights.system.NotFoundException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import cn.bjzgh.rights.system.PersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.ResponseEntity;
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
	@Operation(summary = "反馈列表 / Feedback",
			description = "最新的在前，带所评价的回答和引用 / newest first, with the answer rated and its citations")
	@GetMapping("/api/admin/feedback")
	List<Feedback> export(
			@RequestParam(name = "rating", required = false) @Pattern(regexp = "up|down",
					message = "{feedback.rating.value}") String rating,
			@RequestParam(name = "handled", required = false) Boolean handled,
			@RequestParam(name = "limit", defaultValue = "1000") @Min(value = 1,
					message = "{admin.limit.range}") @Max(value = 100000, message = "{admin.limit.range}") int limit) {
		return this.repository.review(rating, handled, limit);
	}

	@Tag(name = "admin")
	@Operation(summary = "标记已处理 / Mark as handled")
	@PostMapping("/api/admin/feedback/{id}/handled")
	ResponseEntity<Void> handled(@PathVariable long id) {
		if (!this.repository.markHandled(id)) {
			throw new NotFoundException("unknown_feedback", "没有这条反馈", "there is no such feedback");
		}
		return ResponseEntity.noContent().build();
	}

}
