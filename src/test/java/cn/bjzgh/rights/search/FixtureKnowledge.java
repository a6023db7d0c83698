package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * A small knowledge folder for retrieval tests, and one embedding model shared by them.
 */
final class FixtureKnowledge {

	static final EmbeddingModel MODEL = new BgeSmallZhModel(null, 1);

	static final String PROBATION = """
			---
			title: 试用期
			source: 职工维权手册
			category: probation
			region: 全国
			effective: 2013-07-01
			updated: 2026-11-24
			---

			# 试用期

			## 问：试用期最长能约定多久？

			试用期长短跟合同期限挂钩：三年以上的合同最长六个月，一年以上不满三年的最长两个月。

			法律依据：《劳动合同法》第十九条

			## 问：试用期工资最低能给多少？

			不得低于同岗位最低档工资或者合同约定工资的百分之八十，也不得低于当地最低工资标准。

			法律依据：《劳动合同法》第二十条
			""";

	static final String DISMISSAL = """
			---
			title: 解除劳动合同
			source: 职工维权手册
			category: dismissal
			region: 全国
			effective: 2013-07-01
			updated: 2026-11-24
			---

			# 解除劳动合同

			## 问：公司违法解除劳动合同怎么赔？

			用人单位违法解除劳动合同，劳动者可以要求继续履行，也可以要求按经济补偿标准的二倍支付赔偿金。

			法律依据：《劳动合同法》第四十八条、第八十七条
			""";

	static final String LEAVE = """
			---
			title: 年休假
			source: 职工维权手册
			category: leave
			region: 全国
			effective: 2008-01-01
			updated: 2026-11-24
			---

			# 年休假

			## 问：带薪年休假一年有几天？

			相似问法：
			- 俺一年能歇几天带工资的假
			- 年价有几天
			- 在厂里干了好些年 每年能休多久

			累计工作满一年不满十年的五天，满十年不满二十年的十天，满二十年的十五天。

			法律依据：《职工带薪年休假条例》第三条
			""";

	static final String UNION = """
			---
			title: 工会服务
			source: 工会服务指南
			category: union-services
			region: 北京
			effective: 2022-01-01
			updated: 2026-11-24
			sources:
			  - publisher: 北京市总工会
			    date: 2024-05-01
			    title: 12351职工服务热线介绍
			---

			# 工会服务

			## 问：遇到侵权找哪个热线？

			可以拨打职工维权服务热线12351，由工会提供法律咨询。

			法律依据：《工会法》第二十二条
			""";

	private FixtureKnowledge() {
	}

	static void write(Path dir, String rel, String content) throws IOException {
		Path file = dir.resolve(rel);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	static void writeAll(Path dir) throws IOException {
		write(dir, "rights-handbook/probation.md", PROBATION);
		write(dir, "rights-handbook/dismissal.md", DISMISSAL);
		write(dir, "rights-handbook/leave.md", LEAVE);
		write(dir, "service-guide/union.md", UNION);
		write(dir, "synonyms.txt", "炒鱿鱼, 被开了, 辞退, 解除劳动合同\n年假, 带薪年休假\n");
	}

}
