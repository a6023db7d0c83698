package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Retrieval quality on our own colloquial question set. The thresholds were set from
 * measurement (see the README) a little below the measured values, so a change that makes
 * retrieval worse fails the build.
 */
class RetrievalQualityIT extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(RetrievalQualityIT.class);

	static final Path QUESTIONS = Path.of("src/test/resources/eval/questions.jsonl");

	static final Path ANSWERS = Path.of("src/test/resources/eval/answers.jsonl");

	/** Questions on the topics the knowledge base gained on 2026-11-30. */
	static final Path NEW_TOPICS = Path.of("src/test/resources/eval/knowledge-2025.jsonl");

	/** Questions on what the union does for a worker (the service guide). */
	static final Path UNION_SERVICES = Path.of("src/test/resources/eval/union-services.jsonl");

	/**
	 * Questions written by someone who saw only the knowledge files, never read by those
	 * who tune retrieval: all held out.
	 */
	static final Path BLIND = Path.of("src/test/resources/eval/questions-blind.jsonl");

	static List<EvalQuestion> questions;

	@Autowired
	HybridSearcher searcher;

	@BeforeAll
	static void read() throws Exception {
		questions = EvalQuestion.read(QUESTIONS);
	}

	@Test
	void the_question_set_is_large_and_points_at_real_passages() {
		assertThat(questions).hasSizeGreaterThanOrEqualTo(120);
		Map<String, Chunk> chunks = new KnowledgeLoader(600).load(Path.of("knowledge"))
			.chunks()
			.stream()
			.collect(Collectors.toMap(Chunk::id, Function.identity()));
		for (EvalQuestion q : questions) {
			assertThat(q.expectIds()).as(q.id()).isNotEmpty();
			assertThat(chunks).as(q.id() + " expects passages that exist")
				.containsKeys(q.expectIds().toArray(String[]::new));
			Chunk best = chunks.get(q.expectIds().get(0));
			assertThat(q.expect().matcher(best.text()).find()).as(q.id() + ": regex " + q.expect() + " in " + best.id())
				.isTrue();
		}
	}

	/**
	 * The search issue's targets on the 191 questions (measured figures in the README).
	 */
	@Test
	void hybrid_retrieval_finds_the_answering_passage() {
		RetrievalEvaluation.Report report = RetrievalEvaluation.run(this.searcher, questions);
		report.misses().stream().filter((m) -> !heldOut(m)).forEach((m) -> log.info("miss: {}", m));
		log.info("Retrieval quality: {}", report.summary());
		assertThat(report.hitAt5()).as("hit@5").isGreaterThanOrEqualTo(0.97);
		assertThat(report.hitAt1()).as("hit@1").isGreaterThanOrEqualTo(0.85);
		assertThat(report.mrr()).as("MRR").isGreaterThanOrEqualTo(0.90);
	}

	/**
	 * The blind questions (figures only, never their misses): measured hit@1 0.914, hit@5
	 * 1.000, MRR 0.955 (README); the floors are a little below.
	 */
	@Test
	void blind_questions_find_the_answering_passage() throws Exception {
		List<EvalQuestion> blind = EvalQuestion.read(BLIND);
		assertThat(blind).hasSizeGreaterThanOrEqualTo(100).allMatch(EvalQuestion::heldOut);
		RetrievalEvaluation.Report report = RetrievalEvaluation.run(this.searcher, blind);
		log.info("Retrieval quality, blind questions: {}", report.summary());
		assertThat(report.hitAt1()).as("blind hit@1").isGreaterThanOrEqualTo(0.87);
		assertThat(report.hitAt5()).as("blind hit@5").isGreaterThanOrEqualTo(0.97);
		assertThat(report.mrr()).as("blind MRR").isGreaterThanOrEqualTo(0.92);
	}

	/**
	 * The fusion weights were fitted on the tuned part of both question sets; the
	 * held-out part (every third question) scores within 0.03 of it, so the gain is not
	 * an artefact of fitting.
	 */
	@Test
	void the_held_out_questions_score_as_well_as_the_tuned_ones() throws Exception {
		List<EvalQuestion> all = allSets();
		RetrievalEvaluation.Report tuned = RetrievalEvaluation.run(this.searcher,
				all.stream().filter((q) -> !q.heldOut()).toList());
		RetrievalEvaluation.Report heldOut = RetrievalEvaluation.run(this.searcher,
				all.stream().filter(EvalQuestion::heldOut).toList());
		log.info("Retrieval quality, tuned: {}; held out: {}", tuned.summary(), heldOut.summary());
		assertThat(heldOut.hitAt1()).as("held-out hit@1").isGreaterThanOrEqualTo(tuned.hitAt1() - 0.03);
		assertThat(heldOut.hitAt5()).as("held-out hit@5").isGreaterThanOrEqualTo(tuned.hitAt5() - 0.03);
		assertThat(heldOut.mrr()).as("held-out MRR").isGreaterThanOrEqualTo(tuned.mrr() - 0.03);
		assertThat(heldOut.hitAt1()).as("held-out hit@1 floor").isGreaterThanOrEqualTo(0.84);
	}

	/**
	 * The first vector pass on the principal axes only chooses whose exact cosines are
	 * computed: for every question of the four sets, the candidates and every feature are
	 * the same as with the exact cosines of every passage.
	 */
	@Test
	void the_first_vector_pass_loses_no_candidate_of_the_exact_scan() throws Exception {
		List<EvalQuestion> all = allSets();
		this.searcher.firstPassReady().get(60, java.util.concurrent.TimeUnit.SECONDS);
		List<String> differing = new ArrayList<>();
		for (EvalQuestion q : all) {
			Comparator<Candidate> byPassage = Comparator.comparingInt(Candidate::passage);
			List<Candidate> fast = this.searcher.candidates(q.q(), false).stream().sorted(byPassage).toList();
			List<Candidate> exact = this.searcher.candidates(q.q(), true).stream().sorted(byPassage).toList();
			if (!fast.equals(exact)) {
				List<Candidate> missing = new ArrayList<>(exact);
				missing.removeAll(fast);
				differing.add(q.id() + " " + missing.size() + "/" + exact.size() + " "
						+ missing.stream()
							.map((c) -> String.format(java.util.Locale.ROOT, "q%.3f/t%.3f/rq%.2f/rt%.2f", c.question(),
									c.text(), c.questionRank(), c.textRank()))
							.toList());
			}
		}
		assertThat(all).hasSizeGreaterThan(300);
		assertThat(differing).as("questions whose candidates differ").isEmpty();
	}

	/** The questions of the four sets. */
	private static List<EvalQuestion> allSets() throws IOException {
		List<EvalQuestion> all = new ArrayList<>(questions);
		all.addAll(EvalQuestion.read(ANSWERS));
		all.addAll(EvalQuestion.read(NEW_TOPICS));
		all.addAll(EvalQuestion.read(UNION_SERVICES));
		return all;
	}

	private static boolean heldOut(String miss) {
		String id = miss.substring(0, miss.indexOf(' '));
		return new EvalQuestion(id, "", List.of(), null).heldOut();
	}

	/**
	 * Volunteers look laws up by article: every article section of
	 * {@code knowledge/laws/} comes first when named with Arabic numerals and when named
	 * with Chinese ones.
	 */
	@Test
	void every_article_is_found_first_by_its_citation_in_both_numeral_forms() {
		Pattern heading = Pattern.compile("《(.+)》第([零一二三四五六七八九十百]+)条");
		List<Chunk> sections = new KnowledgeLoader(600).load(Path.of("knowledge"))
			.chunks()
			.stream()
			.filter((c) -> c.file().startsWith("laws/") && !c.id().matches(".*-p\\d+$"))
			.filter((c) -> heading.matcher(c.heading()).matches())
			.toList();
		assertThat(sections).hasSizeGreaterThan(500);
		List<String> misses = new ArrayList<>();
		for (Chunk c : sections) {
			Matcher m = heading.matcher(c.heading());
			m.matches();
			int n = CitationQuery.number(m.group(2));
			for (String q : List.of(m.group(1) + "第" + n + "条", "《" + m.group(1) + "》第" + m.group(2) + "条")) {
				String top = this.searcher.search(q, 3, null).hits().get(0).id();
				if (!top.equals(c.id())) {
					misses.add(q + " -> " + top);
				}
			}
		}
		assertThat(misses).as("citations not found first").isEmpty();
	}

}
