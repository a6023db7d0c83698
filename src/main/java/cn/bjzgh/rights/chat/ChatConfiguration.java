package cn.bjzgh.rights.chat;

import java.net.http.HttpClient;
import java.time.Clock;

import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.CalculatorTools;
import cn.bjzgh.rights.calc.Calculators;
import cn.bjzgh.rights.cluster.RedisLink;
import cn.bjzgh.rights.cluster.SharedValues;
import cn.bjzgh.rights.search.HybridSearcher;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import cn.bjzgh.rights.search.LuceneContentRetriever;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Assembles the chat: prompts, per-conversation memory and case files, LangChain4j's
 * retrieval augmentor over the Lucene retriever, the executors, the calculator tools, the
 * LLM circuit breaker and the {@link ChatService} that uses them. The model is not a
 * bean: when {@code LLM_BASE_URL}, {@code LLM_API_KEY} and {@code LLM_MODEL} are all set,
 * the model's query rewriter and streaming answer model are built inside the augmentor
 * and the chat service; otherwise queries are completed from the case file alone and
 * answers are composed offline from the passages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChatProperties.class)
class ChatConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChatConfiguration.class);

	@Bean
	PromptLibrary promptLibrary(ChatProperties properties) {
		return new PromptLibrary(properties.promptsDir());
	}

	/**
	 * In this instance's memory, or in Redis in shared mode (with this instance's memory
	 * as the fallback).
	 */
	@Bean
	ChatMemoryStore chatMemoryStore(ChatProperties properties, ObjectProvider<RedisLink> redis) {
		RedisLink link = redis.getIfAvailable();
		if (link == null) {
			return new BoundedChatMemoryStore(properties.maxSessions());
		}
		return new SharedChatMemoryStore(new SharedValues(link, "messages", properties.maxSessions()),
				link.properties().maxConversationBytes());
	}

	/** One window of recent messages per conversation, never one shared memory. */
	@Bean
	ChatMemoryProvider chatMemoryProvider(ChatMemoryStore store, ChatProperties properties) {
		return (id) -> MessageWindowChatMemory.builder()
			.id(id)
			.maxMessages(properties.memoryMessages())
			.chatMemoryStore(store)
			.build();
	}

	/** Conversations' case files, next to their chat memory and bounded the same way. */
	@Bean
	CaseFileStore caseFileStore(ChatProperties properties, ObjectProvider<RedisLink> redis, ObjectMapper json) {
		RedisLink link = redis.getIfAvailable();
		if (link == null) {
			return new InMemoryCaseFileStore(properties.maxSessions());
		}
		return new SharedCaseFileStore(new SharedValues(link, "case", properties.maxSessions()), json);
	}

	@Bean
	PassageInjector passageInjector(PromptLibrary prompts) {
		return new PassageInjector(prompts);
	}

	@Bean
	RetrievalAugmentor retrievalAugmentor(HybridSearcher searcher, PromptLibrary prompts, ChatProperties properties,
			PassageInjector injector) {
		QueryTransformer transformer = new CaseFileQueryTransformer();
		ChatProperties.Llm llm = properties.llm();
		if (llm.configured()) {
			ChatModel rewriteModel = OpenAiChatModel.builder()
				.httpClientBuilder(httpClient(llm))
				.baseUrl(llm.baseUrl())
				.apiKey(llm.apiKey())
				.modelName(llm.model())
				.temperature(0.0)
				.timeout(llm.firstTokenTimeout())
				.maxRetries(0)
				.build();
			transformer = new FallbackQueryTransformer(
					new CaseFileQueryRewriter(rewriteModel, PromptTemplate.from(prompts.queryRewrite())), transformer);
		}
		return DefaultRetrievalAugmentor.builder()
			.queryTransformer(transformer)
			.contentRetriever(new LuceneContentRetriever(searcher, properties.passages()))
			.contentInjector(injector)
			.build();
	}

	@Bean
	ThreadPoolTaskScheduler llmDeadlineScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("llm-deadline-");
		scheduler.setRemoveOnCancelPolicy(true);
		return scheduler;
	}

	/**
	 * Runs retrieval and offline composition for REST and WebSocket questions; bounded.
	 */
	@Bean
	ThreadPoolTaskExecutor chatExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("chat-");
		executor.setCorePoolSize(4);
		executor.setMaxPoolSize(4);
		executor.setQueueCapacity(500);
		return executor;
	}

	@Bean
	ToolBox toolBox(Calculators calculators, ObjectMapper json) {
		return new ToolBox(new CalculatorTools(calculators, json));
	}

	@Bean
	CalcIntent calcIntent(Clock clock) {
		return new CalcIntent(clock);
	}

	@Bean
	CircuitBreaker llmCircuitBreaker(ChatProperties properties) {
		ChatProperties.Breaker b = properties.llm().breaker();
		return CircuitBreaker.of("llm",
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(b.window())
					.minimumNumberOfCalls(b.minimumCalls())
					.failureRateThreshold(b.failureRatePercent())
					.waitDurationInOpenState(b.openFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.build());
	}

	@Bean
	ChatService chatService(RetrievalAugmentor augmentor, ChatMemoryProvider memories, CaseFileStore caseFiles,
			PromptLibrary prompts, PassageInjector injector, ChatProperties properties,
			ThreadPoolTaskScheduler llmDeadlineScheduler, ToolBox toolBox, CalcIntent calcIntent,
			Calculators calculators, CircuitBreaker llmCircuitBreaker, MeterRegistry meters,
			ObjectProvider<QuestionJournal> journal) {
		ChatProperties.Llm llm = properties.llm();
		ChatCalculations calculations = new ChatCalculations(calcIntent, calculators, toolBox);
		LlmBranch branch = null;
		if (llm.configured()) {
			OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
				.httpClientBuilder(httpClient(llm))
				.baseUrl(llm.baseUrl())
				.apiKey(llm.apiKey())
				.modelName(llm.model())
				.temperature(llm.temperature())
				.timeout(llm.answerTimeout())
				.build();
			LlmAnswerer answerer = new LlmAnswerer(model, llm.firstTokenTimeout(), llm.answerTimeout(),
					llmDeadlineScheduler, toolBox.specifications(), llmCircuitBreaker, meters);
			branch = new LlmBranch(answerer, prompts, injector, calculations, meters);
			log.info("Chat answers with the LLM {} at {}; offline answers are the fallback", llm.model(),
					llm.baseUrl());
		}
		else {
			log.info("No LLM configured (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL): answering offline from the passages");
		}
		Clarifier clarifier = new Clarifier(properties.clarify().maxLength(), properties.clarify().maxGap());
		Router router = new Router(new Triage(properties.minConfidence()), properties, clarifier);
		Reply.Tools replyTools = new Reply.Tools(new OfflineComposer(), calculations, clarifier, caseFiles, meters);
		return new ChatService(new ChatService.Parts(augmentor, memories, caseFiles, new FactExtractor(),
				new FollowUpResolver(), calculations, router, replyTools, branch,
				journal.getIfAvailable(() -> QuestionJournal.NONE), meters, properties.logQuestions()));
	}

	private static JdkHttpClientBuilder httpClient(ChatProperties.Llm llm) {
		return JdkHttpClient.builder()
			.httpClientBuilder(HttpClient.newBuilder().connectTimeout(llm.connectTimeout()))
			.connectTimeout(llm.connectTimeout())
			.readTimeout(llm.answerTimeout());
	}

}
