package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.ChatService;

import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import cn.bjzgh.rights.system.RateLimits;
import cn.bjzgh.rights.system.WebProperties;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

	private final ChatWebSocketHandler handler;

	private final SocketLimits limits;

	private final WebProperties web;

	WebSocketConfiguration(ChatService chat, @Qualifier("chatExecutor") TaskExecutor executor, ObjectMapper json,
			Validator validator, WebProperties web, RateLimits rateLimits, MeterRegistry meters) {
		this.web = web;
		this.limits = new SocketLimits(web, meters);
		this.handler = new ChatWebSocketHandler(chat, executor, json, validator, web, rateLimits, this.limits);
	}

	@Bean
	ChatWebSocketHandler chatWebSocketHandler() {
		return this.handler;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		JettyRequestUpgradeStrategy jetty = new JettyRequestUpgradeStrategy();
		jetty.addWebSocketConfigurer((socket) -> {
			socket.setIdleTimeout(this.web.socketIdleTimeout());
			// Frames up to four times the limit reach the handler, which answers them
			// with an error frame;
			// beyond that Jetty closes the socket (1009) before reading them into memory.
			socket.setMaxTextMessageSize(4L * this.web.maxFrameBytes());
			socket.setMaxBinaryMessageSize(4L * this.web.maxFrameBytes());
		});
		registry.addHandler(this.handler, "/ws/chat")
			.setHandshakeHandler(new DefaultHandshakeHandler(jetty))
			.addInterceptors(this.limits)
			.setAllowedOriginPatterns(this.web.originPatterns());
	}

}
