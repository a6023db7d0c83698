package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.bjzgh.rights.calc.EndingReason;
import cn.bjzgh.rights.search.LuceneContentRetriever;
import dev.langchain4j.rag.content.Content;

/**
 * Many handbook questions are asked from one circumstance ("我是劳务派遣工，有没有年假？",
 * "试用期干活受了伤，能认定工伤吗？", "我是自己辞职的，能领失业金吗？"). When such a question and a general one rank
 * almost level, the answer should not lead with a circumstance the worker never told:
 * "年假俺有没有" is not asked by a dispatched worker, and "被公司辞了 想领失业金" contradicts "自己辞职".
 * Among the passages that rank within {@link #LEVEL} of the best, those whose question
 * names a circumstance that nothing in the conversation mentions go after the others; the
 * order is otherwise kept, and nothing further down moves.
 * <p>
 * The circumstances are listed by hand, each with the words by which workers tell it:
 * they are the handbook's own distinctions (who is asking, how the job ended, what the
 * employer failed to do), not a list of questions.
 */
final class Circumstances {

	/** Passages scoring at least this share of the best one rank almost level with it. */
	static final double LEVEL = 0.94;

	/** A circumstance as a handbook question names it, and as a worker tells it. */
	private record Circumstance(Pattern named, Pattern told) {

		static Circumstance of(String named, String told) {
			return new Circumstance(Pattern.compile(named), Pattern.compile(told));
		}

	}

	private static final List<Circumstance> ALL = List.of(Circumstance.of("派遣", "派遣|劳务公司|人力公司|外包|退回"),
			Circumstance.of("众包", "众包"),
			Circumstance.of("骑手|外卖|送单|跑单|送餐", "骑手|外卖|送单|跑单|送餐|美团|饿了么|众包|专送|平台|配送|闪送|跑腿|快递|接单|派单|站点|站长"),
			Circumstance.of("试用", "试用|转正|刚(?!才|刚)|才来|才上班|实习期|入职|进厂|一星期|一周|几天|[一二两三俩仨1-6]个?(多)?月"),
			Circumstance.of("实习", "实习|学生|毕业|学校"), Circumstance.of("计件", "计件|按件|一件"),
			Circumstance.of("怀孕|孕期|产假|哺乳|喂奶", "孕|产|哺乳|喂奶|生孩子|月子|怀上"), Circumstance.of("服务期", "服务期|培训"),
			Circumstance.of("竞业", "竞业|竟业"), Circumstance.of("医保", "医保|看病|医药费|报销|医疗"),
			Circumstance.of("审批|违规开工", "审批|违规|手续"), Circumstance.of("延长", "延长|延期|再试"),
			Circumstance.of("已经过了|过了试用期", "过了|转正|满了|到期"),
			// A medical period over, not one the worker is still in ("还在医疗期内呢").
			Circumstance.of("期满", "期满|满了|到期|到了|过了|结束|完了|用完|休完"),
			// What the employer said or did, named in the question.
			Circumstance.of("过期|作废", "过期|作废|清零|不算了|没了|不给休了"), Circumstance.of("已包含|包含加班费|包括加班费", "包含|包括|含|算在"),
			Circumstance.of("请假没批", "请假|没批|不批|假条"), Circumstance.of("个体工商户", "个体|执照|注册"),
			// The job ended by the employer, as a question tells it in the worker's words
			// ("老板突然不让我干了"): "没签合同能多要钱不" is not asked by a worker sent away. (The
			// handbook's 辞退 and 开除 are left out: measured, they cost more than they won.)
			Circumstance.of("不让我干了", "辞|开除|炒|不让.{0,3}干|让.{0,2}走|别来|不用来|不要我|走人|裁|解除|赶|撵|回家|不用干|干不成|滚"),
			// What befell the worker: detained by the police, taken ill at work.
			Circumstance.of("拘留|刑事", "拘留|派出所|公安|警察|抓|关了|判|刑|坐牢"), Circumstance.of("突发疾病|发病", "病|突发|晕|倒下|心脏|心梗|脑|猝死|抢救"),
			Circumstance.of("甲方|工程款", "甲方|工程款|钱没到|没结|没拨"), Circumstance.of("快到期|到期时", "到期|期满|续签|续订|不续|合同.{0,4}(满|完)"),
			Circumstance.of("年终奖|奖金", "年终|奖金|奖|十三薪|13薪|双薪|分红"),
			// Construction work and its chain of contractors.
			Circumstance.of("工地|农民工",
					"工地|建筑|包工头|工头|农民工|民工|苦力|力气活|小工|搬运|打工的|工程|施工|盖楼|钢筋|搬砖|瓦工|木工|架子|脚手架|项目部|甲方|水电|装修|塔吊"),
			Circumstance.of("包工头|发包", "包工头|工头|班组长|发包|分包|转包|承包|劳务队|赔不起|跑了"),
			Circumstance.of("旷工", "旷工|没去上班|没上班|不去上班|没来上班"), Circumstance.of("没(给我)?交(工伤|失业)?保险",
					"没交|不交|没缴|没上|不给交|不给上|没给交|没给上|断缴|没有社保|没社保|没保险|不上保险|没买|没给.{0,3}(上|交|买)|没参保|不给.{0,3}(上|交|买)"));

