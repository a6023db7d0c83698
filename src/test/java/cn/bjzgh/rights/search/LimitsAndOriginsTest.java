package cn.bjzgh.rights.search;

import java.util.List;

import cn.bjzgh.rights.system.SecurityTestImports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

@WebMvcTest(controllers = SearchController.class,
		properties = { "rights.web.search-per-minute=3", "rights.web.allowed-origins=https://union.example.cn",
				"rights.web.trusted-proxy-header=X-Forwarded-For" })
@Import(SecurityTestImports.class)
class LimitsAndOriginsTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	HybridSearcher searcher;

	@Test
	void should_answer_429_with_retry_after_once_a_client_exceeds_its_limit() {
		given(this.searcher.search(any(), anyInt(), any())).willReturn(new SearchResult("q", 1, List.of()));
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.get().uri("/api/search?q=试用期").header("X-Forwarded-For", "10.0.0.1")).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/api/search?q=试用期").header("X-Forwarded-For", "10.0.0.1")).hasStatus(429)
			.satisfies((r) -> assertThat(Integer.parseInt(r.getResponse().getHeader("Retry-After"))).isPositive())
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("rate_limited");
		// Another client is not affected.
		assertThat(this.mvc.get().uri("/api/search?q=试用期").header("X-Forwarded-For", "10.0.0.2")).hasStatusOk();
	}

	@Test
	void should_allow_only_the_configured_origins() {
		given(this.searcher.search(any(), anyInt(), any())).willReturn(new SearchResult("q", 1, List.of()));
		assertThat(this.mvc.options()
			.uri("/api/search?q=x")
			.header("Origin", "https://union.example.cn")
			.header("Access-Control-Request-Method", "GET")).hasStatusOk()
			.hasHeader("Access-Control-Allow-Origin", "https://union.example.cn");
		assertThat(this.mvc.options()
			.uri("/api/search?q=x")
			.header("Origin", "https://evil.example.com")
			.header("Access-Control-Request-Method", "GET")).hasStatus(403);
	}

}
