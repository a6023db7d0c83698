package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.ChatService;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.bjzgh.rights.system.RateLimits;
import cn.bjzgh.rights.system.ServiceNotReadyException;
import cn.bjzgh.rights.system.WebProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws/chat}: JSON text frames. A client sends {@code {"type":"ask",...}}; the
 * answer comes back as start, deltas, citations, an optional handoff, and done. One
 * socket carries many questions in turn: a question sent while another is being answered
 * waits in a short queue. Problems are {@code error} frames; the socket stays open.
 */
class ChatWebSocketHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatWebSocketHandler.class);

	static final int MAX_PENDING = 8;

	private final ChatService chat;

	private final TaskExecutor executor;

	private final ObjectMapper json;

	private final Validator validator;

	private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();

	private final WebProperties web;

	private final RateLimits rateLimits;

	private final SocketLimits socketLimits;

	ChatWebSocketHandler(ChatService chat, @Qualifier("chatExecutor") TaskExecutor executor, ObjectMapper json,
			Validator validator, WebProperties web, RateLimits rateLimits, SocketLimits socketLimits) {
		this.web = web;
		this.rateLimits = rateLimits;
		this.socketLimits = socketLimits;
		this.chat = chat;
		this.executor = executor;
		this.json = json;
		this.validator = validator;
	}

	/** One socket: its thread-safe sender and its queue of questions. */
	private final class Conversation {

		final WebSocketSession socket;

		final Queue<AskRequest> pending = new ArrayDeque<>();

		boolean busy;

		Conversation(WebSocketSession socket) {
			this.socket = socket;
		}

		synchronized boolean offer(AskRequest request) {
			if (this.pending.size() >= MAX_PENDING) {
				return false;
			}
			this.pending.add(request);
			if (!this.busy) {
				startNext();
			}
			return true;
		}

		/** Called with the lock held. */
		private void startNext() {
			AskRequest next = this.pending.poll();
			if (next == null) {
				this.busy = false;
				return;
			}
			this.busy = true;
			try {
				long accepted = System.nanoTime();
				ChatWebSocketHandler.this.executor.execute(() -> answer(next, accepted));
			}
			catch (RuntimeException ex) {
				error("overloaded", "服务繁忙，请稍后再试 / The service is busy; please try again shortly");
				startNext();
			}
		}

		synchronized void done() {
			startNext();
		}

		private void answer(AskRequest request, long accepted) {
			try {
				ChatWebSocketHandler.this.chat.ask(request.message(), request.sessionId(), request.audienceOrDefault(),
						new AnswerFrames(this::send, this::done), accepted);
			}
			catch (ServiceNotReadyException ex) {
				error(ex.code(), ex.chinese() + " / " + ex.english());
				done();
			}
			catch (RuntimeException ex) {
				log.error("Answering a socket question failed", ex);
				error("internal_error", "服务暂时出现问题，请稍后再试 / Something went wrong on our side; please try again later");
				done();
			}
		}

		void send(Map<String, Object> frame) {
			try {
				if (this.socket.isOpen()) {
					this.socket.sendMessage(new TextMessage(ChatWebSocketHandler.this.json.writeValueAsString(frame)));
				}
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Could not send a frame to a closed or slow socket: {}", ex.getClass().getSimpleName());
			}
		}

		void error(String code, String message) {
			Map<String, Object> frame = new LinkedHashMap<>();
			frame.put("type", "error");
			frame.put("code", code);
			frame.put("message", message);
			send(frame);
		}

	}

	/**
	 * Turns answer events into frames, and frees the socket for its next question when
	 * done.
	 */

	@Override
	public void afterConnectionEstablished(WebSocketSession session) throws IOException {
		if (!this.socketLimits.acquire(client(session))) {
			session.close(new CloseStatus(1013, "too many sockets; try again later"));
			return;
		}
		WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, 10_000, 512 * 1024);
		this.conversations.put(session.getId(), new Conversation(safe));
	}

	private static String client(WebSocketSession session) {
		return String.valueOf(session.getAttributes().get(SocketLimits.CLIENT));
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		Conversation conversation = this.conversations.get(session.getId());
		if (conversation == null) {
			return;
		}
		if (message.getPayloadLength() > this.web.maxFrameBytes()) {
			conversation.error("frame_too_large", "消息太长了 / The frame is too large");
			return;
		}
		AskRequest request;
		try {
			JsonNode frame = this.json.readTree(message.getPayload());
			if (frame == null || !frame.isObject() || !"ask".equals(frame.path("type").asString(""))) {
				conversation.error("invalid_frame",
						"消息格式不对，请发送 type 为 ask 的 JSON / Send a JSON frame with \"type\":\"ask\"");
				return;
			}
			request = new AskRequest(text(frame, "message"), text(frame, "sessionId"), text(frame, "audience"));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			conversation.error("invalid_json", "消息不是有效的 JSON / The frame is not valid JSON");
			return;
		}
		Set<ConstraintViolation<AskRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			ConstraintViolation<AskRequest> first = violations.iterator().next();
			conversation.error("invalid_request", first.getPropertyPath() + "：" + first.getMessage());
			return;
		}
		String client = client(session);
		RateLimits.Decision perSocket = this.rateLimits.tryConsumeHere("socket", session.getId(),
				this.web.socketQuestionsPerMinute());
		RateLimits.Decision perClient = perSocket.allowed()
				? this.rateLimits.tryConsume("chat", client, this.web.chatPerMinute()) : perSocket;
		if (!perClient.allowed()) {
			conversation.error("rate_limited", perClient.chinese() + " / " + perClient.english());
			return;
		}
		if (!conversation.offer(request)) {
			conversation.error("too_many_pending",
					"问题太多了，请等上一个回答完成后再问 / Too many questions waiting; wait for the answer");
		}
	}

	private static String text(JsonNode frame, String field) {
		JsonNode node = frame.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new IllegalArgumentException(field + " must be a string");
		}
		return node.asString();
	}

	@Override
	protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
		Conversation conversation = this.conversations.get(session.getId());
		if (conversation != null) {
			conversation.error("binary_not_supported", "只接受文字消息 / Only text frames are accepted");
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		if (this.conversations.remove(session.getId()) != null) {
			this.socketLimits.release(client(session));
		}
	}

}