	/**
	 * A handbook question asked by a worker who quit ("我是自己辞职的，能领失业金吗？"), read for one
	 * whom the employer sent away ("被公司辞退了 能领失业金吗" ranked it first at 0.82): what the
	 * worker told contradicts it, and it goes after the first passage that is not so
	 * contradicted, however far apart they rank.
	 */
	private static final Pattern QUIT_NAMED = Pattern.compile("自己辞职|主动辞职|自己不干|自己走");

	private static final Pattern SENT_AWAY = Pattern
		.compile(EndingReason.SENT_AWAY_BY + "|被辞|辞退|开除|被裁|裁员|裁了|不要我|让我走|被开|炒了");

	private static final Pattern QUIT_TOLD = Pattern.compile("辞职|辞工|不干了|不想干|离职|自己走|主动");

	private Circumstances() {
	}

	/**
	 * {@code passages} with a first one that what the worker told contradicts put after
	 * the first that is not (of those, the first whose circumstance was told).
	 */
	static List<Passage> withoutContradiction(List<Passage> passages, String told) {
		if (passages.size() < 2 || !contradicted(passages.get(0), told)) {
			return passages;
		}
		int next = next(passages, told, true);
		if (next < 0) {
			next = next(passages, told, false);
		}
		if (next < 0) {
			return passages;
		}
		Passage lead = passages.get(next);
		List<Passage> ordered = new ArrayList<>();
		ordered.add(lead.withConfidence(Math.max(lead.confidence(), passages.get(0).confidence())));
		for (int j = 0; j < passages.size(); j++) {
			if (j != next) {
				ordered.add(passages.get(j));
			}
		}
		return ordered;
	}

	/**
	 * The index of the first question after the first that is not contradicted (and whose
	 * circumstance was told, if asked), or -1.
	 */
	private static int next(List<Passage> passages, String told, boolean circumstanceTold) {
		for (int i = 1; i < passages.size(); i++) {
			Passage p = passages.get(i);
			if (p.isQuestion() && !contradicted(p, told) && !(circumstanceTold && untoldCircumstance(p, told))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean contradicted(Passage passage, String told) {
		return passage.isQuestion() && QUIT_NAMED.matcher(passage.question()).find() && SENT_AWAY.matcher(told).find()
				&& !QUIT_TOLD.matcher(told).find();
	}

	/**
	 * {@code passages} with those ranking level with the best but asked from a
	 * circumstance not in {@code told} moved after the level ones that are not.
	 * @param byId each passage's retrieved content, which carries its score
	 * @param told everything the worker said in the conversation, this message and its
	 * resolved question included
	 */
	static List<Passage> preferTold(List<Passage> found, Map<String, Content> byId, String told) {
		List<Passage> passages = withoutContradiction(found, told);
		if (passages.size() < 2) {
			return passages;
		}
		double best = score(passages.get(0), byId);
		List<Passage> fitting = new ArrayList<>();
		List<Passage> untold = new ArrayList<>();
		int level = 0;
		while (level < passages.size() && score(passages.get(level), byId) >= best * LEVEL) {
			Passage p = passages.get(level);
			(untoldCircumstance(p, told) || contradicted(p, told) ? untold : fitting).add(p);
			level++;
		}
		if (fitting.isEmpty() || untold.isEmpty()) {
			return passages;
		}
		// The search's confidence was in what ranks first, and it ranked these level: the
		// passage that now leads keeps that confidence.
		List<Passage> ordered = new ArrayList<>();
		Passage lead = fitting.get(0);
		ordered.add(lead.withConfidence(Math.max(lead.confidence(), passages.get(0).confidence())));
		ordered.addAll(fitting.subList(1, fitting.size()));
		ordered.addAll(untold);
		ordered.addAll(passages.subList(level, passages.size()));
		return ordered;
	}

	/** Whether the passage's question names a circumstance that {@code told} does not. */
	static boolean untoldCircumstance(Passage passage, String told) {
		if (!passage.isQuestion()) {
			return false;
		}
		for (Circumstance c : ALL) {
			if (c.named().matcher(passage.question()).find() && !c.told().matcher(told).find()) {
				return true;
			}
		}
		return false;
	}

	private static double score(Passage passage, Map<String, Content> byId) {
		Content content = byId.get(passage.id());
		Double score = (content == null) ? null
				: content.textSegment().metadata().getDouble(LuceneContentRetriever.META_SCORE);
		return (score == null) ? 0 : score;
	}

}
