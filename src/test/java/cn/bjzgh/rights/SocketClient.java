package cn.bjzgh.rights;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A test client for {@code /ws/chat} on the JDK's own WebSocket. */
public final class SocketClient implements AutoCloseable {

	private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

	private final WebSocket socket;

	private final ObjectMapper json;

	private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

	public SocketClient(int port, ObjectMapper json) {
		this.json = json;
		StringBuilder partial = new StringBuilder();
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
					partial.append(data);
					if (last) {
						SocketClient.this.frames.add(json.readTree(partial.toString()));
						partial.setLength(0);
					}
					ws.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
					SocketClient.this.closeCode.complete(statusCode);
					return null;
				}

				@Override
				public void onError(WebSocket ws, Throwable error) {
					SocketClient.this.closeCode.complete(-1);
				}
			})
			.join();
	}

	public void sendText(String text) {
		this.socket.sendText(text, true).join();
	}

	public void sendBinary(byte[] bytes) {
		this.socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
	}

	/** The next frame, or null when none comes within the timeout. */
	public JsonNode poll(Duration timeout) throws InterruptedException {
		return this.frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Completes with the close status when the server closes the socket. */
	public CompletableFuture<Integer> closeCode() {
		return this.closeCode;
	}

	public JsonNode next(Duration timeout) throws InterruptedException {
		JsonNode frame = this.frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (frame == null) {
			throw new AssertionError("no frame within " + timeout);
		}
		return frame;
	}

	/**
	 * Frames up to and including the next {@code done} (or error, if
	 * {@code stopAtError}).
	 */
	public List<JsonNode> untilDone(Duration timeout) throws InterruptedException {
		List<JsonNode> out = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			JsonNode frame = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			out.add(frame);
			if ("done".equals(frame.path("type").asString())) {
				return out;
			}
		}
	}

	public String ask(String message, String sessionId) {
		var node = this.json.createObjectNode().put("type", "ask").put("message", message);
		if (sessionId != null) {
			node.put("sessionId", sessionId);
		}
		String text = node.toString();
		sendText(text);
		return text;
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally((ex) -> null);
	}

}
