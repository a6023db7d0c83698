package cn.bjzgh.rights.chat.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjzgh.rights.system.ClientAddress;
import cn.bjzgh.rights.system.WebProperties;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Caps open sockets per client address and in total. A handshake beyond either cap is
 * refused with 429 before a socket exists; the slot itself is taken only once the socket
 * is open ({@link #acquire}) and given back when it closes, so a handshake that fails
 * later (a foreign origin, a malformed upgrade request) can never leak one. Also
 * publishes the number of open sockets as a gauge.
 */
class SocketLimits implements HandshakeInterceptor {

	static final String CLIENT = "rights.client";

	private final WebProperties properties;

	private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();

	private final AtomicInteger total = new AtomicInteger();

	SocketLimits(WebProperties properties, MeterRegistry meters) {
		this.properties = properties;
		meters.gauge("rights.ws.open", this.total);
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		String client = (request instanceof ServletServerHttpRequest servlet)
				? ClientAddress.of(servlet.getServletRequest(), this.properties.trustedProxyHeader()) : "unknown";
		AtomicInteger count = this.perClient.get(client);
		if (this.total.get() >= this.properties.maxSockets()
				|| (count != null && count.get() >= this.properties.maxSocketsPerClient())) {
			response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
			return false;
		}
		attributes.put(CLIENT, client);
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
		// Nothing taken yet: slots are taken when the socket opens.
	}

	/**
	 * Takes a slot for a socket that just opened; false when a cap was reached meanwhile
	 * (sockets opening at the same moment), and the socket must be closed.
	 */
	boolean acquire(String client) {
		if (this.total.incrementAndGet() > this.properties.maxSockets()) {
			this.total.decrementAndGet();
			return false;
		}
		AtomicInteger count = this.perClient.computeIfAbsent(client, (k) -> new AtomicInteger());
		if (count.incrementAndGet() > this.properties.maxSocketsPerClient()) {
			count.decrementAndGet();
			this.total.decrementAndGet();
			return false;
		}
		return true;
	}

	/** Gives back the slot of a socket that closed. */
	void release(String client) {
		this.total.decrementAndGet();
		this.perClient.computeIfPresent(client, (k, v) -> (v.decrementAndGet() <= 0) ? null : v);
	}

	int open() {
		return this.total.get();
	}

}
