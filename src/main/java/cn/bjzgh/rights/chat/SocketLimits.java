package cn.bjzgh.rights.chat;

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
 * Caps open sockets per client address and in total: a handshake beyond either cap is
 * refused with 429 before a socket exists. Also publishes the number of open sockets as a
 * gauge.
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
		if (this.total.incrementAndGet() > this.properties.maxSockets()) {
			this.total.decrementAndGet();
			response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
			return false;
		}
		AtomicInteger count = this.perClient.computeIfAbsent(client, (k) -> new AtomicInteger());
		if (count.incrementAndGet() > this.properties.maxSocketsPerClient()) {
			count.decrementAndGet();
			this.total.decrementAndGet();
			response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
			return false;
		}
		attributes.put(CLIENT, client);
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
		if (exception != null) {
			// The socket never opened: release the slot taken in beforeHandshake.
			release(null);
		}
	}

	/** Called when a socket closes. */
	void release(String client) {
		this.total.decrementAndGet();
		if (client != null) {
			this.perClient.computeIfPresent(client, (k, v) -> (v.decrementAndGet() <= 0) ? null : v);
		}
	}

	int open() {
		return this.total.get();
	}

}
