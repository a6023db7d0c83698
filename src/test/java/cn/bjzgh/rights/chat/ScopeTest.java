package cn.bjzgh.rights.chat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "租的房子到期了 房东扣着押金不还, OTHER", "车被人追尾 对方保险公司拖着不赔, OTHER", "网上买的鞋开胶了 商家不给退货, OTHER",
			"给我妈找养老院 一个月得多少钱, OTHER", "信用卡逾期了会上征信吗, OTHER", "路由器是怎么工作的, OTHER", "在保险公司做客服 天天加班没有加班费, LABOUR",
			"物业公司招的保安 一个月只休两天, LABOUR", "公司给我们买的意外险 出了事钱被公司领走了, LABOUR", "养老院护工 夜班费一直不给, LABOUR",
			"下班路上电动车被撞了 交警说对方全责 算工伤吗, LABOUR", "老板扣着押金不给, LABOUR", "跑闪送的 被车刮了 对方跑了, LABOUR", "出差去天津的路上出车祸了, LABOUR",
			"我在搬家公司干 摔下楼梯 腰伤了 住院半个月, LABOUR", "开车送货的 公司说我车撞坏了 每个月扣我一千五赔修车钱, LABOUR", "搬家公司把我家柜子磕坏了不赔, OTHER",
			"我爸在北京干装修 没合同 从梯子上摔了 老板给了五千就不管了, LABOUR", "新房装修 工人把墙刷坏了, OTHER", "交警扣了我12分 罚款两百, OTHER",
			"明天吃什么好, UNKNOWN" })
	void should_tell_work_from_other_parts_of_life(String question, Scope.Verdict verdict) {
		assertThat(Scope.of(question)).isEqualTo(verdict);
	}

	/**
	 * The lists of other domains must never reach into labour questions: every question
	 * the knowledge base answers, in every way it is asked, stays in scope.
	 */
	@Test
	void no_question_of_the_knowledge_base_is_judged_outside_the_scope() throws Exception {
		List<String> outside = new ArrayList<>();
		int asked = 0;
		for (Chunk chunk : new KnowledgeLoader(600).load(Path.of("knowledge")).chunks()) {
			if (!chunk.isQuestion()) {
				continue;
			}
			List<String> ways = new ArrayList<>(chunk.phrasings());
			ways.add(chunk.question());
			for (String way : ways) {
				asked++;
				if (Scope.of(way) == Scope.Verdict.OTHER) {
					outside.add(chunk.id() + " «" + way + "»");
				}
			}
		}
		assertThat(asked).isGreaterThan(2000);
		assertThat(outside).isEmpty();
	}

}
