package cn.bjzgh.rights.feedback;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.bjzgh.rights.system.TextRules;

/**
 * A thumbs up or down on one answer.
 *
 * @param answerId the answer's id, from the chat response
 * @param question the question that was answered
 * @param rating up or down
 * @param comment optional words from the worker
 * @param sessionId the conversation, optional
 */
@Schema(description = "对一条回答的评价 / a rating of one answer",
		example = "{\"answerId\":\"a-AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"试用期工资最低多少\",\"rating\":\"down\","
				+ "\"comment\":\"没说北京的标准\"}")
public record FeedbackRequest(
		@NotBlank(message = "{feedback.answer.blank}") @Pattern(regexp = "a-[A-Za-z0-9_-]{22}",
				message = "{feedback.answer.format}") String answerId,
		@NotBlank(message = "{feedback.question.blank}") @Size(max = 1000,
				message = "{feedback.question.size}") @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS,
						message = "{text.control}") String question,
		@Schema(allowableValues = {
				"up", "down" }) @NotBlank(message = "{feedback.rating.value}") @Pattern(regexp = "up|down",
						message = "{feedback.rating.value}") String rating,
		@Size(max = 1000, message = "{feedback.comment.size}") @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS,
				message = "{text.control}") String comment,
		@Pattern(regexp = "s-[A-Za-z0-9_-]{22}", message = "{chat.session.format}") String sessionId){

	public FeedbackRequest {
		question = (question == null) ? null : question.strip();
		comment = (comment == null || comment.isBlank()) ? null : comment.strip();
	}

}
