package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Asks back instead of guessing: when a short question's best passages answer different
 * questions on different topics and retrieval cannot tell them apart, the worker chooses
 * among them. Also offers related questions after an answer.
 */
class Clarifier {

	/** A question of at most this many letters is a bare topic. */
	static final int BARE_TOPIC = 4;

	/**
	 * Words that add nothing to a bare topic: "我被开除了" names as little as "被开除", and is
	 * asked back the same way.
	 */
	private static final Pattern FILLERS = Pattern.compile("[我俺了的啊呀吧呢嘛哦嗯]");

	/** Questions longer than this (letters only) say enough to be answered directly. */
	private final int maxLength;

	/** Question similarities closer than this cannot be told apart. */
	private final double maxGap;

	Clarifier(int maxLength, double maxGap) {
		this.maxLength = maxLength;
		this.maxGap = maxGap;
	}

	/**
	 * A first passage at least this confident is answered, not asked about: the search's
	 * calibrated confidence, not only the wording, decides.
	 */
	static final double SURE = 0.8;

	/**
	 * 2–4 choices when the question is ambiguous, else none. A bare topic ("请假", "工资",
	 * "我被开除了") always is: it names a subject and asks nothing about it.
	 */
	List<Suggestion> choices(String question, List<Passage> passages) {
		int letters = letters(question);
		if (passages.size() < 2 || letters > this.maxLength) {
			return List.of();
		}
		if (letters(FILLERS.matcher(question).replaceAll("")) <= BARE_TOPIC) {
			return distinctQuestions(passages);
		}
		Passage first = passages.get(0);
		Passage second = passages.get(1);
		if (first.confidence() >= SURE) {
			// The ranker is sure of its first passage ("国庆加了三天班": 0.99), however close
			// the second handbook question's wording comes.
			return List.of();
		}
		if (!first.isQuestion() || !second.isQuestion() || first.category() == null
				|| first.category().equals(second.category())
				|| first.questionSimilarity() - second.questionSimilarity() > this.maxGap) {
			return List.of();
		}
		// One choice per topic, among the passages about as close as the best.
		List<Suggestion> out = questions(passages, (p) -> String.valueOf(p.category()), 4,
				(p) -> first.questionSimilarity() - p.questionSimilarity() <= this.maxGap * 2);
		return (out.size() >= 2) ? out : List.of();
	}

	private static List<Suggestion> distinctQuestions(List<Passage> passages) {
		List<Suggestion> out = questions(passages, Passage::question, 4, (p) -> true);
		return (out.size() >= 2) ? out : List.of();
	}

	/**
	 * Choices instead of the passage just answered from: up to three other handbook
	 * questions among the passages, then that one's, last (the worker may still have
	 * meant it); none when there is no other.
	 */
	List<Suggestion> instead(List<Passage> passages, String answeredId) {
		List<Suggestion> out = new ArrayList<>(related(passages, answeredId));
		if (out.isEmpty()) {
			return List.of();
		}
		passages.stream()
			.filter((p) -> p.id().equals(answeredId) && p.isQuestion())
			.findFirst()
			.ifPresent((p) -> out.add(new Suggestion(p.question(), p.id())));
		return out;
	}

	/** Up to three other handbook questions among the passages, for after an answer. */
	List<Suggestion> related(List<Passage> passages, String answeredId) {
		List<Passage> others = passages.stream().filter((p) -> !p.id().equals(answeredId)).toList();
		return questions(others, Passage::question, 3, (p) -> true);
	}

	/**
	 * The handbook questions among the passages, in order, at most {@code limit}, one per
	 * {@code key}; a passage's key counts as seen even when {@code accept} turns it down.
	 */
	private static List<Suggestion> questions(List<Passage> passages, Function<Passage, String> key, int limit,
			Predicate<Passage> accept) {
		List<Suggestion> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Passage p : passages) {
			if (p.isQuestion() && out.size() < limit && seen.add(key.apply(p)) && accept.test(p)) {
				out.add(new Suggestion(p.question(), p.id()));
			}
		}
		return out;
	}

	private static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
	}

}
