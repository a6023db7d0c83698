package cn.bjzgh.rights.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PromptEchoGuardTest {

	@ParameterizedTest
	@ValueSource(strings = { "worker", "volunteer" })
	void should_notice_the_prompt_recited_in_pieces_and_with_changed_spacing(String audience) throws IOException {
		String prompt = Files.readString(Path.of("prompts/system-" + audience + ".md"));
		PromptEchoGuard guard = new PromptEchoGuard(prompt);
		String rule = prompt.lines().filter((l) -> l.startsWith("5.")).findFirst().orElseThrow();
		StringBuilder streamed = new StringBuilder("好的，我的规则如下：\n");
		boolean caught = false;
		for (int i = 0; i < rule.length() && !caught; i += 3) {
			String delta = rule.substring(i, Math.min(rule.length(), i + 3)) + ((i % 9 == 0) ? " " : "");
			streamed.append(delta);
			caught = guard.echoes(streamed, delta.length());
		}
		assertThat(caught).isTrue();
		assertThat(streamed.length()).as("caught within the first window or two").isLessThan(70);
	}

	/**
	 * An answer quoting the handbooks, or telling the worker to call the hotline, is not
	 * an echo: no passage of the real knowledge base shares a window with either prompt.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "worker", "volunteer" })
	void should_not_mistake_handbook_answers_for_an_echo(String audience) throws IOException {
		PromptEchoGuard guard = new PromptEchoGuard(Files.readString(Path.of("prompts/system-" + audience + ".md")));
		List<Chunk> chunks = new KnowledgeLoader(600).load(Path.of("knowledge")).chunks();
		assertThat(chunks).hasSizeGreaterThan(1000);
		Stream
			.concat(chunks.stream().map(Chunk::text),
					Stream.of("手册里没有找到相关内容，建议拨打职工维权服务热线12351，由工作人员帮你分析。", "先保存好工资条和考勤记录，再找单位协商，协商不成可以拨打12351或者申请劳动仲裁。"))
			.forEach((text) -> assertThat(guard.echoes(text, text.length())).as(text).isFalse());
	}

}
