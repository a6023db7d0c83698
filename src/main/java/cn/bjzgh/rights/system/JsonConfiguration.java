package cn.bjzgh.rights.system;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How request bodies are read from JSON, the same for every endpoint. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	/**
	 * A number or true/false where text is expected is an error, not silently turned into
	 * text: {@code {"message": 12}} gets 400 like on the socket.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictTextFields() {
		return (builder) -> builder.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

}
