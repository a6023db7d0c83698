package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.bjzgh.rights.knowledge.Category;

/**
 * Decides once how a question is answered: declined, a probe, handed off as not found, a
 * question back (which case was meant, or what happened to a worker who only said who
 * they are), a calculation, the handbook's own answer, the model, or composed offline.
 * Scope and urgency are judged on the question made self-contained and on the
 * conversation, not on the bare message, so "对，都五年多了" in a conversation about severance
 * is never off-scope.
 */
class Router {

	/**
	 * Measured: paraphrases of a handbook question share at least half their bigrams with
	 * it.
	 */
	static final double FAQ_MIN_OVERLAP = 0.5;

	private final Triage triage;

	private final ChatProperties properties;

	private final Clarifier clarifier;

	Router(Triage triage, ChatProperties properties, Clarifier clarifier) {
		this.triage = triage;
		this.properties = properties;
		this.clarifier = clarifier;
	}

	/**
	 * Everything known about one turn when it is routed.
	 *
	 * @param message the worker's words (masked)
	 * @param resolution the message made self-contained
	 * @param state the case file with this turn's facts
	 * @param said what the worker said in earlier turns, oldest first
	 * @param passages the retrieved passages, best first
	 * @param planned a calculation the question asks for
	 * @param llm whether a model is configured
	 */
	record Turn(String message, Resolution resolution, CaseFile state, List<String> said, List<Passage> passages,
			Optional<ChatCalculations.Planned> planned, boolean llm) {

		/** The same turn, answered from {@code others}. */
		Turn withPassages(List<Passage> others) {
			return new Turn(this.message, this.resolution, this.state, this.said, others, this.planned, this.llm);
		}

		/** Whether the worker said something before in this conversation. */
		boolean inConversation() {
			return this.state.turn() > 1;
		}

	}

	Route route(Turn turn) {
		String question = turn.resolution().question();
		boolean anchored = turn.inConversation() && turn.resolution().kind() != Resolution.Kind.STANDALONE;
		Triage.Decision decision = this.triage.decide(turn.message(), question, turn.passages(), turn.state(),
				anchored);
		if (!decision.promptProbe() && !decision.urgentOrPerson() && Triage.toldSelfHarm(turn.said())) {
			decision = new Triage.Decision(false, false, "urgent-self-harm");
		}
		Handoff handoff = decision.handoff() ? handoff(decision.handoffReason(), turn) : null;
		if (decision.promptProbe()) {
			return new Route.Probe(handoff);
		}
		Route.Opening opening = opening(turn, decision);
		if (opening != null) {
			return new Route.Introduced(opening);
		}
		if (!decision.urgentOrPerson() && SelfIntroduction.thanksOnly(turn.message())) {
			return new Route.Thanks();
		}
		if (decision.offScope()) {
			return new Route.Decline(handoff, decision.elsewhere());
		}
		boolean calculates = turn.planned().isPresent() && !turn.llm();
		// Figures partly worked out answer a first question however weak its passages.
		// In a conversation the story is searched again first (ChatService).
		boolean figures = calculates && (turn.planned().get().match().complete()
				|| (!turn.inConversation() && PartialFigures.figures(turn.planned().get())));
		if (decision.lowConfidence() && !figures) {
			List<Passage> resumed = resumed(turn);
			if (resumed.isEmpty()) {
				List<Suggestion> nearest = this.clarifier.related(turn.passages(), null);
				if (!turn.inConversation() && tied(turn.passages()) && nearest.size() >= 2) {
					// Two strong answers the search cannot separate: something reliable
					// was found, so the worker is asked which, not handed over as "not
					// found" (in a conversation the story is searched again first).
					return new Route.Clarify(nearest, null);
				}
				return new Route.NotFound(nearest, handoff);
			}
			// Nothing new was asked: the story goes on, and so does the answer.
			return calculates ? new Route.Calculate(turn.planned().get(), resumed, null)
					: turn.llm() ? new Route.Llm(resumed, turn.planned(), null) : new Route.Offline(resumed, null);
		}
		if (calculates && decision.lowConfidence()) {
			// A calculation with figures (complete, or severance in months, overtime's
			// rates) is the answer however weakly the passages match: no "not found"
			// hand-off, and a figure that completes the story keeps its passage.
			List<Passage> resumed = resumed(turn);
			return new Route.Calculate(turn.planned().get(), resumed.isEmpty() ? turn.passages() : resumed, null);
		}
		if (calculates) {
			return new Route.Calculate(turn.planned().get(), turn.passages(), handoff);
		}
		Passage top = turn.passages().get(0);
		if (turn.planned().isEmpty() && isFaqMatch(question, top)) {
			return new Route.Faq(turn.passages(), handoff);
		}
		if (repeatsLastAnswer(turn, top)) {
			List<Suggestion> choices = this.clarifier.instead(turn.passages(), top.id());
			if (!choices.isEmpty()) {
				return new Route.Clarify(choices, handoff);
			}
		}
		// Within a conversation the context tells what was meant; ask back only at its
		// start.
		if (!turn.inConversation() && turn.planned().isEmpty()) {
			List<Suggestion> choices = this.clarifier.choices(question, turn.passages());
			if (!choices.isEmpty()) {
				return new Route.Clarify(choices, handoff);
			}
		}
		return turn.llm() ? new Route.Llm(turn.passages(), turn.planned(), handoff)
				: new Route.Offline(turn.passages(), handoff);
	}

