package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAgainTest {

	final Passage settlement = RouterTest.passage("work-injury", "受了工伤老板拿一笔钱要私了能签吗", 0.9);

	final Passage deduction = RouterTest.passage("wages", "干活时弄坏了公司的东西老板要从工资里一次扣光行吗", 0.6);

	final Passage injury = RouterTest.passage("work-injury", "干活时受了伤哪些情况算工伤", 0.3);

	final List<String> searched = new ArrayList<>();

	/**
	 * Finds the settlement entry for a query that says 私了 or asks it, the injury entry
	 * otherwise.
	 */
	final BiFunction<String, List<Passage>, List<Passage>> search = (query, found) -> {
		this.searched.add(query);
		List<Passage> first = query.contains("私了") && !query.contains("梯子") ? List.of(this.settlement)
				: List.of(this.injury);
		return ChatService.lead(first, found);
	};

	/** Answers only from a confident first passage. */
	final Function<List<Passage>, Route> router = (passages) -> passages.get(0).confidence() >= 0.5
			? new Route.Offline(passages, null) : new Route.NotFound(List.of(), null);

	static CaseFile before(int turns, String lastPassage) {
		CaseFile state = CaseFile.EMPTY;
		for (int i = 0; i < turns; i++) {
			state = state.nextTurn(Map.of());
		}
		return (lastPassage == null) ? state : state.withTopic("work-injury", lastPassage);
	}

	Router.Turn turn(String message, Resolution.Kind kind, String question, CaseFile before, List<Passage> passages) {
		Resolution resolution = new Resolution(question, kind, message);
		return new Router.Turn(message, resolution, before.nextTurn(Map.of()).withResolution(resolution), List.of(),
				passages, Optional.empty(), false);
	}

	/** The turn searched again, routed first from its own passages. */
	SearchAgain.Result run(Router.Turn turn, CaseFile before) {
		return run(turn, this.router.apply(turn.passages()), before);
	}

	/** The turn searched again after it was routed {@code route}. */
	SearchAgain.Result run(Router.Turn turn, Route route, CaseFile before) {
		return SearchAgain.run(turn, route, before, this.search, this.router);
	}

	@Test
	void should_not_search_again_for_a_first_message() {
		Router.Turn turn = turn("老板说给我两千块钱私了", Resolution.Kind.STANDALONE, "老板说给我两千块钱私了", before(0, null),
				List.of(this.injury));
		SearchAgain.Result result = run(turn, before(0, null));

		assertThat(this.searched).isEmpty();
		assertThat(result.route()).isInstanceOf(Route.NotFound.class);
	}

	@Test
	void should_search_a_message_that_says_something_of_its_own_alone_when_the_story_finds_nothing() {
		CaseFile before = before(2, this.injury.id());
		String story = "我是做水电的 干活时候从梯子上摔下来了 老板说给我两千块钱私了";
		Router.Turn turn = turn("老板说给我两千块钱私了", Resolution.Kind.FOLLOW_UP, story, before, List.of(this.injury));
		SearchAgain.Result result = run(turn, before);

		assertThat(this.searched).containsExactly(story, "老板说给我两千块钱私了");
		assertThat(result.route()).isInstanceOf(Route.Offline.class);
		assertThat(result.passages().get(0)).isEqualTo(this.settlement);
		assertThat(result.wentOn()).isFalse();
	}

	@Test
	void should_not_search_a_fragment_of_facts_alone() {
		CaseFile before = before(2, null);
		Router.Turn turn = turn("两千块", Resolution.Kind.FRAGMENT, "从梯子上摔下来了 两千块", before, List.of(this.injury));
		SearchAgain.Result result = run(turn, before);

		assertThat(this.searched).containsExactly("从梯子上摔下来了 两千块");
		assertThat(result.route()).isInstanceOf(Route.NotFound.class);
	}

	@Test
	void should_lead_a_question_about_the_last_answer_with_that_answers_passage() {
		CaseFile before = before(3, this.settlement.id());
		Router.Turn turn = turn("这样行吗", Resolution.Kind.FOLLOW_UP, "干活时候从梯子上摔下来了 老板说给我两千块钱私了 这样行", before,
				List.of(this.deduction, this.settlement));
		SearchAgain.Result result = run(turn, before);

		assertThat(this.searched).containsExactly("受了工伤老板拿一笔钱要私了能签吗");
		assertThat(result.passages().get(0)).isEqualTo(this.settlement);
	}

	@Test
	void should_lead_a_question_pointing_back_at_the_last_answers_subject_with_that_answers_passage() {
		CaseFile before = before(3, this.settlement.id());
		Router.Turn turn = turn("这个工伤私了合法吗", Resolution.Kind.FOLLOW_UP, "老板说给我两千块钱私了 这个工伤私了合法", before,
				List.of(this.deduction, this.settlement));
		SearchAgain.Result result = run(turn, before);

		assertThat(this.searched).containsExactly("受了工伤老板拿一笔钱要私了能签吗");
		assertThat(result.passages().get(0)).isEqualTo(this.settlement);
	}

	/**
	 * Asked back because the story led to the answer just given, the message is searched
	 * alone: another entry it finds answers it; the same entry again leaves the question
	 * back.
	 */
	@Test
	void should_search_a_message_asked_back_for_repeating_the_last_answer_alone() {
		CaseFile before = before(3, this.injury.id());
		Route askedBack = new Route.Clarify(List.of(), null);
		Router.Turn turn = turn("老板要私了 能签吗", Resolution.Kind.FOLLOW_UP, "从梯子上摔下来了 老板要私了 能签", before,
				List.of(this.injury));
		SearchAgain.Result result = run(turn, askedBack, before);

		assertThat(this.searched).containsExactly("老板要私了 能签吗");
		assertThat(result.route()).isInstanceOf(Route.Offline.class);
		assertThat(result.passages().get(0)).isEqualTo(this.settlement);

		Router.Turn same = turn("那医药费谁出", Resolution.Kind.FOLLOW_UP, "从梯子上摔下来了 医药费谁出", before, List.of(this.injury));
		assertThat(run(same, askedBack, before).route()).isSameAs(askedBack);
	}

	/**
	 * Asked back, a message that alone finds the last answer's entry with confidence is
	 * answered from it.
	 */
	@Test
	void should_answer_again_a_message_that_alone_asks_the_last_answers_entry() {
		CaseFile before = before(3, this.settlement.id());
		Route askedBack = new Route.Clarify(List.of(), null);
		Router.Turn turn = turn("私了的钱给多少合适", Resolution.Kind.FOLLOW_UP, "老板要私了 私了的钱给多少合适", before,
				List.of(this.settlement));
		SearchAgain.Result result = run(turn, askedBack, before);

		assertThat(result.route()).isInstanceOf(Route.Offline.class);
		assertThat(result.passages().get(0)).isEqualTo(this.settlement);
	}

	@Test
	void should_leave_a_question_with_a_subject_of_its_own_to_its_own_search() {
		CaseFile before = before(3, this.settlement.id());
		Router.Turn turn = turn("弄坏了东西能扣工资吗", Resolution.Kind.STANDALONE, "弄坏了东西能扣工资吗", before,
				List.of(this.deduction));
		SearchAgain.Result result = run(turn, before);

		assertThat(this.searched).isEmpty();
		assertThat(result.passages().get(0)).isEqualTo(this.deduction);
	}

	@Test
	void should_search_a_first_message_without_its_introduction_when_it_finds_nothing() {
		Router.Turn turn = turn("我是做水电的 老板说给我两千块钱私了", Resolution.Kind.STANDALONE, "我是做水电的 老板说给我两千块钱私了", before(0, null),
				List.of(this.injury));
		SearchAgain.Result result = run(turn, before(0, null));

		assertThat(this.searched).containsExactly("老板说给我两千块钱私了");
		assertThat(result.passages().get(0)).isEqualTo(this.settlement);
	}

}
