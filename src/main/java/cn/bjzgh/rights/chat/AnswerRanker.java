package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts first the passage that answers what was asked, not merely the nearest topic.
 * Retrieval's fused scores of the top candidates often differ in the fourth decimal, so
 * among the candidates close to the best, the one whose handbook question asks the same
 * thing (how much, how long, is it allowed, what to do) and shares the worker's words
 * wins.
 */
class AnswerRanker {

	/** The kinds of thing a question asks, each with the words that ask it. */
	enum Ask {

		AMOUNT("多少钱|怎么算|怎么计算|咋算|赔多少|给多少|拿多少|多少工资|几倍|标准|发多少|算多少|多少"), DURATION("多久|多长|几天|几个月|几年|多少天|期限|最长|最晚|时间"),
		ALLOWED("合法|违法|能这样|可以这样|可以吗|行吗|允许|有权|算不算|是不是|有没有|能不能|要不要|犯法|正常吗|对吗|能.{0,6}吗"),
		ACTION("怎么办|咋办|咋整|去哪|找谁|怎么告|告他|投诉|维权|怎么要|怎么讨|怎么处理|怎么弄|怎么申请|如何|流程|材料");

		private final Pattern pattern;

		Ask(String regex) {
			this.pattern = Pattern.compile(regex);
		}

		boolean in(String text) {
			return text != null && this.pattern.matcher(text).find();
		}

	}

	/** Candidates whose fused score is within this share of the best are re-ordered. */
	private final double window;

	/** Weight of the worker's words shared with the handbook question. */
	private final double wordWeight;

	/** Weight of asking the same kind of thing. */
	private final double askWeight;

	AnswerRanker(double window, double wordWeight, double askWeight) {
		this.window = window;
		this.wordWeight = wordWeight;
		this.askWeight = askWeight;
	}

	List<Passage> rank(String question, List<Passage> passages) {
		if (passages.size() < 2) {
			return passages;
		}
		double best = passages.get(0).score();
		List<Passage> close = new ArrayList<>();
		List<Passage> rest = new ArrayList<>();
		for (Passage p : passages) {
			if (p.isQuestion() && best > 0 && p.score() >= best * (1 - this.window)) {
				close.add(p);
			}
			else {
				rest.add(p);
			}
		}
		if (close.size() < 2) {
			return passages;
		}
		close.sort(Comparator.comparingDouble((Passage p) -> -value(question, p, best)));
		List<Passage> out = new ArrayList<>(passages.size());
		out.addAll(close);
		out.addAll(rest);
		// Keep the original order of the rest after the re-ordered head.
		out.sort(Comparator.comparingInt((Passage p) -> close.contains(p) ? 0 : 1));
		return out;
	}

	double value(String question, Passage p, double best) {
		double v = p.score() / best;
		v += this.wordWeight * TextOverlap.dice(question, p.question());
		for (Ask ask : Ask.values()) {
			if (ask.in(question) && ask.in(p.question())) {
				v += this.askWeight;
			}
		}
		return v;
	}

}
