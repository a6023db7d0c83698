package cn.bjzgh.rights.chat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.bjzgh.rights.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: no LLM configured, answers from the handbooks over the real
 * knowledge base.
 */
class ChatOfflineIT extends IntegrationTest {

	JsonNode chat(String message) throws Exception {
		return chat(message, null);
	}

	JsonNode chat(String message, String session) throws Exception {
		var body = this.json.createObjectNode().put("message", message);
		if (session != null) {
			body.put("sessionId", session);
		}
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void should_answer_the_unsigned_contract_question_with_double_wages_and_citations() throws Exception {
		JsonNode answer = chat("公司不给我签合同怎么办");
		assertThat(answer.path("mode").asString()).isIn("faq", "offline");
		assertThat(answer.path("answer").asString()).contains("二倍工资").contains("[1]");
		assertThat(answer.path("citations").get(0).path("legalBasis").toString()).contains("《劳动合同法》第八十二条");
		assertThat(answer.path("sessionId").asString()).startsWith("s-");
	}

	@Test
	void should_lead_with_the_calculation_when_the_question_carries_the_numbers() throws Exception {
		JsonNode answer = chat("月薪8000，干了3年4个月，被裁员，能拿多少补偿？");
		assertThat(answer.path("mode").asString()).isEqualTo("offline");
		assertThat(answer.path("answer").asString()).startsWith("【计算结果】").contains("28000").contains("计算依据");
		assertThat(answer.path("calculation").path("result").asDouble()).isEqualTo(28000.0);
		assertThat(answer.path("calculation").path("legalBasis").toString()).contains("《劳动合同法》第四十七条");
		assertThat(answer.path("citations").size()).isPositive();
	}

	@Test
	void should_say_which_number_is_missing() throws Exception {
		JsonNode answer = chat("被裁员了，能拿多少补偿？");
		assertThat(answer.path("answer").asString()).startsWith("要算出具体结果，还需要你告诉我").contains("月工资");
		assertThat(answer.path("calculation").isNull()).isTrue();
	}

	@Test
	void should_hand_off_an_injury_with_a_case_card() throws Exception {
		JsonNode answer = chat("我在北京的工地干活摔断了腿，老板不管，干了8个月了");
		JsonNode handoff = answer.path("handoff");
		assertThat(handoff.path("reason").asString()).isEqualTo("urgent-injury");
		assertThat(handoff.path("caseCard").path("facts").toString()).contains("时长：8个月").contains("地点：北京");
		assertThat(answer.path("answer").asString()).isNotBlank();
	}

	/**
	 * An emergency, or a request for a person, told in a conversation about something
	 * else: the answer leads with it, not with the topic before.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "在餐馆打工 老板不给加班费 | 老板把我锁在店里不让出去 | urgent-threat | 扣着人不让走",
					"老板拖了三个月工资不发 | 车间里五十多个人都没拿到 | urgent-mass-arrears | 好多工友一起被欠薪",
					"公司要把我调到外地去 | 能不能让工会的人跟我说说 | asked-for-person | 联系上工会" })
	void should_lead_with_the_emergency_told_mid_conversation(String first, String then, String reason, String passage)
			throws Exception {
		String session = chat(first).path("sessionId").asString();
		JsonNode answer = chat(then, session);
		assertThat(answer.path("handoff").path("reason").asString()).isEqualTo(reason);
		assertThat(answer.path("citations").get(0).path("id").asString()).contains(passage);
	}

	/**
	 * A new question whose search, read with the story before, leads with the passage
	 * just answered is not answered with it again: searched alone, it finds its own entry
	 * (until the eighteenth session it was asked back, with that entry among the
	 * choices).
	 */
	@Test
	void should_answer_a_new_question_from_its_own_entry_rather_than_repeat_the_last_answer() throws Exception {
		JsonNode first = chat("工地上包工头把大家的工资卡收了");
		String session = first.path("sessionId").asString();
		String answered = first.path("citations").get(0).path("id").asString();
		assertThat(answered).contains("工资卡社保卡收走了");
		JsonNode second = chat("那身份证他也拿着 合法吗", session);
		String cited = second.path("citations").get(0).path("id").asString();
		assertThat(cited).isNotEqualTo(answered).contains("扣我身份证");
		assertThat(second.path("suggestionKind").asString()).isNotEqualTo("clarify");
	}

	/**
	 * A follow-up that asks in much the last passage's own words wants it confirmed: it
	 * is answered from that passage again, not asked back.
	 */
	@Test
	void should_answer_again_a_follow_up_that_asks_in_the_last_passages_own_words() throws Exception {
		assertAnsweredAgain("我是干装修的 老板是个人", "他给我打了欠条", "欠条", "能直接去法院告他吗");
	}

	/**
	 * A question that points back at what was just said ("这算加班吗") is answered from the
	 * same passage, not asked back.
	 */
	@Test
	void should_answer_again_a_question_that_points_back_at_the_last_answer() throws Exception {
		assertAnsweredAgain("我在超市当收银", "店长让我们每天提前半小时到 不给钱", "提前半小时到岗", "这算加班吗");
	}

	/**
	 * After an opening and a first answer resting on a passage whose id contains
	 * {@code passage}, {@code followUp} is answered from that passage again, not asked
	 * back.
	 */
	private void assertAnsweredAgain(String opening, String trouble, String passage, String followUp) throws Exception {
		String session = chat(opening).path("sessionId").asString();
		JsonNode first = chat(trouble, session);
		String answered = first.path("citations").get(0).path("id").asString();
		assertThat(answered).contains(passage);
		JsonNode second = chat(followUp, session);
		assertThat(second.path("suggestionKind").asString()).isNotEqualTo("clarify");
		assertThat(second.path("citations").get(0).path("id").asString()).isEqualTo(answered);
	}

	/**
	 * A worker who only says where they work is asked what happened, with the handbook
	 * questions nearest to that work to tap, not handed over as "not found"; the fact
	 * told next is noted the same way; the trouble told then is answered from its own
	 * words.
	 */
	@Test
	void should_ask_a_worker_who_only_said_where_they_work_what_happened() throws Exception {
		JsonNode first = chat("我在快递站干分拣");
		String session = first.path("sessionId").asString();
		assertThat(first.path("answer").asString()).startsWith("好的。遇到什么事了？");
		assertThat(first.path("handoff").isMissingNode() || first.path("handoff").isNull()).isTrue();
		assertThat(first.path("suggestionKind").asString()).isEqualTo("clarify");
		assertThat(first.path("suggestions").size()).isBetween(2, 4);
		assertThat(first.path("citations").size()).isZero();
		JsonNode second = chat("干了三年了", session);
		assertThat(second.path("answer").asString()).startsWith("记下了：工作时间：3年").contains("遇到什么事了？");
		JsonNode third = chat("一直没给交社保", session);
		assertThat(third.path("suggestionKind").asString()).isNotEqualTo("clarify");
		assertThat(third.path("citations").get(0).path("id").asString())
			.startsWith("rights-handbook/social-insurance#");
		JsonNode fourth = chat("现在不想干了，能要补偿吗？", session);
		assertThat(fourth.path("answer").asString()).contains("3 个月");
	}

	/**
	 * "欠了我们三个月工资" after "在工地干活 老板跑了" is the trouble (not three months of service), and
	 * "一个月八千" after its answer only adds the wage: it is noted and the answer goes on
	 * from the same passage instead of handing the worker over as "not found".
	 */
	@Test
	void should_go_on_from_the_last_answer_when_a_worker_only_adds_a_fact() throws Exception {
		JsonNode first = chat("在工地干活 老板跑了");
		String session = first.path("sessionId").asString();
		JsonNode second = chat("欠了我们三个月工资", session);
		assertThat(second.path("answer").asString()).doesNotContain("工作时间");
		String answered = second.path("citations").get(0).path("id").asString();
		JsonNode third = chat("一个月八千", session);
		assertThat(third.path("answer").asString()).startsWith("记下了：月工资：8000元。").doesNotContain(FixedReplies.NOT_FOUND);
		assertThat(third.path("handoff").isMissingNode() || third.path("handoff").isNull()).isTrue();
		assertThat(third.path("citations").get(0).path("id").asString()).isEqualTo(answered);
	}

	/**
	 * A disability grade told as a bare "十级" after a work injury is noted, and the wage
	 * told next gives the one-time disability subsidy (Article 37 of the Work Injury
	 * Insurance Regulations: 7 months of the worker's own wage).
	 */
	@Test
	void should_reckon_the_disability_subsidy_from_a_grade_and_a_wage_told_in_pieces() throws Exception {
		JsonNode first = chat("干活被机器压伤了手 工伤认定下来了");
		String session = first.path("sessionId").asString();
		JsonNode grade = chat("十级", session);
		assertThat(grade.path("answer").asString()).contains("伤残等级：10级");
		JsonNode wage = chat("工资五千 能赔多少", session);
		assertThat(wage.path("calculation").path("calculator").asString()).isEqualTo("disability");
		assertThat(wage.path("calculation").path("result").decimalValue()).isEqualByComparingTo("35000");
		assertThat(wage.path("answer").asString()).contains("按你前面说的：伤残等级：10级").contains("7 个月的本人工资");
	}

	/**
	 * "这合法吗" after an answer asks about what was just said: it is answered from the same
	 * passage, not handed over as "not found" (its own words find nothing) nor asked
	 * back.
	 */
	@Test
	void should_answer_a_follow_up_that_names_nothing_from_what_it_follows() throws Exception {
		JsonNode first = chat("公司让我们每天提前半小时到岗开会 不算工时");
		String session = first.path("sessionId").asString();
		String answered = first.path("citations").get(0).path("id").asString();
		JsonNode legal = chat("这合法吗", session);
		assertThat(legal.path("suggestionKind").asString()).isNotEqualTo("clarify");
		assertThat(legal.path("citations").get(0).path("id").asString()).isEqualTo(answered);
	}

	/**
	 * "你好" opens a conversation: it is greeted and asked what happened, not declined as
	 * off-scope; "谢谢" after an answer is acknowledged, not declined either.
	 */
	@Test
	void should_greet_a_hello_and_acknowledge_thanks() throws Exception {
		JsonNode hello = chat("你好");
		assertThat(hello.path("answer").asString()).startsWith(FixedReplies.GREETING).contains("遇到什么事了？");
		assertThat(hello.path("suggestions").size()).isBetween(2, 4);
		String session = hello.path("sessionId").asString();
		JsonNode answer = chat("公司不跟我签劳动合同怎么办", session);
		assertThat(answer.path("citations").size()).isPositive();
		JsonNode thanks = chat("好的 谢谢", session);
		assertThat(thanks.path("answer").asString()).isEqualTo(FixedReplies.THANKS);
	}

	/**
	 * "我怀孕三个月了" alone is not answered with the leave after a miscarriage (which shares
	 * "不满4个月"), but asked back with the pregnancy questions; what the employer did next
	 * is read with it.
	 */
	@Test
	void should_ask_a_worker_who_only_said_she_is_pregnant_what_happened() throws Exception {
		JsonNode first = chat("我怀孕三个月了");
		assertThat(first.path("answer").asString()).contains("遇到什么事了？").contains("情况相近的人常问");
		assertThat(first.path("suggestionKind").asString()).isEqualTo("clarify");
		JsonNode second = chat("公司让我主动辞职", first.path("sessionId").asString());
		assertThat(second.path("citations").get(0).path("id").asString())
			.isEqualTo("rights-handbook/maternity-beijing#怀孕休产假喂奶期间公司能辞退我或者降我工资吗");
	}

	/**
	 * A nanny hired by a family hears, before a labour-law rule, that a family is not an
	 * employer under the labour laws; the same question from a shop worker does not.
	 */
	@Test
	void should_warn_a_nanny_that_labour_law_rules_may_not_apply() throws Exception {
		String session = chat("我是做保姆的 住在雇主家").path("sessionId").asString();
		JsonNode answer = chat("一个月就让休两天", session);
		// The schedule told is acknowledged first ("记下了：每月休息约2天。"), then the caveat
		// leads.
		assertThat(answer.path("answer").asString().replaceFirst("^记下了：[^\n]*\n+", ""))
			.startsWith(HouseholdCaveat.TEXT);
		String shop = chat("在超市当收银员").path("sessionId").asString();
		assertThat(chat("一个月就让休两天", shop).path("answer").asString()).doesNotContain("提醒：");
	}

	/**
	 * A message that only goes on with the story is read with the question before, not
	 * handed over as "not found", and what it told is acknowledged.
	 */
	@Test
	void should_read_a_message_that_goes_on_with_the_story_with_the_question_before() throws Exception {
		String session = chat("主管打电话说我明天不用去了").path("sessionId").asString();
		JsonNode answer = chat("都干了五年了 一直好好的", session);
		assertThat(answer.path("handoff").isMissingNode() || answer.path("handoff").isNull()).isTrue();
		assertThat(answer.path("answer").asString()).startsWith("记下了：工作时间：5年");
		assertThat(answer.path("citations").get(0).path("id").asString()).contains("明天别来了");
	}

	/**
	 * A trouble told after an introduction, for which the search in context found nothing
	 * reliable, is searched again as the self-contained question, not handed over.
	 */
	@Test
	void should_search_the_resolved_question_when_the_search_in_context_found_nothing_reliable() throws Exception {
		String session = chat("我是美团骑手").path("sessionId").asString();
		JsonNode answer = chat("站长说我迟到要罚款200", session);
		assertThat(answer.path("handoff").isMissingNode() || answer.path("handoff").isNull()).isTrue();
		assertThat(answer.path("citations").get(0).path("id").asString()).contains("扣钱罚款");
	}

}
