package cn.bjzgh.rights.chat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.bjzgh.rights.IntegrationTest;
import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answer quality over whole conversations and single questions, offline (the embedded
 * default), over the real knowledge base. An answer counts only when it leads with an
 * expected passage and contains the expected fact (or the expected calculation, or the
 * expected hand-off). Every third item is held out of tuning; its misses are never
 * printed. The floors sit a little below the figures measured when they were set (see the
 * README), so a change that makes answers worse fails the build.
 */
class ConversationQualityIT extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ConversationQualityIT.class);

	static final Path EVAL = Path.of("src/test/resources/eval");

	static List<EvalConversation> conversations;

	static List<EvalConversation> singles;

	static List<EvalConversation> newTopics;

	static List<EvalConversation> unionServices;

	@Autowired
	ChatService chat;

	@BeforeAll
	static void read() throws Exception {
		conversations = EvalConversation.read(EVAL.resolve("conversations.jsonl"));
		singles = new ArrayList<>(EvalConversation.read(EVAL.resolve("questions.jsonl")));
		singles.addAll(EvalConversation.read(EVAL.resolve("answers.jsonl")));
		newTopics = EvalConversation.read(EVAL.resolve("knowledge-2025.jsonl"));
		unionServices = EvalConversation.read(EVAL.resolve("union-services.jsonl"));
	}

	@Test
	void the_sets_are_large_enough_and_point_at_real_passages() {
		assertThat(conversations).hasSizeGreaterThanOrEqualTo(60);
		assertThat(conversations).allSatisfy((c) -> assertThat(c.turns()).as(c.id()).hasSizeBetween(2, 5));
		assertThat(singles).hasSizeGreaterThanOrEqualTo(191 + 60);
		assertThat(conversations.stream().filter(EvalConversation::heldOut).count())
			.isGreaterThanOrEqualTo(conversations.size() / 3);
		Map<String, Chunk> chunks = new KnowledgeLoader(600).load(Path.of("knowledge"))
			.chunks()
			.stream()
			.collect(Collectors.toMap(Chunk::id, Function.identity()));
		List<EvalConversation> all = new ArrayList<>(conversations);
		all.addAll(singles);
		for (EvalConversation c : all) {
			for (EvalConversation.Turn t : c.turns()) {
				assertThat(chunks).as(c.id() + " «" + t.q() + "» expects passages that exist")
					.containsKeys(t.expectIds().toArray(String[]::new));
			}
		}
	}

	@Test
	void conversations_are_answered_turn_by_turn() throws Exception {
		ConversationEvaluation.Report report = ConversationEvaluation.run(this.chat, conversations);
		report.tunedMisses().forEach((m) -> log.info("miss: {}", m));
		log.info("Conversations, tuned:    {}", report.tuned().summary());
		log.info("Conversations, held out: {}", report.heldOut().summary());
		assertThat(report.tuned().followUpRate()).as("follow-up turns").isGreaterThanOrEqualTo(FOLLOW_UPS);
		assertThat(report.tuned().turnRate()).as("all turns").isGreaterThanOrEqualTo(TURNS);
		assertThat(report.tuned().conversationRate()).as("whole conversations").isGreaterThanOrEqualTo(CONVERSATIONS);
		// Held-out turns are 0.048 below the tuned ones (README): within the 0.05
		// the issue asks for, guarded by that gap and by floors of their own.
		assertThat(report.heldOut().turnRate()).as("held-out turns").isGreaterThanOrEqualTo(TURNS_HELD_OUT);
		assertThat(report.heldOut().turnRate()).as("held-out turns no more than 0.05 below the tuned part")
			.isGreaterThanOrEqualTo(report.tuned().turnRate() - 0.05);
		assertThat(report.heldOut().followUpRate()).as("held-out follow-up turns")
			.isGreaterThanOrEqualTo(FOLLOW_UPS_HELD_OUT);
	}

	/**
	 * Conversations written by someone who never saw the service's rules nor the other
	 * sets, and never read by those who tune it (only these figures are printed): all of
	 * it is held out, four times the size of the other set's held-out part.
	 */
	@Test
	void blind_conversations_are_answered_turn_by_turn() throws Exception {
		ConversationEvaluation.Score blind = blind("conversations-blind.jsonl", 60, "Blind conversations");
		assertThat(blind.followUpRate()).as("blind follow-up turns").isGreaterThanOrEqualTo(FOLLOW_UPS_BLIND);
		assertThat(blind.turnRate()).as("blind turns").isGreaterThanOrEqualTo(TURNS_BLIND);
	}

	/**
	 * Conversations that open with the worker only saying who they are ("我在快递站干分拣"):
	 * asking what happened is right there; the trouble told next is answered with the
	 * introduction behind it. Every one of them has been looked at while tuning
	 * ({@code "seen"}), so none is held out; the held-out measure is a blind set of such
	 * conversations (only its figures are printed).
	 */
	@Test
	void conversations_that_open_with_an_introduction_are_answered() throws Exception {
		List<EvalConversation> set = EvalConversation.read(EVAL.resolve("conversations-introductions.jsonl"));
		ConversationEvaluation.Report report = ConversationEvaluation.run(this.chat, set);
		report.tunedMisses().forEach((m) -> log.info("miss: {}", m));
		log.info("Introductions, tuned: {}", report.tuned().summary());
		assertThat(set).hasSizeGreaterThanOrEqualTo(15).noneMatch(EvalConversation::heldOut);
		assertThat(report.tuned().turnRate()).as("introductions, all turns").isGreaterThanOrEqualTo(INTRODUCTIONS);
		ConversationEvaluation.Score blind = blind("conversations-intro-blind.jsonl", 30, "Blind introductions");
		assertThat(blind.turnRate()).as("blind introductions, all turns").isGreaterThanOrEqualTo(INTRODUCTIONS_BLIND);
		assertThat(blind.followUpRate()).as("blind introductions, follow-up turns")
			.isGreaterThanOrEqualTo(INTRODUCTIONS_BLIND_FOLLOW_UPS);
	}

	/**
	 * Conversations typed into the running service while looking for faults (a wage told
	 * as a bare fragment on a building site, a disability grade, a factory moving away, a
	 * follow-up that names nothing): each fault found was fixed as a general rule and
	 * these conversations keep them fixed. All were seen, so none is held out.
	 */
	@Test
	void conversations_found_by_trying_the_service_stay_answered() throws Exception {
		List<EvalConversation> set = EvalConversation.read(EVAL.resolve("conversations-probes.jsonl"));
		ConversationEvaluation.Report report = ConversationEvaluation.run(this.chat, set);
		report.tunedMisses().forEach((m) -> log.info("miss: {}", m));
		log.info("Probes, tuned: {}", report.tuned().summary());
		assertThat(set).hasSizeGreaterThanOrEqualTo(10).noneMatch(EvalConversation::heldOut);
		assertThat(report.tuned().turnRate()).as("probes, all turns").isGreaterThanOrEqualTo(PROBES);
	}

	/**
	 * Single questions written the same blind way (spoken, misspelt, stories, long posts,
	 * fragments, one precise aspect): all held out, only the figure is printed.
	 */
	@Test
	void blind_single_questions_are_answered_from_the_right_passage() throws Exception {
		ConversationEvaluation.Score blind = blind("questions-blind.jsonl", 100, "Blind single questions");
		assertThat(blind.turnRate()).as("blind single-question answers").isGreaterThanOrEqualTo(SINGLES_BLIND);
	}

	/**
	 * A blind set's score: at least {@code atLeast} items, every one held out, only the
	 * figures logged (never a miss).
	 */
	private ConversationEvaluation.Score blind(String file, int atLeast, String name) throws Exception {
		List<EvalConversation> set = EvalConversation.read(EVAL.resolve(file));
		assertThat(set).as(name).hasSizeGreaterThanOrEqualTo(atLeast).allMatch(EvalConversation::heldOut);
		ConversationEvaluation.Score score = ConversationEvaluation.run(this.chat, set).heldOut();
		log.info("{}: {}", name, score.summary());
		return score;
	}

	@Test
	void single_questions_are_answered_from_the_right_passage() throws Exception {
		ConversationEvaluation.Report report = ConversationEvaluation.run(this.chat, singles);
		report.tunedMisses().forEach((m) -> log.info("miss: {}", m));
		log.info("Single questions, tuned:    {}", report.tuned().summary());
		log.info("Single questions, held out: {}", report.heldOut().summary());
		assertThat(report.tuned().turnRate()).as("single-question answers").isGreaterThanOrEqualTo(SINGLES);
		assertThat(report.heldOut().turnRate()).as("held-out single-question answers")
			.isGreaterThanOrEqualTo(SINGLES_HELD_OUT);
		assertThat(report.heldOut().turnRate()).as("held-out part no more than 0.05 below the tuned part")
			.isGreaterThanOrEqualTo(report.tuned().turnRate() - 0.05);
	}

	/** The topics the knowledge base gained on 2026-11-30, answered whole. */
	@Test
	void questions_on_the_new_topics_are_answered_from_the_right_passage() throws Exception {
		assertAnswered("New topics", newTopics, 70, NEW_TOPICS);
	}

	/** What the union does for a worker, answered from the service guide. */
	@Test
	void questions_on_union_services_are_answered_from_the_guide() throws Exception {
		assertAnswered("Union services", unionServices, 40, UNION_SERVICES);
	}

	/**
	 * Questions from other parts of life are declined, however labour-like their words
	 * ("房东扣押金", "保险公司拒赔"), and labour questions that share those words are not. The blind
	 * set was written by someone who never saw the scope rules and is never read by those
	 * who tune them: all of it is held out.
	 */
	@Test
	void questions_outside_labour_rights_are_declined() throws Exception {
		ScopeEvaluation.Report scope = ScopeEvaluation.run(this.chat,
				ScopeEvaluation.read(EVAL.resolve("scope.jsonl")));
		ScopeEvaluation.Report blind = ScopeEvaluation.run(this.chat,
				ScopeEvaluation.read(EVAL.resolve("scope-blind.jsonl")));
		scope.tunedMisses().forEach((m) -> log.info("miss: {}", m));
		log.info("Scope, tuned:    {}", scope.tuned().summary());
		log.info("Scope, held out: {}", scope.heldOut().summary());
		log.info("Scope, blind:    {}", blind.heldOut().summary());
		assertThat(scope.tuned().declineRate()).as("declined, tuned").isGreaterThanOrEqualTo(SCOPE_DECLINED);
		assertThat(scope.heldOut().declineRate()).as("declined, held out")
			.isGreaterThanOrEqualTo(SCOPE_DECLINED_HELD_OUT);
		assertThat(blind.heldOut().declineRate()).as("declined, blind").isGreaterThanOrEqualTo(SCOPE_DECLINED_BLIND);
		for (ScopeEvaluation.Score part : List.of(scope.tuned(), scope.heldOut(), blind.heldOut())) {
			assertThat(part.keptRate()).as("labour questions not declined").isGreaterThanOrEqualTo(SCOPE_KEPT);
			assertThat(part.wronglyAnsweredRate()).as("other questions answered from a passage")
				.isLessThanOrEqualTo(SCOPE_ANSWERED_AT_MOST);
		}
	}

	/**
	 * A set of single questions, each part (tuned and held out) at or above its floor.
	 */
	private void assertAnswered(String name, List<EvalConversation> set, int atLeast, double floor) throws Exception {
		ConversationEvaluation.Report report = ConversationEvaluation.run(this.chat, set);
		report.tunedMisses().forEach((m) -> log.info("miss: {}", m));
		log.info("{}, tuned:    {}", name, report.tuned().summary());
		log.info("{}, held out: {}", name, report.heldOut().summary());
		assertThat(set).as(name).hasSizeGreaterThanOrEqualTo(atLeast);
		assertThat(report.tuned().turnRate()).as(name + ", tuned").isGreaterThanOrEqualTo(floor);
		assertThat(report.heldOut().turnRate()).as(name + ", held out").isGreaterThanOrEqualTo(floor);
	}

	// Floors: measured values (README) less about 0.02-0.03. The targets (0.90 /
	// 0.92 / 0.80 / 0.95) are not reached yet; the README says so.
	static final double FOLLOW_UPS = 0.64;

	static final double TURNS = 0.61;

	static final double CONVERSATIONS = 0.19;

	static final double TURNS_HELD_OUT = 0.55;

	static final double FOLLOW_UPS_HELD_OUT = 0.56;

	// The blind conversations: measured 0.540 follow-up turns, 0.543 all turns (0.566 /
	// 0.562 before a new question stopped being answered with the last answer again).
	static final double FOLLOW_UPS_BLIND = 0.52;

	static final double TURNS_BLIND = 0.52;

	// The conversations that open with an introduction: measured 0.694 of all turns; the
	// blind ones 0.414 of all turns and 0.543 of the follow-ups (most of their openings
	// are not recognised as introductions, see the README).
	static final double INTRODUCTIONS = 0.66;

	static final double INTRODUCTIONS_BLIND = 0.39;

	static final double INTRODUCTIONS_BLIND_FOLLOW_UPS = 0.51;

	// The conversations found by trying the service (eleventh to fifteenth sessions):
	// measured 0.890 of all turns (137 of 154; 99 of 117 before the fifteenth session's
	// 11, 81 of 97 before the fourteenth's, 25 of 32 before the twelfth session's 15).
	static final double PROBES = 0.86;

	static final double SINGLES = 0.80;

	// The blind single questions: measured 0.888.
	static final double SINGLES_BLIND = 0.85;

	static final double SINGLES_HELD_OUT = 0.87;

	static final double NEW_TOPICS = 0.60;

	static final double UNION_SERVICES = 0.75;

	// Scope: measured 0.929 / 0.885 / 0.770 declined, 0.031 / 0.019 / 0.080 answered,
	// 1.000 / 1.000 / 0.986 labour questions kept (tuned / held out / blind).
	static final double SCOPE_DECLINED = 0.90;

	static final double SCOPE_DECLINED_HELD_OUT = 0.85;

	static final double SCOPE_DECLINED_BLIND = 0.74;

	static final double SCOPE_KEPT = 0.98;

	static final double SCOPE_ANSWERED_AT_MOST = 0.10;

}
