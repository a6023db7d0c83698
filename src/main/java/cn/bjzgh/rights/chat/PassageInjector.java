package cn.bjzgh.rights.chat;

import java.util.List;
import java.util.Map;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;

/**
 * Puts the retrieved passages into the user message using
 * {@code prompts/answer-template.md}, numbered [1], [2]… exactly as the citation list the
 * client receives.
 */
class PassageInjector implements ContentInjector {

	private final PromptLibrary prompts;

	PassageInjector(PromptLibrary prompts) {
		this.prompts = prompts;
	}

	@Override
	public ChatMessage inject(List<Content> contents, ChatMessage chatMessage) {
		String question = ((UserMessage) chatMessage).singleText();
		String text = PromptTemplate.from(this.prompts.answerTemplate())
			.apply(Map.of("question", question, "passages", numbered(contents)))
			.text();
		return UserMessage.from(text);
	}

	static String numbered(List<Content> contents) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < contents.size(); i++) {
			Passage p = Passage.from(contents.get(i));
			sb.append('[').append(i + 1).append("] ").append(p.source()).append("《").append(p.title()).append("》 ");
			sb.append(p.heading()).append('\n').append(p.text().strip()).append("\n\n");
		}
		return sb.toString().strip();
	}

}
