package cn.bjzgh.rights.chat;

import org.junit.jupiter.api.Test;

import static cn.bjzgh.rights.chat.HouseholdCaveatTest.after;
import static org.assertj.core.api.Assertions.assertThat;

class PregnancyCaveatTest {

	static final Passage SEVEN_MONTHS = HouseholdCaveatTest
		.passage("rights-handbook/special-groups#怀孕7个多月了公司还让我加班上夜班合法吗", "怀孕7个多月了，公司还让我加班、上夜班，合法吗？");

	@Test
	void should_read_how_far_along_a_pregnancy_is() {
		assertThat(after("我老婆在厂里上班 怀孕五个月了").get(Fact.PREGNANCY_MONTHS)).contains("5");
		assertThat(after("孕28周了").get(Fact.PREGNANCY_MONTHS)).contains("7");
		assertThat(after("怀了7个多月").get(Fact.PREGNANCY_MONTHS)).contains("7");
		assertThat(after("怀孕了").has(Fact.PREGNANCY_MONTHS)).isFalse();
	}

	@Test
	void should_warn_a_worker_short_of_seven_months_before_the_rule_for_seven_months_and_after() {
		String caveat = Caveats.before(after("怀孕五个月了", "厂里让上夜班"), SEVEN_MONTHS);
		assertThat(caveat).startsWith("提醒：你说的是怀孕5个月。").contains("第六条");
		// Not from the seventh month, not when the months are unknown, not before another
		// passage.
		assertThat(Caveats.before(after("怀孕七个多月了", "厂里让上夜班"), SEVEN_MONTHS)).isEmpty();
		assertThat(Caveats.before(after("怀孕了", "厂里让上夜班"), SEVEN_MONTHS)).isEmpty();
		assertThat(Caveats.before(after("怀孕五个月了"), HouseholdCaveatTest.REST_DAYS)).isEmpty();
	}

}
