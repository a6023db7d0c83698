package cn.bjzgh.rights.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer to a worker who opened with who they are, a circumstance or hello, and asked
 * nothing yet ({@link Route.Introduced}): what happened? — with handbook questions to
 * tap.
 */
final class Openings {

	private Openings() {
	}

	/**
	 * @param question the opening made self-contained (the introduction and any fact told
	 * after it)
	 * @param passages this turn's passages
	 * @param search the passages for a query, searched alone
	 */
	static void answer(Reply reply, Route.Opening opening, CaseFile state, String question, List<Passage> passages,
			Clarifier clarifier, Function<String, List<Passage>> search) {
		String noted = FixedReplies.noted(state).isEmpty() ? "好的。" : FixedReplies.noted(state);
		Parts parts = switch (opening) {
			case JOB -> new Parts(noted, FixedReplies.INTRODUCED_NEAREST, nearestTroubles(question + " ", search));
			case CIRCUMSTANCE -> new Parts(noted, FixedReplies.CIRCUMSTANCE_NEAREST, clarifier.related(passages, null));
			case GREETING ->
				new Parts(FixedReplies.GREETING, FixedReplies.GREETING_NEAREST, nearestTroubles("", search));
		};
		List<Suggestion> nearest = parts.nearest();
		String first = parts.first();
		String tap = parts.tap();
		String text = first + FixedReplies.INTRODUCED;
		reply.clarify(nearest.isEmpty() ? text : text + "\n\n" + tap, nearest);
	}

	/**
	 * What an opening's answer is made of.
	 *
	 * @param first how it begins (the facts noted, or the greeting)
	 * @param tap the line above the buttons
	 * @param nearest the handbook questions to tap
	 */
	private record Parts(String first, String tap, List<Suggestion> nearest) {
	}

	/**
	 * For each trouble workers most often bring, the handbook question nearest to it from
	 * the work the worker told ({@code introduction}, with a space after it, or empty),
	 * each once.
	 */
	private static List<Suggestion> nearestTroubles(String introduction, Function<String, List<Passage>> search) {
		Map<String, Suggestion> nearest = new LinkedHashMap<>();
		for (String trouble : SelfIntroduction.COMMON_TROUBLES) {
			search.apply(introduction + trouble)
				.stream()
				.filter((p) -> p.isQuestion() && !nearest.containsKey(p.id()))
				.findFirst()
				.ifPresent((p) -> nearest.put(p.id(), new Suggestion(p.question(), p.id())));
		}
		return List.copyOf(nearest.values());
	}

}
