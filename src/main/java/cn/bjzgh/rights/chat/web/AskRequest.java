package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.Audience;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.bjzgh.rights.system.TextRules;

/**
 * A question, as {@code POST /api/chat} and the socket's {@code ask} frame carry it. The
 * message is trimmed before it is validated, so limits count what the worker actually
 * wrote.
 *
 * @param message 1 to 1000 characters after trimming
 * @param sessionId a conversation id this service issued, or null to start one
 * @param audience worker (default) or volunteer
 */
@Schema(description = "一个问题 / a question", example = "{\"message\":\"公司不给我签合同怎么办\"}")
public record AskRequest(
		@Schema(description = "问题，1–1000字 / the question, 1–1000 characters",
				requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank(message = "{chat.message.blank}") @Size(
						max = 1000, message = "{chat.message.size}") @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS,
								message = "{text.control}") String message,
		@Schema(description = "上一次回答给的会话号，继续同一段对话 / the sessionId of an earlier answer, to continue",
				pattern = "s-[A-Za-z0-9_-]{22}") @Pattern(regexp = "s-[A-Za-z0-9_-]{22}",
						message = "{chat.session.format}") String sessionId,
		@Schema(description = "worker（职工，默认）或 volunteer（志愿者，完整依据）/ worker (default) or volunteer", allowableValues = {
				"worker", "volunteer" }) @Pattern(regexp = "worker|volunteer",
						message = "{chat.audience.value}") String audience){

	public AskRequest {
		message = (message == null) ? null : message.strip();
	}

	Audience audienceOrDefault() {
		return Audience.fromKey(this.audience).orElse(Audience.WORKER);
	}

}
