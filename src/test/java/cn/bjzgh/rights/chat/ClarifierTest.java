package cn.bjzgh.rights.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClarifierTest {

	final Clarifier clarifier = new Clarifier(8, 0.02);

	static Passage passage(String id, String category, String question, double similarity) {
		return new Passage(id, "t", "职工维权手册", category, "问：" + question, question, "答。", List.of(), similarity, 0.03);
	}

	static final Passage LEAVE = passage("h/leave#a", "leave", "年假一年能休几天？", 0.61);

	static final Passage SICK = passage("h/sick#b", "holidays", "病假工资怎么算？", 0.60);

	static final Passage MATERNITY = passage("h/maternity#c", "maternity", "产假有多少天？", 0.595);

	@Test
	void should_ask_back_when_a_short_question_matches_different_topics_equally() {
		assertThat(this.clarifier.choices("请假", List.of(LEAVE, SICK, MATERNITY))).extracting(Suggestion::id)
			.containsExactly("h/leave#a", "h/sick#b", "h/maternity#c");
	}

	@Test
	void should_answer_a_question_that_says_enough() {
		assertThat(this.clarifier.choices("我想请假回老家结婚，能休几天", List.of(LEAVE, SICK))).isEmpty();
	}

	@Test
	void should_answer_when_the_best_passages_share_a_topic_or_one_is_clearly_closer() {
		Passage otherLeave = passage("h/leave#d", "leave", "年假没休完能折钱吗？", 0.60);
		assertThat(this.clarifier.choices("年假能不能折成钱", List.of(LEAVE, otherLeave))).isEmpty();
		Passage far = passage("h/sick#e", "holidays", "病假工资怎么算？", 0.50);
		assertThat(this.clarifier.choices("请假要扣钱吗", List.of(LEAVE, far))).isEmpty();
	}

	@Test
	void should_answer_when_the_search_is_sure_of_its_first_passage() {
		Passage holiday = new Passage("h/hours#h", "t", "职工维权手册", "hours", "问：春节、国庆长假里上班，哪几天能拿三倍工资？",
				"春节、国庆长假里上班，哪几天能拿三倍工资？", "答。", List.of(), 0.61, 0.99);
		Passage days = passage("h/holidays#d", "holidays", "一年有几天法定节假日？放假那几天扣不扣工资？", 0.60);
		assertThat(this.clarifier.choices("国庆加了三天班", List.of(holiday, days))).isEmpty();
		// Less sure, the same two are asked about.
		assertThat(this.clarifier.choices("国庆加了三天班",
				List.of(passage("h/hours#h", "hours", "春节、国庆长假里上班，哪几天能拿三倍工资？", 0.61), days)))
			.hasSize(2);
	}

	@Test
	void should_ask_which_question_a_bare_topic_means() {
		Passage otherLeave = passage("h/leave#d", "leave", "年假没休完能折钱吗？", 0.40);
		assertThat(this.clarifier.choices("年假", List.of(LEAVE, otherLeave))).extracting(Suggestion::text)
			.containsExactly("年假一年能休几天？", "年假没休完能折钱吗？");
		// Pronouns and particles name nothing: "我被开除了" is as bare as "被开除".
		Passage police = passage("h/dismissal#p", "dismissal", "被公安拘留了几天，公司能因此开除我吗？", 0.80);
		Passage misconduct = passage("h/dismissal#m", "dismissal", "公司说我严重违纪把我开了，合法吗？", 0.62);
		assertThat(this.clarifier.choices("我被开除了", List.of(police, misconduct))).hasSize(2);
		assertThat(this.clarifier.choices("我被开除了，说我旷工三天", List.of(police, misconduct))).isEmpty();
	}

	@Test
	void should_offer_the_other_questions_first_instead_of_the_one_just_answered() {
		assertThat(this.clarifier.instead(List.of(LEAVE, SICK, MATERNITY), "h/leave#a")).extracting(Suggestion::id)
			.containsExactly("h/sick#b", "h/maternity#c", "h/leave#a");
		assertThat(this.clarifier.instead(List.of(LEAVE), "h/leave#a")).as("no other question: nothing to ask")
			.isEmpty();
	}

	@Test
	void should_offer_other_handbook_questions_as_related_ones() {
		assertThat(this.clarifier.related(List.of(LEAVE, SICK, MATERNITY, LEAVE), "h/leave#a"))
			.extracting(Suggestion::text)
			.containsExactly("病假工资怎么算？", "产假有多少天？");
	}

}
