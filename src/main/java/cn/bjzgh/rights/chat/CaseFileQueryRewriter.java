package cn.bjzgh.rights.chat;

import java.util.HashMap;
import java.util.Map;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.Prompt;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;

/**
 * LangChain4j's model rewrite of a follow-up, given the conversation's facts as well as
 * its messages: the prompt's {@code {{caseFile}}} lists what the worker has told so far
 * (wage, length of service, what the employer did…), which a window of recent messages
 * may no longer hold.
 */
class CaseFileQueryRewriter extends CompressingQueryTransformer {

	CaseFileQueryRewriter(ChatModel model, PromptTemplate template) {
		super(model, template);
	}

	@Override
	protected Prompt createPrompt(Query query, String chatMemory) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("query", query.text());
		variables.put("chatMemory", chatMemory);
		CaseFile file = CaseFileQueryTransformer.caseFile(query);
		variables.put("caseFile", file.describe().isEmpty() ? "（还没有）" : String.join("；", file.describe()));
		return this.promptTemplate.apply(variables);
	}

}
