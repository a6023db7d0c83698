package cn.bjzgh.rights.chat;

import cn.bjzgh.rights.chat.web.AnswerCollector;
import cn.bjzgh.rights.chat.web.ChatAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Plays evaluation conversations through {@link ChatService}, each in a conversation of
 * its own, and scores every answer as a worker would: it must come from an expected
 * passage (a right fact from the wrong topic is a miss) and contain the expected fact; a
 * calculation must come from the expected calculator; an urgent turn must be handed to
 * people; a question back counts only where the question really is ambiguous.
 */
final class ConversationEvaluation {

	private ConversationEvaluation() {
	}

	/**
	 * Counts of right answers for one part of a set, and of its misses by kind (wrong
	 * passage, fact missing, not found, asked back, calculation, hand-off).
	 */
	record Score(int followUps, int followUpsRight, int turns, int turnsRight, int conversations,
			int conversationsRight, int answeredWrong, Map<String, Integer> misses) {

		double followUpRate() {
			return rate(this.followUpsRight, this.followUps);
		}

		double turnRate() {
			return rate(this.turnsRight, this.turns);
		}

		double conversationRate() {
			return rate(this.conversationsRight, this.conversations);
		}

		private static double rate(int right, int all) {
			return (all == 0) ? 1.0 : (double) right / all;
		}

		String summary() {
			return String.format(Locale.ROOT,
					"follow-up turns %.3f (%d/%d), all turns %.3f (%d/%d), conversations %.3f (%d/%d), "
							+ "answered wrong %d (the other misses asked back or found nothing); misses by kind %s",
					followUpRate(), this.followUpsRight, this.followUps, turnRate(), this.turnsRight, this.turns,
					conversationRate(), this.conversationsRight, this.conversations, this.answeredWrong, this.misses);
		}

	}

	/**
	 * The scores of the tuned and held-out parts, and the misses of the tuned part only:
	 * the held-out misses are not shown, so nobody tunes to them.
	 */
	record Report(Score tuned, Score heldOut, List<String> tunedMisses) {
	}

	/**
	 * Sees each tuned turn after it is answered, with the question it was resolved to.
	 */
	interface TurnObserver {

		void observe(EvalConversation conversation, EvalConversation.Turn turn, String session);

	}

	static Report run(ChatService chat, List<EvalConversation> conversations) throws Exception {
		return run(chat, conversations, (c, t, s) -> {
		});
	}

	static Report run(ChatService chat, List<EvalConversation> conversations, TurnObserver observer) throws Exception {
		int[] t = new int[7];
		int[] h = new int[7];
		Map<String, Integer> tunedKinds = new TreeMap<>();
		Map<String, Integer> heldOutKinds = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		for (EvalConversation c : conversations) {
			int[] s = c.heldOut() ? h : t;
			String session = SessionIds.next();
			boolean allRight = true;
			for (int i = 0; i < c.turns().size(); i++) {
				EvalConversation.Turn turn = c.turns().get(i);
				AnswerCollector collector = new AnswerCollector();
				chat.ask(turn.q(), session, Audience.WORKER, collector);
				ChatAnswer answer = collector.future().get(30, TimeUnit.SECONDS);
				String why = judge(turn, answer);
				if (!c.heldOut()) {
					observer.observe(c, turn, session);
				}
				boolean right = why == null;
				allRight &= right;
				if (i > 0) {
					s[0]++;
					s[1] += right ? 1 : 0;
				}
				s[2]++;
				s[3] += right ? 1 : 0;
				s[6] += (right || why.startsWith("asked back") || why.startsWith("not found")) ? 0 : 1;
				if (!right) {
					(c.heldOut() ? heldOutKinds : tunedKinds).merge(kind(why), 1, Integer::sum);
				}
				if (!right && !c.heldOut()) {
					misses.add(c.id() + " turn " + (i + 1) + " «" + turn.q() + "»: " + why);
				}
			}
			s[4]++;
			s[5] += allRight ? 1 : 0;
		}
		return new Report(score(t, tunedKinds), score(h, heldOutKinds), misses);
	}

	private static Score score(int[] s, Map<String, Integer> kinds) {
		return new Score(s[0], s[1], s[2], s[3], s[4], s[5], s[6], kinds);
	}

	/** The kind of a miss, from the start of {@link #judge}'s reason. */
	static String kind(String why) {
		for (String kind : List.of("led with the wrong passage", "fact", "not found", "asked back",
				"expected calculation", "expected hand-off")) {
			if (why.startsWith(kind)) {
				return kind.replace("led with the ", "").replace("expected ", "").replace("fact", "fact missing");
			}
		}
		return "other";
	}

	/** Null when the answer is right, else why not. */
	static String judge(EvalConversation.Turn turn, ChatAnswer answer) {
		String lead = answer.citations().isEmpty() ? null : answer.citations().get(0).id();
		String what = "got " + lead + " / " + abbreviate(answer.answer());
		if (turn.handoff() != null && (answer.handoff() == null || !turn.handoff().equals(answer.handoff().reason()))) {
			return "expected hand-off " + turn.handoff() + ", " + what;
		}
		if ("clarify".equals(answer.suggestionKind())) {
			if (turn.introduction() && answer.answer().contains(FixedReplies.INTRODUCED)) {
				return null;
			}
			boolean offered = answer.suggestions().stream().anyMatch((s) -> turn.expectIds().contains(s.id()));
			if (turn.ambiguous() && offered) {
				return null;
			}
			boolean first = !answer.suggestions().isEmpty()
					&& turn.expectIds().contains(answer.suggestions().get(0).id());
			String asked = answer.answer().startsWith(FixedReplies.NOT_FOUND) ? "not found, offered" : "asked back";
			return asked + (first ? " (first choice right)" : offered ? " (a choice right)" : "") + " "
					+ answer.suggestions();
		}
		if (turn.calc() != null) {
			boolean calculated = answer.calculation() != null && turn.calc().equals(answer.calculation().calculator());
			if (!calculated) {
				return "expected calculation " + turn.calc() + ", " + what;
			}
		}
		else if (!turn.expectIds().isEmpty() && !turn.expectIds().contains(lead)) {
			return "led with the wrong passage, " + what;
		}
		if (!turn.expect().matcher(answer.answer()).find()) {
			return "fact /" + turn.expect() + "/ missing, " + what;
		}
		return null;
	}

	private static String abbreviate(String text) {
		String flat = text.replace('\n', ' ');
		return (flat.length() > 60) ? flat.substring(0, 60) + "…" : flat;
	}

}
