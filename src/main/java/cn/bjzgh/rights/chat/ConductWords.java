package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the employer did, told in earlier turns, as the search words a claim turns on
 * ("单位没交社保", "被辞退"…): carried into a question that does not repeat it
 * ({@link FollowUpResolver}).
 */
final class ConductWords {

	private ConductWords() {
	}

	/** The employer's conduct told earlier and not repeated now, as search words. */
	static String of(CaseFile state, String text) {
		List<String> words = new ArrayList<>();
		endings(state, text, words);
		add(state, Fact.RELOCATION, StoryContext.RELOCATION_WORDS, text, "搬|迁", words);
		if (!state.endedByEmployer()) {
			// Only when the employer did not end the job itself does its failure to pay
			// decide the claim (the worker resigns over it).
			add(state, Fact.NO_SOCIAL_INSURANCE, "单位没交社保", text, "社保|社宝|保险", words);
			add(state, Fact.UNPAID_WAGES, "拖欠工资", text, "欠|拖|不发|没发", words);
		}
		add(state, Fact.PREGNANT, "怀孕", text, "孕|产", words);
		// Part-time work ends at any time with nothing owed (Art. 71): it decides the
		// claim.
		add(state, Fact.PART_TIME, "小时工 非全日制", text, "小时工|非全日制|钟点工", words);
		add(state, Fact.INJURED, "工伤", text, "伤", words);
		if ("unsigned".equals(state.get(Fact.CONTRACT).orElse(null)) && !text.contains("合同")) {
			words.add("没签合同");
		}
		return String.join(" ", words);
	}

	/** How the employer ended the job, as search words not already in {@code text}. */
	static void endings(CaseFile state, String text, List<String> out) {
		add(state, Fact.LAYOFF, "被裁员", text, "裁", out);
		add(state, Fact.DISMISSED, "被辞退", text, "辞退|开除|炒", out);
		add(state, Fact.MUTUAL, "单位提出协商解除", text, "协商", out);
		add(state, Fact.NOT_RENEWED, "合同到期不续签", text, "续", out);
	}

	static void add(CaseFile state, Fact fact, String words, String text, String already, List<String> out) {
		if (state.has(fact) && !Pattern.compile(already).matcher(text).find()) {
			out.add(words);
		}
	}

}
