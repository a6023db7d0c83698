package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.ChatService;

import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/chat}: one question, one whole answer. */
@RestController
@Tag(name = "chat")
class ChatController {

	private final ChatService chat;

	private final TaskExecutor executor;

	ChatController(ChatService chat, @Qualifier("chatExecutor") TaskExecutor executor) {
		this.chat = chat;
		this.executor = executor;
	}

	@Operation(summary = "提一个问题，得到带引用的回答 / Ask a question, get a cited answer",
			description = "回答、引用的条文、转人工信息、计算结果和可点选的追问。同一个 sessionId 继续同一段对话。"
					+ " The answer with its citations, a handoff when needed, a calculation when one ran, and questions"
					+ " to tap; send the same sessionId to continue the conversation.")
	@PostMapping("/api/chat")
	CompletableFuture<ChatAnswer> chat(@Valid @RequestBody AskRequest request) {
		AnswerCollector collector = new AnswerCollector();
		long accepted = System.nanoTime();
		this.executor.execute(() -> {
			try {
				this.chat.ask(request.message(), request.sessionId(), request.audienceOrDefault(), collector, accepted);
			}
			catch (RuntimeException ex) {
				collector.future().completeExceptionally(ex);
			}
		});
		return collector.future();
	}

}
