package cn.bjzgh.rights.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Feedback in the {@code feedback} table, through Spring's {@link JdbcClient}. */
@Repository
public class FeedbackRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long save(FeedbackRequest request) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into feedback (created_at, session_id, answer_id, rating, question, comment) "
					+ "values (:createdAt, :sessionId, :answerId, :rating, :question, :comment)")
			.param("createdAt", OffsetDateTime.now(this.clock))
			.param("sessionId", request.sessionId())
			.param("answerId", request.answerId())
			.param("rating", request.rating())
			.param("question", request.question())
			.param("comment", request.comment())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Newest first, at most {@code limit}. */
	public List<Feedback> recent(int limit) {
		return review(null, null, limit);
	}

	/**
	 * Newest first, with the answer each was about (from the question log, while it keeps
	 * it).
	 * @param rating up, down or null for both
	 * @param handled whether marked handled, or null for both
	 */
	public List<Feedback> review(String rating, Boolean handled, int limit) {
		// Only fixed conditions are added, so the SQL stays free of input.
		String where = ((rating == null) ? "" : " and f.rating = :rating")
				+ ((handled == null) ? "" : " and f.handled = :handled");
		JdbcClient.StatementSpec sql = this.jdbc
			.sql("select f.id, f.created_at, f.session_id, f.answer_id, f.rating, f.question, f.comment, f.handled, "
					+ "(select max(q.answer) from question_log q where q.answer_id = f.answer_id) as answer, "
					+ "(select max(q.citations) from question_log q where q.answer_id = f.answer_id) as citations "
					+ "from feedback f where 1 = 1" + where + " order by f.id desc limit :limit")
			.param("limit", limit);
		if (rating != null) {
			sql = sql.param("rating", rating);
		}
		if (handled != null) {
			sql = sql.param("handled", handled);
		}
		return sql
			.query((rs, n) -> new Feedback(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getString("session_id"), rs.getString("answer_id"), rs.getString("rating"),
					rs.getString("question"), rs.getString("comment"), rs.getBoolean("handled"), rs.getString("answer"),
					lines(rs.getString("citations"))))
			.list();
	}

	/**
	 * @return whether there was such feedback
	 */
	public boolean markHandled(long id) {
		return this.jdbc.sql("update feedback set handled = true where id = :id").param("id", id).update() > 0;
	}

	/** Up and down votes since a time. */
	public Map<String, Long> counts(OffsetDateTime since) {
		Map<String, Long> counts = new LinkedHashMap<>(Map.of("up", 0L, "down", 0L));
		this.jdbc.sql("select rating, count(*) as n from feedback where created_at >= :since group by rating")
			.param("since", since)
			.query((rs, n) -> Map.entry(rs.getString("rating"), rs.getLong("n")))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private static List<String> lines(String text) {
		return (text == null || text.isBlank()) ? List.of() : List.of(text.split("\n"));
	}

}
