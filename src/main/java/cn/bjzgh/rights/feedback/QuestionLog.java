package cn.bjzgh.rights.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import cn.bjzgh.rights.chat.QuestionJournal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The {@code question_log} table: questions are written by one background thread from a
 * bounded queue, so a slow database never slows an answer; when the queue is full the
 * question is not noted and {@code rights.questions.dropped} counts it. Rows older than
 * the retention period are deleted at most once a day.
 */
public class QuestionLog implements QuestionJournal, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);

	static final int QUEUE_CAPACITY = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	private final ThreadPoolExecutor writer;

	private final Counter dropped;

	private volatile Instant lastPurge = Instant.EPOCH;

	QuestionLog(JdbcClient jdbc, Clock clock, Duration retention, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
		this.dropped = meters.counter("rights.questions.dropped");
		this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
				new CustomizableThreadFactory("question-log-"), (task, pool) -> this.dropped.increment());
	}

	@Override
	public void record(AskedQuestion question) {
		OffsetDateTime at = OffsetDateTime.now(this.clock);
		this.writer.execute(() -> write(question, at));
	}

	private void write(AskedQuestion q, OffsetDateTime at) {
		try {
			this.jdbc
				.sql("insert into question_log (created_at, audience, mode, outcome, handoff_reason, category, question, "
						+ "answer_id, answer, citations) values (:at, :audience, :mode, :outcome, :reason, :category, "
						+ ":question, :answerId, :answer, :citations)")
				.param("at", at)
				.param("audience", q.audience())
				.param("mode", q.mode())
				.param("outcome", q.outcome())
				.param("reason", q.handoffReason())
				.param("category", q.category())
				.param("question", truncate(q.question(), 1000))
				.param("answerId", q.answerId())
				.param("answer", q.answer())
				.param("citations", q.citations())
				.update();
			purgeIfDue(at.toInstant());
		}
		catch (RuntimeException ex) {
			this.dropped.increment();
			log.warn("Could not note a question: {}", ex.getClass().getSimpleName());
		}
	}

	private void purgeIfDue(Instant now) {
		if (Duration.between(this.lastPurge, now).compareTo(Duration.ofDays(1)) < 0) {
			return;
		}
		this.lastPurge = now;
		int deleted = this.jdbc.sql("delete from question_log where created_at < :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(now.minus(this.retention), this.clock.getZone()))
			.update();
		if (deleted > 0) {
			log.info("Deleted {} noted questions older than {} days", deleted, this.retention.toDays());
		}
	}

	/** Waits until the questions queued so far are written; for tests and shutdown. */
	void flush() throws InterruptedException {
		CountDownLatch latch = new CountDownLatch(1);
		this.writer.execute(latch::countDown);
		latch.await(10, TimeUnit.SECONDS);
	}

	/** Counts of the questions asked since {@code since}. */
	public record Stats(OffsetDateTime since, long questions, Map<String, Long> byOutcome, Map<String, Long> byMode,
			Map<String, Long> byCategory, Map<String, Long> byAudience, Map<String, Long> byHandoff,
			List<DayCount> byDay) {
	}

	public record DayCount(LocalDate day, long questions) {
	}

	/** A question nobody's handbook answered, how often it was asked and when last. */
	public record Unanswered(String question, long times, OffsetDateTime lastAskedAt) {
	}

	public Stats stats(OffsetDateTime since) {
		long total = this.jdbc.sql("select count(*) from question_log where created_at >= :since")
			.param("since", since)
			.query(Long.class)
			.single();
		List<DayCount> days = this.jdbc
			.sql("select cast(created_at as date) as d, count(*) as n from question_log where created_at >= :since "
					+ "group by cast(created_at as date) order by d")
			.param("since", since)
			.query((rs, n) -> new DayCount(rs.getObject("d", LocalDate.class), rs.getLong("n")))
			.list();
		return new Stats(since, total, countBy("outcome", since), countBy("mode", since), countBy("category", since),
				countBy("audience", since), countBy("handoff_reason", since), days);
	}

	/** Only ever called with one of the fixed column names above. */
	private Map<String, Long> countBy(String column, OffsetDateTime since) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + column + " as k, count(*) as n from question_log where created_at >= :since and " + column
					+ " is not null group by " + column + " order by n desc, k")
			.param("since", since)
			.query((rs, n) -> Map.entry(rs.getString("k"), rs.getLong("n")))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** The same masked question asked several times is one row; most asked first. */
	public List<Unanswered> unanswered(String outcome, OffsetDateTime since, int limit) {
		return this.jdbc
			.sql("select question, count(*) as times, max(created_at) as last_at from question_log "
					+ "where outcome = :outcome and created_at >= :since group by question "
					+ "order by times desc, last_at desc limit :limit")
			.param("outcome", outcome)
			.param("since", since)
			.param("limit", limit)
			.query((rs, n) -> new Unanswered(rs.getString("question"), rs.getLong("times"),
					rs.getObject("last_at", OffsetDateTime.class)))
			.list();
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(5, TimeUnit.SECONDS);
	}

}
