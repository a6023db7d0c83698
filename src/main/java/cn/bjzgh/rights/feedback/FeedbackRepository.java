package cn.bjzgh.rights.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

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
		return this.jdbc
			.sql("select id, created_at, session_id, answer_id, rating, question, comment from feedback "
					+ "order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Feedback(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getString("session_id"), rs.getString("answer_id"), rs.getString("rating"),
					rs.getString("question"), rs.getString("comment")))
			.list();
	}

}
