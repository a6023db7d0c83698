package cn.bjzgh.rights.chat;

import jakarta.validation.Validator;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Qualifier;
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

	WebSocketConfiguration(ChatService chat, @Qualifier("chatExecutor") TaskExecutor executor, ObjectMapper json,
			Validator validator) {
		this.handler = new ChatWebSocketHandler(chat, executor, json, validator);
	}

	@Bean
	ChatWebSocketHandler chatWebSocketHandler() {
		return this.handler;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(this.handler, "/ws/chat").setAllowedOriginPatterns("*");
	}

}
