package cn.bjzgh.rights.chat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.bjzgh.rights.search.LuceneContentRetriever;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallPartsTest {

	@Test
	void session_ids_are_random_and_checked_by_format() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String id = SessionIds.next();
			assertThat(SessionIds.isValid(id)).isTrue();
			ids.add(id);
		}
		assertThat(ids).hasSize(1000);
		assertThat(SessionIds.isValid("s-short")).isFalse();
		assertThat(SessionIds.isValid("x-AAAAAAAAAAAAAAAAAAAAAA")).isFalse();
		assertThat(SessionIds.isValid("s-AAAAAAAAAAAAAAAAAAAA<>")).isFalse();
		assertThat(SessionIds.isValid(null)).isFalse();
	}

	@Test
	void a_turn_is_searched_with_its_own_words_and_the_earlier_messages_a_search_again_with_its_question() {
		UserMessage user = UserMessage.from("人在北京");
		CaseFile state = CaseFile.EMPTY
			.withResolution(new Resolution("合同上写四千 试用只发三千二 人在北京", Resolution.Kind.FRAGMENT, "人在北京"));
		CaseFileQueryTransformer transformer = new CaseFileQueryTransformer();
		CaseFileQueryTransformer.InContext inContext = new CaseFileQueryTransformer.InContext("人在北京",
				List.of("合同上写四千 试用只发三千二", "刚入职 试用期工资只给八成"));
		Query query = Query.from("人在北京", CaseFileQueryTransformer.metadata(user, "s", List.of(), state, inContext));
		Query searched = transformer.transform(query).iterator().next();
		assertThat(searched.text()).isEqualTo("人在北京");
		assertThat((List<String>) searched.metadata().invocationParameters().get(LuceneContentRetriever.EARLIER))
			.containsExactly("合同上写四千 试用只发三千二", "刚入职 试用期工资只给八成");

		Query again = Query.from("人在北京", CaseFileQueryTransformer.metadata(user, "s", List.of(), state, null));
		Query searchedAgain = transformer.transform(again).iterator().next();
		assertThat(searchedAgain.text()).isEqualTo("合同上写四千 试用只发三千二 人在北京");
		assertThat(searchedAgain.metadata().invocationParameters().containsKey(LuceneContentRetriever.EARLIER))
			.isFalse();
	}

	@Test
	void bigram_overlap_tells_opposite_questions_apart() {
		assertThat(TextOverlap.dice("公司不给我签合同怎么办", "公司不跟我签劳动合同，怎么办？")).isGreaterThanOrEqualTo(0.5);
		assertThat(TextOverlap.dice("公司不给我签合同怎么办", "公司让我签合同，我不想签会怎样？")).isLessThan(0.5);
		assertThat(TextOverlap.dice("", "任何")).isZero();
		// A short follow-up made of part of the question just answered asks it again.
		assertThat(TextOverlap.containment("工资怎么发", "公司停工停产让我们回家等通知，工资怎么发？")).isEqualTo(1.0);
		assertThat(TextOverlap.containment("身份证呢 也收了", "包工头把我们的工资卡、社保卡收走了，合法吗？")).isLessThan(Router.ASKED_AGAIN);
		assertThat(TextOverlap.containment("", "任何")).isZero();
	}

	@Test
	void memory_store_keeps_only_the_most_recent_conversations() {
		BoundedChatMemoryStore store = new BoundedChatMemoryStore(2);
		store.updateMessages("a", List.of(UserMessage.from("1")));
		store.updateMessages("b", List.of(UserMessage.from("2")));
		store.getMessages("a");
		store.updateMessages("c", List.of(UserMessage.from("3")));
		assertThat(store.contains("a")).isTrue();
		assertThat(store.contains("b")).isFalse();
		assertThat(store.contains("c")).isTrue();
		assertThat(store.size()).isEqualTo(2);
	}

	@Test
	void legal_basis_is_grouped_by_law_like_the_handbook_writes_it() {
		assertThat(OfflineComposer.groupByLaw(List.of("《劳动合同法》第十条", "《劳动合同法》第八十二条", "《劳动合同法实施条例》第六条")))
			.isEqualTo("《劳动合同法》第十条、第八十二条；《劳动合同法实施条例》第六条");
	}

}
