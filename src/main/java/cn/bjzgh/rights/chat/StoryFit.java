package cn.bjzgh.rights.chat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether the first passage fits the story the worker told in earlier turns when the
 * search alone is not confident in it: "能给补偿不" after "厂子要搬到河北去" ranks the entry on a
 * workplace that moves away level with the one on resigning, and the search's confidence
 * is split between them; the conversation is not. The first passage fits when its
 * handbook question names what the worker told earlier (the employer's conduct, a
 * pregnancy, an injury, platform or household work) and the second one does not.
 */
final class StoryFit {

	/**
	 * Below this confidence the first passage is not taken even when it fits the story:
	 * the search must still rank it as a likely answer (measured on the tuned
	 * conversations, see the README).
	 */
	static final double FLOOR = 0.35;

	/** What the worker told, and how a handbook question names it. */
	private static final Map<Fact, Pattern> NAMED = Map.of(Fact.RELOCATION, Pattern.compile("搬|迁|外地"), Fact.LAYOFF,
			Pattern.compile("裁"), Fact.DISMISSED, Pattern.compile("辞退|开除|不让我干|让我走"), Fact.NOT_RENEWED,
			Pattern.compile("续签|续订|到期"), Fact.UNPAID_WAGES, Pattern.compile("欠|拖|不发|没发"), Fact.NO_SOCIAL_INSURANCE,
			Pattern.compile("社保|保险"), Fact.PREGNANT, Pattern.compile("怀孕|孕期|产假|哺乳"), Fact.INJURED, Pattern.compile("伤"),
			Fact.PLATFORM, Pattern.compile("骑手|外卖|快递|平台|跑单|众包"), Fact.HOUSEHOLD, Pattern.compile("保姆|家政|育儿嫂|月嫂"));

	private StoryFit() {
	}

	static boolean fits(CaseFile state, List<Passage> passages) {
		if (passages.isEmpty() || state.turn() < 2) {
			return false;
		}
		Passage top = passages.get(0);
		if (!top.isQuestion() || top.confidence() < FLOOR) {
			return false;
		}
		Passage second = (passages.size() > 1) ? passages.get(1) : null;
		return NAMED.entrySet()
			.stream()
			.anyMatch((e) -> state.earlier(e.getKey()) && e.getValue().matcher(top.question()).find()
					&& (second == null || !second.isQuestion() || !e.getValue().matcher(second.question()).find()));
	}

}
