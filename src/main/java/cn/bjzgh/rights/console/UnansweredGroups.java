package cn.bjzgh.rights.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.feedback.Feedback;
import cn.bjzgh.rights.feedback.FeedbackRepository;
import cn.bjzgh.rights.feedback.QuestionLog;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * What workers asked and did not get answered — handed off as not found, declined as
 * off-scope, or rated down — grouped by meaning with the embedding model the search uses:
 * a wording joins the first group whose first wording it is close to. A dismissed group
 * stays hidden until a wording it has not seen joins it.
 */
class UnansweredGroups {

	/** How close (cosine) two wordings must be to count as one question. */
	static final double SAME_QUESTION = 0.82;

	private static final int PER_KIND = 300;

	record Wording(String text, long times, String kind) {
	}

	record Group(String id, int size, OffsetDateTime lastAskedAt, Map<String, Long> kinds, String representative,
			List<Wording> wordings) {
	}

	private record Asked(String text, long times, String kind, OffsetDateTime at) {
	}

	private final QuestionLog questions;

	private final FeedbackRepository feedback;

	private final EmbeddingModel model;

	private final ConsoleStore store;

	private final Clock clock;

	UnansweredGroups(QuestionLog questions, FeedbackRepository feedback, EmbeddingModel model, ConsoleStore store,
			Clock clock) {
		this.questions = questions;
		this.feedback = feedback;
		this.model = model;
		this.store = store;
		this.clock = clock;
	}

	List<Group> groups(int days) {
		OffsetDateTime since = OffsetDateTime.now(this.clock).minusDays(days);
		List<Asked> asked = new ArrayList<>();
		for (String outcome : List.of("not_found", "off_scope")) {
			this.questions.unanswered(outcome, since, PER_KIND)
				.forEach((u) -> asked.add(new Asked(u.question(), u.times(), outcome, u.lastAskedAt())));
		}
		for (Feedback f : this.feedback.review("down", false, PER_KIND)) {
			if (!f.createdAt().isBefore(since)) {
				asked.add(new Asked(f.question(), 1, "thumbs_down", f.createdAt()));
			}
		}
		if (asked.isEmpty()) {
			return List.of();
		}
		asked.sort(Comparator.comparing(Asked::at).reversed());
		List<Embedding> vectors = this.model.embedAll(asked.stream().map((a) -> TextSegment.from(a.text())).toList())
			.content();
		List<List<Integer>> members = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			int joined = -1;
			for (int g = 0; g < members.size() && joined < 0; g++) {
				if (cosine(vectors.get(members.get(g).get(0)).vector(), vectors.get(i).vector()) >= SAME_QUESTION) {
					joined = g;
				}
			}
			if (joined < 0) {
				members.add(new ArrayList<>(List.of(i)));
			}
			else {
				members.get(joined).add(i);
			}
		}
		List<Group> groups = new ArrayList<>();
		for (List<Integer> group : members) {
			Group built = group(group.stream().map(asked::get).toList());
			if (!built.wordings().stream().allMatch((w) -> this.store.dismissed(id(w.text())))) {
				groups.add(built);
			}
		}
		groups.sort(Comparator.comparing((Group g) -> g.lastAskedAt().toLocalDate())
			.reversed()
			.thenComparing(Comparator.comparingInt(Group::size).reversed()));
		return groups;
	}

	/**
	 * Dismisses a group: its wordings are not listed again, unless a new wording joins
	 * them.
	 * @return whether the group was found
	 */
	boolean dismiss(String groupId, int days) {
		for (Group group : groups(days)) {
			if (group.id().equals(groupId)) {
				group.wordings().forEach((w) -> this.store.dismiss(id(w.text())));
				return true;
			}
		}
		return false;
	}

	private static Group group(List<Asked> asked) {
		Map<String, Long> kinds = new LinkedHashMap<>();
		Map<String, Wording> wordings = new LinkedHashMap<>();
		long size = 0;
		for (Asked a : asked) {
			kinds.merge(a.kind(), a.times(), Long::sum);
			size += a.times();
			wordings.merge(a.text(), new Wording(a.text(), a.times(), a.kind()),
					(x, y) -> new Wording(x.text(), x.times() + y.times(), x.kind()));
		}
		String representative = wordings.values()
			.stream()
			.max(Comparator.comparingLong(Wording::times))
			.map(Wording::text)
			.orElseThrow();
		return new Group(id(representative), (int) size, asked.get(0).at(), kinds, representative,
				List.copyOf(wordings.values()));
	}

	/** A wording's (or a group's, by its most asked wording) stable id. */
	static String id(String text) {
		return "g-" + KnowledgeLoader.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

}
