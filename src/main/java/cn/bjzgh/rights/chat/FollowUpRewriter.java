package cn.bjzgh.rights.chat;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;

/**
 * Makes an elliptical follow-up ("那试用期呢？", "要是我在北京呢") self-contained without a model, by
 * joining what it adds to the previous question. In LLM mode LangChain4j's
 * {@code CompressingQueryTransformer} does this better and this class is its fallback.
 */
class FollowUpRewriter implements QueryTransformer {

	private static final Pattern LEADING = Pattern.compile("^(那么|那要是|那如果|那|要是|如果|假如|还有|另外|再问一下|再问)[，,\\s]*");

	private static final Pattern TRAILING = Pattern.compile("[呢吗啊呀]?[？?。！!\\s]*$");

	@Override
	public Collection<Query> transform(Query query) {
		String text = query.text().strip();
		List<ChatMessage> memory = (query.metadata() == null) ? List.of() : query.metadata().chatMemory();
		String previous = lastUserText(memory);
		if (previous == null || !isFollowUp(text)) {
			return List.of(query);
		}
		String addition = TRAILING.matcher(LEADING.matcher(text).replaceFirst("")).replaceFirst("");
		return List.of(Query.from(previous + " " + addition, query.metadata()));
	}

	static boolean isFollowUp(String text) {
		return LEADING.matcher(text).find() || text.matches(".*呢[？?]?$") || text.length() <= 6;
	}

	private static String lastUserText(List<ChatMessage> memory) {
		for (int i = memory.size() - 1; i >= 0; i--) {
			if (memory.get(i) instanceof UserMessage user && user.hasSingleText()) {
				return user.singleText();
			}
		}
		return null;
	}

}
