package cn.bjzgh.rights.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineComposerTest {

	static final Passage DOUBLE_WAGE = new Passage("rights-handbook/contract#a", "劳动合同", "职工维权手册", "contract",
			"问：不签合同怎么办？", "不签合同怎么办？", "超过一个月不签书面合同，公司每月要付二倍工资。\n\n最多算11个月。\n\n第三段细节。\n\n法律依据：《劳动合同法》第十条、第八十二条",
			List.of("《劳动合同法》第十条", "《劳动合同法》第八十二条"), 0.8, 0.05);

	static final Passage DEEMED = new Passage("rights-handbook/contract#b", "劳动合同", "职工维权手册", "contract", "问：满一年还不签呢？",
			"满一年还不签呢？", "满一年不签的，视为已经订立无固定期限劳动合同。\n\n法律依据：《劳动合同法》第十四条", List.of("《劳动合同法》第十四条"), 0.7, 0.04);

	static final Passage REGULATION = new Passage("laws/r#c", "实施条例要点", "法律法规要点", "contract", "《劳动合同法实施条例》第六条", null,
			"用人单位超过一个月不满一年未签的，应当支付二倍工资并补签。", List.of("《劳动合同法实施条例》第六条"), 0.5, 0.03);

	final OfflineComposer composer = new OfflineComposer();

	@Test
	void should_lead_with_the_best_answer_and_cite_every_point_for_a_worker() {
		OfflineComposer.Composed answer = this.composer.compose(List.of(DOUBLE_WAGE, DEEMED, REGULATION),
				Audience.WORKER);
		assertThat(answer.text()).startsWith("超过一个月不签书面合同，公司每月要付二倍工资。\n\n最多算11个月。 [1]")
			.doesNotContain("第三段细节")
			.contains("- 满一年还不签呢？ 满一年不签的，视为已经订立无固定期限劳动合同。 [2]")
			.contains("法律依据：《劳动合同法》第十条、第八十二条")
			.endsWith(OfflineComposer.HOTLINE_LINE);
		assertThat(answer.citations()).extracting(Citation::n).containsExactly(1, 2);
		assertThat(answer.citations()).extracting(Citation::id)
			.containsExactly("rights-handbook/contract#a", "rights-handbook/contract#b");
	}

	/**
	 * A worker's answer is the first two paragraphs, and the list the second announces:
	 * "你有两条路：" with nothing after it says nothing.
	 */
	@Test
	void a_list_the_short_answer_announces_comes_with_it() {
		assertThat(OfflineComposer.firstParagraphs("不行，签了也无效。\n\n你有两条路：\n\n- 继续干，要求补缴；\n- 辞职，要经济补偿。\n\n细节。", 2))
			.isEqualTo("不行，签了也无效。\n\n你有两条路：\n\n- 继续干，要求补缴；\n- 辞职，要经济补偿。");
		assertThat(OfflineComposer.firstParagraphs("第一段。\n\n第二段。\n\n第三段。", 2)).isEqualTo("第一段。\n\n第二段。");
	}

	@Test
	void a_bare_verdict_is_led_by_the_handbook_question_it_answers() {
		Passage uninsured = new Passage("rights-handbook/work-injury#x", "工伤与职业病", "职工维权手册", "injury",
				"问：单位没给上工伤保险，受了工伤就没人管了？", "单位没给上工伤保险，受了工伤就没人管了？",
				"不是。单位该参加工伤保险而没参加的，由单位自己支付全部工伤待遇。\n\n法律依据：《工伤保险条例》第六十二条", List.of("《工伤保险条例》第六十二条"), 0.6, 0.05);
		assertThat(this.composer.compose(List.of(uninsured), Audience.WORKER).text())
			.startsWith("**单位没给上工伤保险，受了工伤就没人管了？**\n不是。单位该参加工伤保险而没参加的");
		// An answer that says what it is about needs no heading.
		assertThat(this.composer.compose(List.of(DOUBLE_WAGE), Audience.WORKER).text()).startsWith("超过一个月不签书面合同");
		// A law section has no handbook question to show.
		assertThat(this.composer.compose(List.of(REGULATION), Audience.WORKER).text()).startsWith("用人单位超过一个月");
	}

	/**
	 * An answer worked out for the handbook question's own figures is shown under that
	 * question, so "每小时至少51.72元" is not read as the worker's rate.
	 */
	@Test
	void an_answer_worked_for_the_questions_own_figures_is_led_by_that_question() {
		Passage example = new Passage("rights-handbook/hours-overtime#y", "工时与加班", "职工维权手册", "overtime",
				"问：月薪6000元，加班一小时该给多少钱？", "月薪6000元，加班一小时该给多少钱？", "工作日延时加班，每小时至少51.72元。\n\n法律依据：《劳动法》第四十四条",
				List.of("《劳动法》第四十四条"), 0.6, 0.05);
		assertThat(this.composer.compose(List.of(example), Audience.WORKER).text())
			.startsWith("**月薪6000元，加班一小时该给多少钱？**\n工作日延时加班");
	}

	@Test
	void should_give_a_volunteer_the_whole_answer_and_every_legal_basis() {
		OfflineComposer.Composed answer = this.composer.compose(List.of(DOUBLE_WAGE, DEEMED, REGULATION),
				Audience.VOLUNTEER);
		assertThat(answer.text()).contains("第三段细节")
			.contains("[3]")
			.contains("法律依据：《劳动合同法》第十条、第八十二条、第十四条；《劳动合同法实施条例》第六条")
			.doesNotContain(OfflineComposer.HOTLINE_LINE);
		assertThat(answer.citations()).hasSize(3);
	}

	@Test
	void should_skip_passages_that_repeat_what_was_already_said() {
		Passage repeat = new Passage("x#d", "t", "职工维权手册", "contract", "问：？", "？", "超过一个月不签书面合同，公司每月要付二倍工资。", List.of(),
				0.6, 0.02);
		OfflineComposer.Composed answer = this.composer.compose(List.of(DOUBLE_WAGE, repeat), Audience.WORKER);
		assertThat(answer.citations()).hasSize(1);
		assertThat(answer.text()).doesNotContain("相关的还有");
	}

	@Test
	void should_return_a_handbook_answer_as_it_stands_for_a_close_match() {
		OfflineComposer.Composed faq = this.composer.faq(DOUBLE_WAGE);
		assertThat(faq.text()).startsWith("超过一个月不签书面合同，公司每月要付二倍工资。 [1]\n\n最多算11个月。").endsWith("法律依据：《劳动合同法》第十条、第八十二条");
		assertThat(faq.citations()).singleElement().satisfies((c) -> {
			assertThat(c.n()).isEqualTo(1);
			assertThat(c.legalBasis()).containsExactly("《劳动合同法》第十条", "《劳动合同法》第八十二条");
			assertThat(c.snippet()).doesNotContain("法律依据");
		});
	}

}
