package cn.bjzgh.rights.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The volunteer desk at {@code /desk} and the union staff's console at {@code /admin};
 * the demo host page is {@code index.html} at {@code /}. The console page itself is
 * public: everything it shows comes from {@code /api/admin/**}, which needs the token.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/desk").setViewName("forward:/desk.html");
		registry.addViewController("/admin").setViewName("forward:/admin.html");
	}

}
