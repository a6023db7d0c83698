package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.Audience;

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
public record AskRequest(
		@NotBlank(message = "{chat.message.blank}") @Size(max = 1000, message = "{chat.message.size}") @Pattern(
				regexp = TextRules.NO_CONTROL_CHARACTERS, message = "{text.control}") String message,
		@Pattern(regexp = "s-[A-Za-z0-9_-]{22}", message = "{chat.session.format}") String sessionId,
		@Pattern(regexp = "worker|volunteer", message = "{chat.audience.value}") String audience) {

	public AskRequest {
		message = (message == null) ? null : message.strip();
	}

	Audience audienceOrDefault() {
		return Audience.fromKey(this.audience).orElse(Audience.WORKER);
	}

}
