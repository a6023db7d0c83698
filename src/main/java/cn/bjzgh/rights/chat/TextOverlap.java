package cn.bjzgh.rights.chat;

import java.util.HashSet;
import java.util.Set;

/**
 * Character-bigram Dice overlap of two short Chinese texts, ignoring punctuation.
 * Sentence embeddings score "公司不给我签合同" and "公司让我签合同我不想签" as near-identical; the words
 * they share tell them apart, so the FAQ shortcut requires both.
 */
final class TextOverlap {

	private TextOverlap() {
	}

	static double dice(String a, String b) {
		Set<String> x = bigrams(a);
		Set<String> y = bigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String g : x) {
			if (y.contains(g)) {
				shared++;
			}
		}
		return 2.0 * shared / (x.size() + y.size());
	}

	/** The share of {@code part}'s bigrams found in {@code whole}. */
	static double containment(String part, String whole) {
		Set<String> x = bigrams(part);
		if (x.isEmpty()) {
			return 0;
		}
		Set<String> y = bigrams(whole);
		return (double) x.stream().filter(y::contains).count() / x.size();
	}

	private static Set<String> bigrams(String text) {
		StringBuilder clean = new StringBuilder();
		text.codePoints().filter(Character::isLetterOrDigit).forEach(clean::appendCodePoint);
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < clean.length(); i++) {
			grams.add(clean.substring(i, i + 2));
		}
		return grams;
	}

}
