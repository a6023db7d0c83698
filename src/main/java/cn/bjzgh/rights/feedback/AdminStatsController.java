package cn.bjzgh.rights.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import cn.bjzgh.rights.chat.QuestionJournal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For union staff (admin token): what workers ask, and what the handbooks could not
 * answer, so the next edition can cover it.
 */
@RestController
@Tag(name = "admin")
class AdminStatsController {

	private final QuestionLog questions;

	private final Clock clock;

	AdminStatsController(QuestionLog questions, Clock clock) {
		this.questions = questions;
		this.clock = clock;
	}

	/** Counts by outcome, mode, topic, audience, handoff reason and day. */
	@Operation(summary = "使用统计 / Usage statistics",
			description = "按结果、回答方式、话题、对象、转人工原因和日期计数 / counts by outcome, mode, topic, audience, handoff reason and day")
	@GetMapping("/api/admin/stats")
	QuestionLog.Stats stats(@RequestParam(name = "days", defaultValue = "30") @Min(value = 1,
			message = "{admin.days.range}") @Max(value = 366, message = "{admin.days.range}") int days) {
		return this.questions.stats(since(days));
	}

	/**
	 * Questions nothing in the handbooks answered ({@code not_found}, the default) or
	 * that were declined as off-scope ({@code off_scope}), masked, most asked first.
	 */
	@Operation(summary = "没答上的问题 / Unanswered questions",
			description = "没找到答案（not_found）或判为超出范围（off_scope）的问题，已遮盖个人信息，问得最多的在前。"
					+ " Questions not found or declined as off-scope, masked, most asked first.")
	@GetMapping("/api/admin/questions/unanswered")
	List<QuestionLog.Unanswered> unanswered(
			@RequestParam(name = "outcome", defaultValue = QuestionJournal.AskedQuestion.NOT_FOUND) @Pattern(
					regexp = "not_found|off_scope", message = "{admin.outcome.value}") String outcome,
			@RequestParam(name = "days", defaultValue = "30") @Min(value = 1,
					message = "{admin.days.range}") @Max(value = 366, message = "{admin.days.range}") int days,
			@RequestParam(name = "limit", defaultValue = "100") @Min(value = 1,
					message = "{admin.limit.range}") @Max(value = 100000, message = "{admin.limit.range}") int limit) {
		return this.questions.unanswered(outcome, since(days), limit);
	}

	private OffsetDateTime since(int days) {
		return OffsetDateTime.now(this.clock).minusDays(days);
	}

}
