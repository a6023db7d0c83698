package cn.bjzgh.rights.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConversationQueryTest {

	@Test
	void each_earlier_message_weighs_the_decay_times_the_one_after_it() {
		ConversationQuery q = ConversationQuery.of("人在北京", List.of("合同上写四千", "试用只给八成", "刚入职"), 0.5);
		assertThat(q.weights()).containsExactly(1, 0.5, 0.25, 0.125);
		assertThat(q.keywordTexts()).containsExactly("人在北京", "合同上写四千", "试用只给八成");
		assertThat(q.words()).isEqualTo("人在北京 合同上写四千 试用只给八成 刚入职");
	}

	@Test
	void the_vector_is_the_normalised_weighted_sum_of_the_messages_vectors() {
		Map<String, float[]> vectors = Map.of("a", new float[] { 1, 0 }, "b", new float[] { 0, 1 });
		float[] v = ConversationQuery.of("a", List.of("b"), 0.5).vector(vectors::get);
		// (1, 0.5) normalised
		assertThat(v[0]).isCloseTo((float) (1 / Math.sqrt(1.25)), within(1e-6f));
		assertThat(v[1]).isCloseTo((float) (0.5 / Math.sqrt(1.25)), within(1e-6f));
	}

}
