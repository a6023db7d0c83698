package cn.bjzgh.rights.chat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.bjzgh.rights.calc.CalcIntent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a turn is routed when the search is not confident in its first passage. */
class RouterTest {

	final Router router = new Router(new Triage(0.5), new ChatProperties(Path.of("prompts"), 10, 10000, 5, 0.86, 0.5,
			null, false, new ChatProperties.Clarify(8, 0.02)), new Clarifier(8, 0.02));

	static Passage passage(String category, String question, double confidence) {
		return new Passage("rights-handbook/" + category + "#" + question, "t", "职工维权手册", category, "问：" + question,
				question, "答。", List.of(), 0.8, confidence);
	}

	static Route route(Router router, String message, int turn, List<Passage> passages) {
		CaseFile state = CaseFile.EMPTY;
		for (int i = 0; i < turn; i++) {
			state = state.nextTurn(Map.of());
		}
		Resolution resolution = new Resolution(message, Resolution.Kind.STANDALONE, message);
		return router.route(new Router.Turn(message, resolution, state.withResolution(resolution), List.of(), passages,
				Optional.empty(), false));
	}

	final Passage notice = passage("resignation", "我想辞职，要提前多久跟单位说？", 0.45);

	final Passage bonus = passage("wages", "年底前离职，年终奖还能拿吗？", 0.42);

	@Test
	void two_strong_but_level_passages_are_asked_about_not_handed_off_as_not_found() {
		Route route = route(this.router, "我在公司干得不开心想换个地方上班", 1, List.of(this.notice, this.bonus));
		assertThat(route).isInstanceOf(Route.Clarify.class);
		assertThat(route.handoff()).isNull();
		assertThat(((Route.Clarify) route).choices()).extracting(Suggestion::id)
			.contains(this.notice.id(), this.bonus.id());
	}

	@Test
	void a_weak_second_passage_or_a_conversation_keeps_the_hand_off() {
		Passage weak = passage("wages", "年底前离职，年终奖还能拿吗？", 0.1);
		assertThat(route(this.router, "我在公司干得不开心想换个地方上班", 1, List.of(this.notice, weak)))
			.isInstanceOf(Route.NotFound.class);
		// In a conversation the story is searched again first (ChatService), so the turn
		// stays "not found" here.
		assertThat(route(this.router, "我在公司干得不开心想换个地方上班", 2, List.of(this.notice, this.bonus)))
			.isInstanceOf(Route.NotFound.class);
	}

	/**
	 * A first question whose calculation can already give figures (overtime's rates at
	 * the wage told) is answered with them however weak its passages; in a conversation
	 * it stays "not found" here, to be searched again (ChatService).
	 */
	@Test
	void figures_partly_worked_out_answer_a_first_question_without_the_hand_off() {
		Passage weak = passage("hours", "加班费到底怎么算？", 0.2);
		String asked = "周末加班 工资六千 加班费多少";
		ChatCalculations.Planned rates = new ChatCalculations.Planned(
				new CalcIntent.Match("overtime", null, List.of(CalcIntent.OVERTIME_HOURS_ASK)), "月薪6000元 " + asked,
				List.of());
		Resolution resolution = new Resolution(asked, Resolution.Kind.STANDALONE, asked);
		Route first = this.router
			.route(new Router.Turn(asked, resolution, CaseFile.EMPTY.nextTurn(Map.of()).withResolution(resolution),
					List.of(), List.of(weak, weak), Optional.of(rates), false));
		assertThat(first).isInstanceOf(Route.Calculate.class);
		assertThat(first.handoff()).isNull();
		Route later = this.router.route(new Router.Turn(asked, resolution,
				CaseFile.EMPTY.nextTurn(Map.of()).nextTurn(Map.of()).withResolution(resolution), List.of(),
				List.of(weak, weak), Optional.of(rates), false));
		assertThat(later).isInstanceOf(Route.NotFound.class);
	}

	/**
	 * A figure that completes a calculation ("工资五千" after a dismissal) is answered with
	 * the calculation however weak its passages: no "not found" hand-off, and the passage
	 * answered last, when found again, leads.
	 */
	@Test
	void a_complete_calculation_is_answered_without_the_low_confidence_hand_off() {
		Passage last = passage("dismissal", "试用期公司能随便辞退我吗？", 0.2);
		Passage wages = passage("wages", "公司老是拖工资，我能辞职并要经济补偿吗？", 0.3);
		CaseFile state = CaseFile.EMPTY.nextTurn(Map.of()).withTopic("dismissal", last.id()).nextTurn(Map.of());
		Resolution fragment = new Resolution("被辞退 工资五千", Resolution.Kind.FRAGMENT, "工资五千");
		ChatCalculations.Planned planned = new ChatCalculations.Planned(
				new CalcIntent.Match("severance", new Object(), List.of()), "被辞退 工资五千", List.of());
		Route route = this.router.route(new Router.Turn("工资五千", fragment, state.withResolution(fragment), List.of(),
				List.of(wages, last), Optional.of(planned), false));
		assertThat(route).isInstanceOf(Route.Calculate.class);
		assertThat(route.handoff()).isNull();
		assertThat(((Route.Calculate) route).passages()).first().isEqualTo(last);
	}

	/** Once a worker said they want to die, every later answer keeps the care. */
	@Test
	void a_turn_after_self_harm_was_told_keeps_its_hand_off() {
		Passage wages = passage("wages", "老板欠着工资，我能先不去干活吗？", 0.99);
		CaseFile state = CaseFile.EMPTY.nextTurn(Map.of()).nextTurn(Map.of()).nextTurn(Map.of());
		Resolution ack = new Resolution("欠了一屁股债 工资一直不发 嗯", Resolution.Kind.FRAGMENT, "嗯");
		Route after = this.router.route(new Router.Turn("嗯", ack, state.withResolution(ack),
				List.of("干不下去了 欠了一屁股债 工资一直不发", "真不想活了"), List.of(wages), Optional.empty(), false));
		assertThat(after.handoff()).isNotNull();
		assertThat(after.handoff().reason()).isEqualTo("urgent-self-harm");
		Route without = this.router.route(new Router.Turn("嗯", ack, state.withResolution(ack),
				List.of("干不下去了 欠了一屁股债 工资一直不发"), List.of(wages), Optional.empty(), false));
		assertThat(without.handoff()).isNull();
	}

}
