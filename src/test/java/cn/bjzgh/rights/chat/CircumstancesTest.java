package cn.bjzgh.rights.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.search.LuceneContentRetriever;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircumstancesTest {

	final Map<String, Content> byId = new HashMap<>();

	Passage passage(String question, double score, double confidence) {
		String id = "rights-handbook/x#" + question;
		this.byId.put(id, Content.from(TextSegment.from(question,
				Metadata.from(Map.of(LuceneContentRetriever.META_ID, id, LuceneContentRetriever.META_SCORE, score)))));
		return new Passage(id, "t", "s", "c", question, question, question, List.of(), 0.8, confidence);
	}

	@Test
	void a_level_question_asked_from_a_circumstance_nobody_told_goes_after_the_one_that_fits() {
		Passage dispatched = passage("我是劳务派遣工，有没有年假？", 29.2, 0.9);
		Passage general = passage("上班要干满多久才有带薪年假？", 28.2, 0.6);
		Passage far = passage("年假一年能休几天？", 20.0, 0.5);
		List<Passage> ordered = Circumstances.preferTold(List.of(dispatched, general, far), this.byId, "对了 年假俺有没有");
		assertThat(ordered).extracting(Passage::question)
			.containsExactly(general.question(), dispatched.question(), far.question());
		// The search's confidence in what it ranked first stays with what now leads.
		assertThat(ordered.get(0).confidence()).isEqualTo(0.9);
	}

	@Test
	void a_told_circumstance_or_a_clear_lead_keeps_the_order() {
		Passage dispatched = passage("我是劳务派遣工，有没有年假？", 29.2, 0.9);
		Passage general = passage("上班要干满多久才有带薪年假？", 28.2, 0.6);
		List<Passage> both = List.of(dispatched, general);
		assertThat(Circumstances.preferTold(both, this.byId, "我是派遣到厂里的 年假有没有")).isEqualTo(both);
		Passage farBehind = passage("年假一年能休几天？", 25.0, 0.5);
		assertThat(Circumstances.preferTold(List.of(dispatched, farBehind), this.byId, "年假有没有"))
			.containsExactly(dispatched, farBehind);
	}

	/**
	 * A question asked by one who quit, for a worker sent away: contradicted, it goes
	 * after the first that is not, however far ahead it ranked; a worker who quit keeps
	 * it.
	 */
	@Test
	void a_question_of_one_who_quit_does_not_lead_for_a_worker_sent_away() {
		Passage quit = passage("我是自己辞职的，能领失业金吗？", 30.0, 0.82);
		Passage uninsured = passage("单位没给我交失业保险，被辞退后领不到失业金怎么办？", 12.0, 0.32);
		Passage where = passage("被辞退以后，失业登记去哪办？失业金怎么领？", 9.0, 0.17);
		List<Passage> ordered = Circumstances.preferTold(List.of(quit, uninsured, where), this.byId, "被公司辞退了 能领失业金吗");
		// The first not contradicted whose circumstance was told (no one said the
		// insurance
		// was not paid).
		assertThat(ordered).extracting(Passage::question)
			.containsExactly(where.question(), quit.question(), uninsured.question());
		assertThat(ordered.get(0).confidence()).isEqualTo(0.82);
		assertThat(Circumstances.preferTold(List.of(quit, uninsured), this.byId, "我自己辞职的 能领失业金吗")).containsExactly(quit,
				uninsured);
		// Who sent the worker away may stand between 被 and the verb.
		assertThat(Circumstances.preferTold(List.of(quit, where), this.byId, "被公司辞了 想领失业金").get(0).question())
			.isEqualTo(where.question());
	}

	/**
	 * A medical period over is a circumstance of its own: not told by one still in it.
	 */
	@Test
	void a_medical_period_over_is_not_told_by_a_worker_still_in_it() {
		Passage over = passage("医疗期满了病还没好利索，公司能解除合同吗？", 20.0, 0.46);
		assertThat(Circumstances.untoldCircumstance(over, "我在住院 公司说要跟我解除合同 还在医疗期内呢")).isTrue();
		assertThat(Circumstances.untoldCircumstance(over, "生病请假太久医疗期到了 厂里要解除合同")).isFalse();
	}

	@Test
	void probation_is_told_by_how_new_the_worker_is() {
		Passage probation = passage("试用期干活受了伤，能认定工伤吗？", 23.8, 0.9);
		assertThat(Circumstances.untoldCircumstance(probation, "今天从架子上摔下来了 腿动不了")).isTrue();
		assertThat(Circumstances.untoldCircumstance(probation, "刚进厂一星期 手被机器压了")).isFalse();
		assertThat(Circumstances.untoldCircumstance(probation, "才干了两个月 摔伤了")).isFalse();
		// "刚才" is a moment ago, not a new job.
		assertThat(Circumstances.untoldCircumstance(probation, "我在工地干活 刚才从架子上摔下来了")).isTrue();
	}

	@Test
	void a_riders_question_does_not_lead_for_a_worker_who_never_said_they_deliver() {
		Passage rider = passage("我是外卖骑手送单路上摔伤了算工伤吗？", 30.0, 0.65);
		Passage commute = passage("上下班路上骑电动车被撞了，算工伤吗？", 29.0, 0.57);
		String told = "上班路上骑电动车摔了 自己摔的 没有别人 算工伤吗";
		assertThat(Circumstances.preferTold(List.of(rider, commute), this.byId, told).get(0).question())
			.isEqualTo(commute.question());
		assertThat(Circumstances.preferTold(List.of(rider, commute), this.byId, "我在美团跑单 路上摔了 算工伤吗"))
			.containsExactly(rider, commute);
	}

	@Test
	void what_the_employer_said_in_a_question_is_a_circumstance_too() {
		Passage expired = passage("周末加班换的调休没休，公司说过期作废，怎么办？", 28.0, 0.9);
		assertThat(Circumstances.untoldCircumstance(expired, "周末老让去厂里干活 也不给补休")).isTrue();
		assertThat(Circumstances.untoldCircumstance(expired, "调休攒了五天 公司说年底清零")).isFalse();
		Passage uninsured = passage("公司没给我交工伤保险，受了工伤怎么办？", 23.0, 0.5);
		assertThat(Circumstances.untoldCircumstance(uninsured, "在厂里手被机器压了")).isTrue();
		assertThat(Circumstances.untoldCircumstance(uninsured, "手被机器压了 老板说没给我买保险")).isFalse();
	}

	@Test
	void being_sent_away_is_a_circumstance_told_in_many_words() {
		Passage sentAway = passage("没签合同，老板突然不让我干了，能要哪些钱？", 32.0, 0.9);
		assertThat(Circumstances.untoldCircumstance(sentAway, "在饭店干了俩月了老板一直不给签合用，能多要钱不")).isTrue();
		assertThat(Circumstances.untoldCircumstance(sentAway, "没签合同 老板说明天别来了")).isFalse();
		assertThat(Circumstances.untoldCircumstance(sentAway, "干了半年没合同 现在老板让我走")).isFalse();
	}

	@Test
	void what_befell_the_worker_is_a_circumstance_too() {
		Passage detained = passage("被公安拘留了几天，公司能因此开除我吗？", 30.0, 0.6);
		assertThat(Circumstances.untoldCircumstance(detained, "被公司开除了 说我偷东西")).isTrue();
		assertThat(Circumstances.untoldCircumstance(detained, "打架被派出所关了五天 回来就被开除了")).isFalse();
		Passage illness = passage("同事上班时突发疾病去世了，算不算工伤？", 30.0, 0.6);
		assertThat(Circumstances.untoldCircumstance(illness, "我老公在工地上摔死了")).isTrue();
		assertThat(Circumstances.untoldCircumstance(illness, "我爸上夜班时心梗走了")).isFalse();
	}

	@Test
	void construction_work_and_its_contractors_are_circumstances_told_in_their_own_words() {
		Passage site = passage("工地欠薪去哪里投诉？", 30.0, 0.6);
		assertThat(Circumstances.untoldCircumstance(site, "辞职了 公司说要等三个月才结最后一个月工资 那我去哪告")).isTrue();
		assertThat(Circumstances.untoldCircumstance(site, "在工地干了三个月 工钱没给 去哪告")).isFalse();
		assertThat(Circumstances.untoldCircumstance(site, "干苦力的 工会收不收")).isFalse();
		Passage foreman = passage("包工头招的我，出了事他赔不起，能找发包方吗？", 30.0, 0.6);
		assertThat(Circumstances.untoldCircumstance(foreman, "工地干活从架子上摔下来了 腿骨折")).isTrue();
		assertThat(Circumstances.untoldCircumstance(foreman, "工头带我去的工地 摔断了腿 工头说没钱")).isFalse();
	}

	@Test
	void a_bonus_is_a_circumstance_the_worker_names() {
		Passage bonus = passage("说好的年终奖，公司说今年不发了，能要吗？", 30.0, 0.6);
		assertThat(Circumstances.untoldCircumstance(bonus, "工资每个月都晚发半个多月 公司说效益不好")).isTrue();
		assertThat(Circumstances.untoldCircumstance(bonus, "年底的奖金说不发了 公司说效益不好")).isFalse();
	}

	@Test
	void a_contract_running_out_is_a_circumstance_the_worker_tells() {
		Passage expiring = passage("合同快到期时我正好怀孕了，或者在看病的医疗期内，公司能到期就让我走吗？", 30.0, 0.6);
		assertThat(Circumstances.untoldCircumstance(expiring, "我怀孕了 公司让我走人 这合法吗")).isTrue();
		assertThat(Circumstances.untoldCircumstance(expiring, "我怀孕了 合同下个月到期 公司说不续了")).isFalse();
	}

}
