package cn.bjzgh.rights.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdCaveatTest {

	static final FactExtractor FACTS = new FactExtractor();

	static final Passage REST_DAYS = passage("rights-handbook/holidays-sick-leave#公司一个月都不让休一天合法吗", "公司一个月都不让休一天，合法吗？");

	static final Passage NANNY = passage("rights-handbook/contract-rules#在雇主家当保姆跟雇主算劳动关系吗", "在雇主家当保姆，跟雇主算劳动关系吗？");

	static Passage passage(String id, String question) {
		return new Passage(id, "手册", "职工维权手册", "contract", "问：" + question, question, "答。", List.of(), 0.8, 0.9);
	}

	/** The case file after the worker said these messages, one per turn. */
	static CaseFile after(String... messages) {
		CaseFile file = CaseFile.EMPTY;
		for (String m : messages) {
			file = file.nextTurn(FACTS.read(m, file));
		}
		return file;
	}

	@Test
	void should_warn_a_worker_hired_by_a_family_before_a_labour_law_rule() {
		assertThat(after("我是做保姆的 住在雇主家").get(Fact.HOUSEHOLD)).contains("family");
		assertThat(HouseholdCaveat.before(after("我是做保姆的 住在雇主家", "一个月就让休两天"), REST_DAYS))
			.isEqualTo(HouseholdCaveat.TEXT);
	}

	@Test
	void should_not_warn_before_the_entries_on_household_work_or_anyone_else() {
		assertThat(HouseholdCaveat.before(after("我是住家保姆"), NANNY)).isEmpty();
		assertThat(HouseholdCaveat.before(after("在超市当收银员", "一个月就让休两天"), REST_DAYS)).isEmpty();
		assertThat(HouseholdCaveat.before(after("我是住家保姆"), null)).isEmpty();
	}

	@Test
	void should_not_warn_a_worker_sent_by_a_domestic_service_company() {
		CaseFile sent = after("我是做月嫂的", "是家政公司派过去的");
		assertThat(sent.get(Fact.HOUSEHOLD)).contains("agency");
		assertThat(HouseholdCaveat.before(sent, REST_DAYS)).isEmpty();
		assertThat(after("家政公司派我去雇主家当保姆").get(Fact.HOUSEHOLD)).contains("agency");
	}

}
