package cn.bjzgh.rights.feedback;

import java.util.List;

import cn.bjzgh.rights.system.SecurityTestImports;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class AdminAndFeedbackApiTest {

	static final String FEEDBACK = "{\"answerId\":\"a-AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"试用期最长多久\",\"rating\":\"up\"}";

	@Nested
	@WebMvcTest(controllers = FeedbackController.class, properties = "rights.admin.token=s3cret-token")
	@Import(SecurityTestImports.class)
	class WithToken {

		@Autowired
		MockMvcTester mvc;

		@MockitoBean
		FeedbackRepository repository;

		@Test
		void should_record_feedback_without_any_token() {
			given(this.repository.save(any())).willReturn(7L);
			assertThat(this.mvc.post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(FEEDBACK))
				.hasStatus(201)
				.bodyJson()
				.extractingPath("$.id")
				.isEqualTo(7);
		}

		@Test
		void should_reject_bad_feedback_naming_the_field() {
			assertThat(this.mvc.post()
				.uri("/api/feedback")
				.contentType(MediaType.APPLICATION_JSON)
				.content(FEEDBACK.replace("\"up\"", "\"meh\""))).hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("rating");
			assertThat(this.mvc.post()
				.uri("/api/feedback")
				.contentType(MediaType.APPLICATION_JSON)
				.content(FEEDBACK.replace("a-AAAAAAAAAAAAAAAAAAAAAA", "forged"))).hasStatus(400);
			verify(this.repository, never()).save(any());
		}

		@Test
		void should_require_the_right_bearer_token_for_the_export() {
			given(this.repository.recent(anyInt())).willReturn(List.of());
			assertThat(this.mvc.get().uri("/api/admin/feedback")).hasStatus(401)
				.hasHeader("WWW-Authenticate", "Bearer")
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("unauthorized");
			assertThat(this.mvc.get().uri("/api/admin/feedback").header("Authorization", "Bearer wrong"))
				.hasStatus(401);
			assertThat(this.mvc.get().uri("/api/admin/feedback").header("Authorization", "Basic czNjcmV0LXRva2Vu"))
				.hasStatus(401);
			assertThat(this.mvc.get().uri("/api/admin/feedback").header("Authorization", "Bearer s3cret-token"))
				.hasStatusOk();
		}

	}

	@Nested
	@WebMvcTest(controllers = FeedbackController.class, properties = "rights.admin.token=")
	@Import(SecurityTestImports.class)
	class WithoutToken {

		@Autowired
		MockMvcTester mvc;

		@MockitoBean
		FeedbackRepository repository;

		@Test
		void should_keep_the_admin_side_disabled_not_open() {
			assertThat(this.mvc.get().uri("/api/admin/feedback")).hasStatus(403)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("admin_disabled");
			assertThat(this.mvc.get().uri("/api/admin/feedback").header("Authorization", "Bearer ")).hasStatus(403);
			verify(this.repository, never()).recent(anyInt());
		}

		@ParameterizedTest
		@CsvSource({ "GET, /api/admin/stats", "GET, /api/admin/questions/unanswered", "GET, /api/admin/reindex",
				"POST, /api/admin/reindex", "GET, /api/admin/anything-else", "GET, /api/admin/overview",
				"GET, /api/admin/unanswered/groups", "GET, /api/admin/entries", "POST, /api/admin/entries",
				"GET, /api/admin/changes", "GET, /api/admin/export", "POST, /api/admin/documents",
				"POST, /api/admin/feedback/1/handled", "GET, /api/admin/instances" })
		void should_keep_every_admin_endpoint_disabled(String method, String path) {
			assertThat(this.mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
				.header("Authorization", "Bearer guess"))).hasStatus(403)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("admin_disabled");
		}

	}

}
