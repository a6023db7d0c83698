package cn.bjzgh.rights.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The volunteer desk at {@code /desk}; the demo host page is {@code index.html} at
 * {@code /}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * A number or true/false where text is expected is an error, not silently turned into
	 * text: {@code {"message": 12}} gets 400 like on the socket.
	 */
	@org.springframework.context.annotation.Bean
	org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer strictTextFields() {
		return (builder) -> builder.withCoercionConfig(tools.jackson.databind.type.LogicalType.Textual,
				(config) -> config
					.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Integer,
							tools.jackson.databind.cfg.CoercionAction.Fail)
					.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Float,
							tools.jackson.databind.cfg.CoercionAction.Fail)
					.setCoercion(tools.jackson.databind.cfg.CoercionInputShape.Boolean,
							tools.jackson.databind.cfg.CoercionAction.Fail));
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/desk").setViewName("forward:/desk.html");
	}

}
