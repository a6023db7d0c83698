package cn.bjzgh.rights.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import cn.bjzgh.rights.cluster.RedisLink;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security for the admin side: {@code /api/admin/**} needs the bearer token
 * configured by {@code ADMIN_TOKEN}; without one configured it answers 403 "disabled" to
 * everyone. Everything else is public and stateless (no sessions, no cookies, so no CSRF
 * surface).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminProperties.class, WebProperties.class })
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminProperties admin, ObjectMapper json,
			RateLimits limits, WebProperties web) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.cors(Customizer.withDefaults())
			.addFilterBefore(new RateLimitFilter(limits, web, json), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new BodySizeFilter(web.maxBodyBytes(), web.maxUploadBytes(), json),
					AnonymousAuthenticationFilter.class)
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.addFilterBefore(new AdminTokenFilter(admin), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers("/api/admin/**").hasRole("ADMIN").anyRequest().permitAll())
			.exceptionHandling((e) -> e.authenticationEntryPoint((request, response, ex) -> {
				if (!admin.enabled()) {
					ApiExceptionHandler.write(response, json, HttpStatus.FORBIDDEN, "admin_disabled",
							"管理功能未启用（未配置 ADMIN_TOKEN）", "The admin side is disabled (ADMIN_TOKEN is not set)");
				}
				else {
					response.setHeader("WWW-Authenticate", "Bearer");
					ApiExceptionHandler.write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized", "需要有效的管理令牌",
							"A valid admin bearer token is required");
				}
			})
				.accessDeniedHandler((request, response, ex) -> ApiExceptionHandler.write(response, json,
						HttpStatus.FORBIDDEN, "forbidden", "没有权限", "Forbidden")))
			.headers((h) -> h.frameOptions((f) -> f.sameOrigin()));
		return http.build();
	}

	@Bean
	RateLimits rateLimits(ObjectProvider<MeterRegistry> meters, ObjectProvider<RedisLink> redis) {
		return new RateLimits(meters.getIfAvailable(SimpleMeterRegistry::new), redis.getIfAvailable());
	}

	/**
	 * CORS for the endpoints the widget calls from other sites: only the configured
	 * origins (none besides our own by default). The admin API is never cross-origin.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(WebProperties web) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(List.of(web.originPatterns()));
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("Content-Type"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (String path : List.of("/api/chat", "/api/search", "/api/feedback", "/api/calc/**", "/api/laws")) {
			source.registerCorsConfiguration(path, cors);
		}
		return source;
	}

	/**
	 * No user accounts exist; this also stops Spring Boot from generating a default
	 * password.
	 */
	@Bean
	UserDetailsService noUsers() {
		return (username) -> {
			throw new UsernameNotFoundException("no users");
		};
	}

	/**
	 * Authenticates a request whose bearer token equals the configured one, in constant
	 * time.
	 */
	static final class AdminTokenFilter extends OncePerRequestFilter {

		private final byte[] token;

		AdminTokenFilter(AdminProperties admin) {
			this.token = admin.enabled() ? admin.token().getBytes(StandardCharsets.UTF_8) : null;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (this.token != null && header != null && header.startsWith("Bearer ")) {
				byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
				if (MessageDigest.isEqual(given, this.token)) {
					SecurityContextHolder.getContext()
						.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
								List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
				}
			}
			chain.doFilter(request, response);
		}

	}

}
