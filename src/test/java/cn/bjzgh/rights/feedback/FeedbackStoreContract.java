package cn.bjzgh.rights.feedback;

import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import cn.bjzgh.rights.knowledge.StoredKnowledge;
import cn.bjzgh.rights.console.ConsoleStore;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.bjzgh.rights.chat.QuestionJournal.AskedQuestion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.groups.Tuple;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What any database behind the feedback store, the question log and the console's tables
 * must do, run against H2 and PostgreSQL.
 */
abstract class FeedbackStoreContract {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	FeedbackRepository repository;

	abstract DataSource dataSource();

	@BeforeEach
	void migrate() {
		Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource()).load().migrate();
		this.repository = new FeedbackRepository(JdbcClient.create(dataSource()), CLOCK);
	}

	@Test
	void should_count_questions_and_list_the_unanswered_ones_most_asked_first() throws Exception {
		QuestionLog log = new QuestionLog(JdbcClient.create(dataSource()), CLOCK, Duration.ofDays(180),
				new SimpleMeterRegistry());
		try {
			log.record(new AskedQuestion("试用期最长多久", "worker", "faq", AskedQuestion.ANSWERED, null, "probation"));
			log.record(new AskedQuestion("外卖站点罚款合法吗", "worker", "offline", AskedQuestion.NOT_FOUND, "low-confidence",
					null));
			log.record(new AskedQuestion("外卖站点罚款合法吗", "volunteer", "offline", AskedQuestion.NOT_FOUND, "low-confidence",
					null));
			log.record(new AskedQuestion("我的电话是1**********", "worker", "offline", AskedQuestion.NOT_FOUND,
					"low-confidence", null));
			log.record(new AskedQuestion("今天天气怎么样", "worker", "offline", AskedQuestion.OFF_SCOPE, null, null));
			log.flush();

			OffsetDateTime since = OffsetDateTime.now(CLOCK).minusDays(30);
			QuestionLog.Stats stats = log.stats(since);
			assertThat(stats.questions()).isEqualTo(5);
			assertThat(stats.byOutcome()).containsExactly(Map.entry("not_found", 3L), Map.entry("answered", 1L),
					Map.entry("off_scope", 1L));
			assertThat(stats.byMode()).containsEntry("offline", 4L).containsEntry("faq", 1L);
			assertThat(stats.byCategory()).containsExactly(Map.entry("probation", 1L));
			assertThat(stats.byAudience()).containsEntry("worker", 4L).containsEntry("volunteer", 1L);
			assertThat(stats.byHandoff()).containsExactly(Map.entry("low-confidence", 3L));
			assertThat(stats.byDay()).singleElement().satisfies((d) -> assertThat(d.questions()).isEqualTo(5));

			assertThat(log.unanswered(AskedQuestion.NOT_FOUND, since, 10))
				.extracting(QuestionLog.Unanswered::question, QuestionLog.Unanswered::times)
				.containsExactly(Tuple.tuple("外卖站点罚款合法吗", 2L), Tuple.tuple("我的电话是1**********", 1L));
			assertThat(log.unanswered(AskedQuestion.OFF_SCOPE, since, 10)).extracting(QuestionLog.Unanswered::question)
				.containsExactly("今天天气怎么样");
			assertThat(log.unanswered(AskedQuestion.NOT_FOUND, since, 1)).hasSize(1);
			assertThat(log.stats(OffsetDateTime.now(CLOCK).plusDays(1)).questions()).isZero();
		}
		finally {
			log.destroy();
		}
	}

	@Test
	void should_store_feedback_and_export_it_newest_first() {
		long first = this.repository
			.save(new FeedbackRequest("a-AAAAAAAAAAAAAAAAAAAAAA", "试用期最长多久", "up", null, "s-BBBBBBBBBBBBBBBBBBBBBB"));
		long second = this.repository
			.save(new FeedbackRequest("a-CCCCCCCCCCCCCCCCCCCCCC", "公司不给我交社保怎么办", "down", "没有说去哪里投诉", null));
		assertThat(second).isGreaterThan(first);
		var rows = this.repository.recent(10);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).question()).isEqualTo("公司不给我交社保怎么办");
		assertThat(rows.get(0).rating()).isEqualTo("down");
		assertThat(rows.get(0).comment()).isEqualTo("没有说去哪里投诉");
		assertThat(rows.get(0).sessionId()).isNull();
		assertThat(rows.get(1).sessionId()).isEqualTo("s-BBBBBBBBBBBBBBBBBBBBBB");
		assertThat(rows.get(1).createdAt().toInstant()).isEqualTo(Instant.parse("2026-11-24T04:00:00Z"));
		assertThat(this.repository.recent(1)).hasSize(1);
	}

	@Test
	void feedback_is_reviewed_with_the_answer_it_rated_and_marked_handled() throws Exception {
		QuestionLog log = new QuestionLog(JdbcClient.create(dataSource()), CLOCK, Duration.ofDays(180),
				new SimpleMeterRegistry());
		try {
			log.record(new AskedQuestion("加班费怎么算", "worker", "offline", AskedQuestion.ANSWERED, null, "hours",
					"a-0123456789012345678901", "工作日加班按150%……", "rights-handbook/hours#加班费 加班费"));
			log.flush();
		}
		finally {
			log.destroy();
		}
		long down = this.repository
			.save(new FeedbackRequest("a-0123456789012345678901", "加班费怎么算", "down", "没说休息日", null));
		this.repository.save(new FeedbackRequest("a-9999999999999999999999", "年假几天", "up", null, null));
		Feedback row = this.repository.review("down", false, 10).get(0);
		assertThat(row.id()).isEqualTo(down);
		assertThat(row.answer()).startsWith("工作日加班");
		assertThat(row.citations()).containsExactly("rights-handbook/hours#加班费 加班费");
		assertThat(this.repository.counts(OffsetDateTime.now(CLOCK).minusDays(1))).containsEntry("up", 1L)
			.containsEntry("down", 1L);
		assertThat(this.repository.markHandled(down)).isTrue();
		assertThat(this.repository.review("down", false, 10)).isEmpty();
		assertThat(this.repository.review("down", true, 10)).hasSize(1);
		assertThat(this.repository.markHandled(424242)).isFalse();
	}

	@Test
	void the_console_keeps_entries_documents_and_their_changes() {
		ConsoleStore store = new ConsoleStore(JdbcClient.create(dataSource()),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource())), CLOCK);
		long created = store.saveEntry("console/entries/e-1", "entry", "问题一", "---\ntitle: 一\n---\n", "create", "新增",
				"张三");
		long edited = store.saveEntry("rights-handbook/probation#试用期", "override", "试用期", "替换", "override", null, "李四");
		assertThat(edited).isGreaterThan(created);
		assertThat(store.files()).extracting(StoredKnowledge.StoredFile::file).containsExactly("console/entries/e-1");
		assertThat(store.overrides()).containsEntry("rights-handbook/probation#试用期", "替换");
		store.insertDocument(new ConsoleStore.Document("d-1", "通知", "工会服务指南", "union-services", "北京",
				LocalDate.of(2026, 1, 1), "a.docx", "---\n", "draft", 3, OffsetDateTime.now(CLOCK), "王五"));
		assertThat(store.files()).hasSize(1);
		long published = store.setDocumentStatus("d-1", "published", "publish", null, "王五");
		assertThat(store.files()).hasSize(2);
		ConsoleStore.Change change = store.change(published).orElseThrow();
		assertThat(change.beforeStatus()).isEqualTo("draft");
		assertThat(change.afterStatus()).isEqualTo("published");
		store.saveEntry("console/entries/e-1", "entry", null, null, "revert", "撤销", "张三");
		assertThat(store.entry("console/entries/e-1")).isEmpty();
		assertThat(store.change(created).orElseThrow().afterMarkdown()).startsWith("---");
		store.markReverted(created);
		assertThat(store.changes(10)).hasSize(4).first().satisfies((c) -> assertThat(c.action()).isEqualTo("revert"));
		assertThat(store.change(created).orElseThrow().reverted()).isTrue();
		assertThat(store.dismissed("g-1")).isFalse();
		store.dismiss("g-1");
		store.dismiss("g-1");
		assertThat(store.dismissed("g-1")).isTrue();
	}

}