	/**
	 * What the worker opened with, if so far they have only said who they are or where
	 * they work ("我在快递站干分拣", then perhaps "干了三年了"), a circumstance, or hello: no passage
	 * answered yet, nothing urgent, no person asked for. A job is in scope whatever the
	 * search found for it. Null for anything else.
	 */
	private static Route.Opening opening(Turn turn, Triage.Decision decision) {
		if (decision.urgentOrPerson() || turn.state().passageId() != null) {
			return null;
		}
		Route.Opening opening = SelfIntroduction.of(turn.resolution().question());
		if (opening != null) {
			return opening;
		}
		return SelfIntroduction.greetingOnly(turn.message()) ? Route.Opening.GREETING : null;
	}

	/**
	 * A message that only adds facts to a conversation already answered ("一个月八千" after
	 * the answer on unpaid wages) goes on from the passage that answer rested on, when
	 * the search still finds it among its passages: the worker told more of the same
	 * story, and handing them over as "not found" would drop it. That passage first, then
	 * the others; empty for any other message.
	 */
	private static List<Passage> resumed(Turn turn) {
		String last = turn.state().passageId();
		if (last == null || turn.resolution().kind() != Resolution.Kind.FRAGMENT) {
			return List.of();
		}
		List<Passage> out = new ArrayList<>();
		turn.passages().stream().filter((p) -> p.id().equals(last)).forEach(out::add);
		if (out.isEmpty()) {
			return List.of();
		}
		turn.passages().stream().filter((p) -> !p.id().equals(last)).forEach(out::add);
		return out;
	}

	/**
	 * Whether, offline, a worker who asks something new in a conversation would be given
	 * the very passage they were just answered from: the earlier messages, read with a
	 * short follow-up, outweigh what it asks ("身份证呢 也收了" after the answer on wage cards
	 * taken by a foreman). Saying it again answers nothing new; asking back does. A
	 * message that only adds facts, asks for a figure, or repeats a handbook question (a
	 * tapped choice) is answered as usual, and so is one that asks about what was just
	 * said without naming anything ("这合法吗", "那怎么办"), or one that asks in much the
	 * passage's own words ("能直接去法院告他吗" after the answer on suing with an IOU): the same
	 * passage is its answer.
	 */
	private static boolean repeatsLastAnswer(Turn turn, Passage top) {
		return turn.inConversation() && !turn.llm() && turn.planned().isEmpty()
				&& turn.resolution().kind() != Resolution.Kind.FRAGMENT && FollowUpResolver.asks(turn.message())
				&& !FollowUpResolver.generic(turn.message()) && !POINTS_BACK.matcher(turn.message()).find()
				&& top.id().equals(turn.state().passageId()) && !Triage.sharesWording(turn.message(), top)
				&& TextOverlap.containment(turn.message(), top.question()) < ASKED_AGAIN;
	}

	/**
	 * Each of the first two passages at least this confident: strong, but too close to
	 * each other for either to be taken.
	 */
	static final double TIED = 0.4;

	/**
	 * Whether two passages are both strong and close: the first two as the search ranked
	 * them, wherever a circumstance the worker did not tell has put one of them
	 * ({@link Circumstances}).
	 */
	private static boolean tied(List<Passage> passages) {
		return passages.stream().filter((p) -> p.confidence() >= TIED).count() >= 2;
	}

	/**
	 * A question that points back at what was just said ("这算加班吗", "这样扣钱合法吗" after the
	 * answer on it): the same passage is its answer.
	 */
	private static final Pattern POINTS_BACK = Pattern.compile("^(那|那么)?(这|这样|这种|这个|那样|那种|那个)");

	/**
	 * A follow-up this much of whose wording is in the question just answered ("工资怎么发"
	 * after "公司停工停产让我们回家等通知，工资怎么发？") asks it again: it is answered again, not asked back.
	 */
	static final double ASKED_AGAIN = 0.75;

	/**
	 * A handbook question matches when its meaning (vector) and its wording (shared
	 * bigrams) are both close to the worker's question.
	 */
	boolean isFaqMatch(String question, Passage top) {
		return top.isQuestion() && top.questionSimilarity() >= this.properties.faqSimilarity()
				&& TextOverlap.dice(question, top.question()) >= FAQ_MIN_OVERLAP;
	}

	/** The hand-over, with a case card built from the conversation's case file. */
	private Handoff handoff(String reason, Turn turn) {
		// A topic guessed from passages that did not match well would mislead the
		// volunteer.
		String topic = (turn.passages().isEmpty() || Triage.LOW_CONFIDENCE.equals(reason)) ? "未能判断"
				: Optional.ofNullable(turn.passages().get(0).category())
					.flatMap(Category::fromKey)
					.map(Category::label)
					.orElse("未能判断");
		List<String> said = new ArrayList<>(turn.said());
		said.add(turn.message());
		Set<String> facts = new LinkedHashSet<>(turn.state().describe());
		Handoff.CaseCard card = this.triage.caseCard(said, topic, facts);
		return new Handoff(reason, HandoffMessages.message(reason), HandoffMessages.hotlines(reason), card);
	}

}
