package cn.bjzgh.rights.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client limits on the REST endpoints a public page can hammer: questions and
 * searches. Over the limit the answer is 429 problem+json with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final WebProperties properties;

	private final ObjectMapper json;

	static final String CHAT = "/api/chat";

	static final String SEARCH = "/api/search";

	/** The paths limited per client; they are also the ones that need the index. */
	static final Set<String> LIMITED = Set.of(CHAT, SEARCH);

	RateLimitFilter(RateLimits limits, WebProperties properties, ObjectMapper json) {
		this.limits = limits;
		this.properties = properties;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String kind = null;
		int perMinute = 0;
		if (path.equals(CHAT)) {
			kind = "chat";
			perMinute = this.properties.chatPerMinute();
		}
		else if (path.equals(SEARCH)) {
			kind = "search";
			perMinute = this.properties.searchPerMinute();
		}
		if (kind != null) {
			String client = ClientAddress.of(request, this.properties.trustedProxyHeader());
			RateLimits.Decision decision = this.limits.tryConsume(kind, client, perMinute);
			if (!decision.allowed()) {
				response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
				ApiExceptionHandler.write(response, this.json, HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
						decision.chinese(), decision.english());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
