package cn.bjzgh.rights.chat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.bjzgh.rights.cluster.RedisLink;
import cn.bjzgh.rights.cluster.SharedModeFixtures;
import cn.bjzgh.rights.cluster.SharedValues;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared stores write conversations as text: a case file and a conversation's
 * messages come back as they went in, and a conversation is cut to its byte bound oldest
 * messages first. Redis is unreachable here, so the text goes through the instance's own
 * copy, the same text Redis would hold.
 */
class SharedStoresTest {

	private RedisLink link;

	@BeforeEach
	void linkToNothing() throws IOException {
		this.link = SharedModeFixtures.linkToNothing(new SimpleMeterRegistry());
	}

	@AfterEach
	void close() {
		this.link.destroy();
	}

	@Test
	void should_keep_a_case_file_with_its_facts_turns_and_topic() {
		FactExtractor facts = new FactExtractor();
		FollowUpResolver resolver = new FollowUpResolver();
		CaseFile file = CaseFile.EMPTY;
		for (String m : List.of("被裁员了，在北京干了4年多", "月薪8000，能拿多少补偿？")) {
			CaseFile next = file.nextTurn(facts.read(m, file));
			file = next.withResolution(resolver.resolve(m, next, file.anchor()));
		}
		file = file.withTopic("dismissal", "handbook/dismissal#q3");
		SharedCaseFileStore store = new SharedCaseFileStore(new SharedValues(this.link, "case", 10),
				JsonMapper.builder().build());
		store.put("s-1", file);
		CaseFile back = store.get("s-1");
		assertThat(back).isEqualTo(file);
		assertThat(back.get(Fact.WAGE)).contains("8000");
		assertThat(back.has(Fact.LAYOFF)).isTrue();
		assertThat(back.earlier(Fact.LAYOFF)).isTrue();
		assertThat(back.topic()).isEqualTo("dismissal");
		assertThat(store.get("s-2")).isEqualTo(CaseFile.EMPTY);
	}

	@Test
	void should_keep_messages_and_drop_the_oldest_beyond_the_byte_bound() {
		SharedChatMemoryStore store = new SharedChatMemoryStore(new SharedValues(this.link, "messages", 10), 4096);
		store.updateMessages("s-1", List.of(UserMessage.from("试用期最长多久"), AiMessage.from("最长六个月。")));
		assertThat(store.getMessages("s-1")).containsExactly(UserMessage.from("试用期最长多久"), AiMessage.from("最长六个月。"));

		List<ChatMessage> many = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.add(UserMessage.from(i + "：" + "单位不给交社保怎么办".repeat(5)));
		}
		store.updateMessages("s-2", many);
		List<ChatMessage> kept = store.getMessages("s-2");
		assertThat(kept).hasSizeBetween(1, 39);
		assertThat(kept.get(kept.size() - 1)).isEqualTo(many.get(39));
		assertThat(many).endsWith(kept.toArray(ChatMessage[]::new));
		store.deleteMessages("s-1");
		assertThat(store.getMessages("s-1")).isEmpty();
	}

}
