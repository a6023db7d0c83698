package cn.bjzgh.rights.chat;

import java.util.List;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpRewriterTest {

	final FollowUpRewriter rewriter = new FollowUpRewriter();

	static Query ask(String text, List<ChatMessage> history) {
		UserMessage user = UserMessage.from(text);
		return Query.from(text, Metadata.from(user, "s", history));
	}

	@Test
	void should_join_an_elliptical_follow_up_to_the_previous_question() {
		List<ChatMessage> history = List.of(UserMessage.from("公司不给我签合同怎么办"), AiMessage.from("可以要求二倍工资。"));
		assertThat(this.rewriter.transform(ask("那试用期呢？", history))).singleElement()
			.extracting(Query::text)
			.isEqualTo("公司不给我签合同怎么办 试用期");
		assertThat(this.rewriter.transform(ask("要是我在北京呢", history))).singleElement()
			.extracting(Query::text)
			.isEqualTo("公司不给我签合同怎么办 我在北京");
	}

	@Test
	void should_leave_a_self_contained_question_alone() {
		List<ChatMessage> history = List.of(UserMessage.from("公司不给我签合同怎么办"));
		assertThat(this.rewriter.transform(ask("加班费按什么标准计算才合法", history))).singleElement()
			.extracting(Query::text)
			.isEqualTo("加班费按什么标准计算才合法");
	}

	@Test
	void should_leave_the_first_question_alone() {
		assertThat(this.rewriter.transform(ask("那试用期呢？", List.of()))).singleElement()
			.extracting(Query::text)
			.isEqualTo("那试用期呢？");
	}

}
