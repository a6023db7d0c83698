package cn.bjzgh.rights.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What any database behind the feedback store must do, run against H2 and PostgreSQL. */
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

}
