package cn.bjzgh.rights.search;

import java.util.List;

import cn.bjzgh.rights.system.SecurityTestImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SearchController.class)
@Import(SecurityTestImports.class)
class SearchControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	HybridSearcher searcher;

	@Test
	void should_return_hits_with_their_citations() {
		SearchHit hit = new SearchHit("rights-handbook/probation#试用期最长能约定多久", "试用期", "职工维权手册", "probation", "全国",
				"问：试用期最长能约定多久？", List.of("试用期", "问：试用期最长能约定多久？"), "试用期最长能约定多久？", "最长六个月。", List.of("《劳动合同法》第十九条"), 1.4,
				0.9, 0.8, List.of());
		given(this.searcher.search(eq("试用期最长多久"), eq(5), any()))
			.willReturn(new SearchResult("试用期最长多久", 3, List.of(hit)));

		assertThat(this.mvc.get().uri("/api/search").param("q", " 试用期最长多久 ")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.hits[0].id").isEqualTo(hit.id());
				json.assertThat().extractingPath("$.hits[0].legalBasis[0]").isEqualTo("《劳动合同法》第十九条");
				json.assertThat().extractingPath("$.tookMs").isEqualTo(3);
			});
	}

	@ParameterizedTest(name = "q=[{0}] k=[{1}] -> {2}")
	@CsvSource(delimiter = '|', value = { "''|5|q", "'   '|5|q", "试用期|0|k", "试用期|21|k", "试用期|abc|k", "试用期|-1|k" })
	void should_reject_bad_parameters_with_a_bilingual_problem(String q, String k, String field) {
		assertThat(this.mvc.get().uri("/api/search").param("q", q).param("k", k)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.code").isEqualTo("invalid_request");
				json.assertThat().extractingPath("$.errors[0].field").isEqualTo(field);
				json.assertThat().extractingPath("$.message_zh").asString().containsPattern("[\\u4e00-\\u9fa5]");
				json.assertThat().extractingPath("$.message_en").asString().containsPattern("[a-z]");
			});
	}

	@Test
	void should_reject_a_missing_or_over_long_query() {
		assertThat(this.mvc.get().uri("/api/search")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
		assertThat(this.mvc.get().uri("/api/search").param("q", "工".repeat(501))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.message_en")
			.asString()
			.contains("500");
		assertThat(this.mvc.get().uri("/api/search").param("q", "工".repeat(500))).hasStatusOk();
	}

	@Test
	void should_answer_503_while_the_index_is_being_built() {
		given(this.searcher.search(any(), anyInt(), any())).willThrow(new IndexNotReadyException());
		assertThat(this.mvc.get().uri("/api/search").param("q", "试用期")).hasStatus(503)
			.hasHeader("Retry-After", "5")
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("index_not_ready");
	}

	@Test
	void should_never_leak_exception_text() {
		given(this.searcher.search(any(), anyInt(), any()))
			.willThrow(new IllegalStateException("secret internal detail"));
		assertThat(this.mvc.get().uri("/api/search").param("q", "试用期")).hasStatus(500)
			.bodyText()
			.doesNotContain("secret")
			.doesNotContain("IllegalStateException");
	}

}
