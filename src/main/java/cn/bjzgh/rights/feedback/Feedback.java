package cn.bjzgh.rights.feedback;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored feedback entry, as the admin export returns it. */
public record Feedback(long id, OffsetDateTime createdAt, String sessionId, String answerId, String rating,
		String question, String comment, boolean handled, String answer, List<String> citations) {

}
