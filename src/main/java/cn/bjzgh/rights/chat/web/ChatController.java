package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.ChatService;

import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/chat}: one question, one whole answer. */
@RestController
class ChatController {

	private final ChatService chat;

	private final TaskExecutor executor;

	ChatController(ChatService chat, @Qualifier("chatExecutor") TaskExecutor executor) {
		this.chat = chat;
		this.executor = executor;
	}

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
