package cn.bjzgh.rights.console;

import java.time.Clock;
import java.time.Duration;

import cn.bjzgh.rights.feedback.FeedbackRepository;
import cn.bjzgh.rights.feedback.QuestionLog;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import cn.bjzgh.rights.knowledge.KnowledgeProperties;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import cn.bjzgh.rights.knowledge.LawSections;
import cn.bjzgh.rights.search.KnowledgeBroadcast;
import cn.bjzgh.rights.search.Reindexer;
import cn.bjzgh.rights.system.WebProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

	/** Also the knowledge the index reads besides the folder. */
	@Bean
	ConsoleStore consoleStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		return new ConsoleStore(jdbc, transactions, clock);
	}

	/**
	 * Console changes reach this index at once when made here, within the interval when
	 * made on another instance.
	 */
	@Bean
	IndexRefresher indexRefresher(ConsoleStore store, Reindexer reindexer, KnowledgeBroadcast broadcast,
			@Value("${rights.console.sync-interval:10s}") Duration interval) {
		return new IndexRefresher(store, reindexer, broadcast, interval);
	}

	@Bean
	EntryEditor entryEditor(ConsoleStore store, KnowledgeLoader loader, KnowledgeSource source, LawSections laws,
			IndexRefresher refresher, Clock clock) {
		return new EntryEditor(store, loader, source, laws, refresher, clock);
	}

	@Bean
	EntryViews entryViews(KnowledgeSource source, ConsoleStore store) {
		return new EntryViews(source, store);
	}

	/**
	 * Tika starts in about a second; only the first upload pays for it, not every start.
	 */
	@Bean
	@Lazy
	DocumentConverter documentConverter(WebProperties web, KnowledgeProperties knowledge) {
		return new DocumentConverter(web.maxUploadBytes(), knowledge.maxChunkChars());
	}

	@Bean
	Documents documents(ConsoleStore store, @Lazy DocumentConverter converter, KnowledgeLoader loader,
			IndexRefresher refresher, Clock clock) {
		return new Documents(store, converter, loader, refresher, clock);
	}

	@Bean
	Overview overview(QuestionLog questions, FeedbackRepository feedback, Clock clock) {
		return new Overview(questions, feedback, clock);
	}

	@Bean
	UnansweredGroups unansweredGroups(QuestionLog questions, FeedbackRepository feedback, EmbeddingModel model,
			ConsoleStore store, Clock clock) {
		return new UnansweredGroups(questions, feedback, model, store, clock);
	}

	@Bean
	History history(ConsoleStore store, IndexRefresher refresher, KnowledgeProperties knowledge,
			KnowledgeSource source) {
		return new History(store, refresher, knowledge.dir(), source);
	}

}
