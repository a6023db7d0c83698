package cn.bjzgh.rights.chat.web;

import cn.bjzgh.rights.chat.Audience;
import cn.bjzgh.rights.chat.ChatListener;
import cn.bjzgh.rights.chat.ChatMode;
import cn.bjzgh.rights.chat.ChatService;
import cn.bjzgh.rights.chat.Citation;
import cn.bjzgh.rights.chat.Suggestion;
import cn.bjzgh.rights.system.SecurityTestImports;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@WebMvcTest(ChatController.class)
@Import({ ChatControllerTest.SyncExecutor.class, SecurityTestImports.class })
class ChatControllerTest {

	@TestConfiguration
	static class SyncExecutor {

		@Bean
		TaskExecutor chatExecutor() {
			return new SyncTaskExecutor();
		}

	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ChatService chat;

	@Test
	void should_answer_with_session_mode_citations_and_handoff() {
		willAnswer((invocation) -> {
			ChatListener listener = invocation.getArgument(3);
			listener.onStart("s-AAAAAAAAAAAAAAAAAAAAAA", "a-AAAAAAAAAAAAAAAAAAAAAA");
			listener.onDelta("可以要求二倍工资。 [1]");
			listener.onCitations(List.of(new Citation(1, "rights-handbook/contract#a", "劳动合同", "职工维权手册", "问：？", "片段",
					"全文", List.of("《劳动合同法》第八十二条"))));
			listener.onDone(ChatMode.OFFLINE);
			return null;
		}).given(this.chat).ask(eq("公司不给我签合同怎么办"), any(), eq(Audience.WORKER), any(), anyLong());

		var result = this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"  公司不给我签合同怎么办  \"}")
			.exchange();
		assertThat(result).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.sessionId").isEqualTo("s-AAAAAAAAAAAAAAAAAAAAAA");
			json.assertThat().extractingPath("$.mode").isEqualTo("offline");
			json.assertThat().extractingPath("$.answer").isEqualTo("可以要求二倍工资。 [1]");
			json.assertThat().extractingPath("$.citations[0].legalBasis[0]").isEqualTo("《劳动合同法》第八十二条");
			json.assertThat().extractingPath("$.handoff").isNull();
			json.assertThat().extractingPath("$.suggestions").asArray().isEmpty();
			json.assertThat().extractingPath("$.suggestionKind").isNull();
		});
	}

	@Test
	void should_return_a_question_back_with_its_choices_as_suggestions() {
		willAnswer((invocation) -> {
			ChatListener listener = invocation.getArgument(3);
			listener.onStart("s-AAAAAAAAAAAAAAAAAAAAAA", "a-AAAAAAAAAAAAAAAAAAAAAA");
			listener.onDelta("你问的可能是下面几种情况中的一种");
			listener.onCitations(List.of());
			listener.onSuggestions(Suggestion.Kind.CLARIFY,
					List.of(new Suggestion("年假一年能休几天？", "rights-handbook/annual-leave#a"),
							new Suggestion("在北京请病假，工资最少发多少？", "rights-handbook/wages-beijing#b")));
			listener.onDone(ChatMode.OFFLINE);
			return null;
		}).given(this.chat).ask(eq("请假"), any(), eq(Audience.WORKER), any(), anyLong());

		var result = this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"请假\"}")
			.exchange();
		assertThat(result).hasStatusOk().bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.suggestionKind").isEqualTo("clarify");
			json.assertThat().extractingPath("$.suggestions[0].text").isEqualTo("年假一年能休几天？");
			json.assertThat().extractingPath("$.suggestions[1].id").isEqualTo("rights-handbook/wages-beijing#b");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"message\":\"\"}", "{\"message\":\"   \"}", "{}", "{\"message\":null}",
			"{\"message\":\"试用期\",\"audience\":\"boss\"}", "{\"message\":\"试用期\",\"sessionId\":\"my-own-id\"}",
			"{\"message\":\"试用期\",\"sessionId\":\"s-AAAAAAAAAAAAAAAAAAAA<>\"}" })
	void should_reject_invalid_questions_with_a_bilingual_problem(String body) {
		assertThat(this.mvc.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.code").isEqualTo("invalid_request");
				json.assertThat().extractingPath("$.message_zh").asString().containsPattern("[\\u4e00-\\u9fa5]");
				json.assertThat().extractingPath("$.message_en").asString().isNotBlank();
			});
		verify(this.chat, never()).ask(any(), any(), any(), any(), anyLong());
	}

	@Test
	void should_count_the_length_after_trimming() {
		String ok = "  " + "工".repeat(1000) + "  ";
		String tooLong = "工".repeat(1001);
		willAnswer((invocation) -> {
			ChatListener listener = invocation.getArgument(3);
			listener.onStart("s-AAAAAAAAAAAAAAAAAAAAAA", "a-AAAAAAAAAAAAAAAAAAAAAA");
			listener.onDone(ChatMode.OFFLINE);
			return null;
		}).given(this.chat).ask(any(), any(), any(), any(), anyLong());
		assertThat(this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"" + ok + "\"}")).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"" + tooLong + "\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("message");
	}

	@Test
	void should_reject_malformed_json_and_wrong_types() {
		assertThat(this.mvc.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).content("{\"message\":"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("malformed_request");
		assertThat(
				this.mvc.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).content("{\"message\":[1,2]}"))
			.hasStatus(400);
		assertThat(this.mvc.post().uri("/api/chat").contentType(MediaType.TEXT_PLAIN).content("试用期")).hasStatus(415)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unsupported_media_type");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"message\":12}", "{\"message\":1.5}", "{\"message\":true}" })
	void should_not_take_a_number_or_true_false_as_the_question(String body) {
		assertThat(this.mvc.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("malformed_request");
		verify(this.chat, never()).ask(any(), any(), any(), any(), anyLong());
	}

}
