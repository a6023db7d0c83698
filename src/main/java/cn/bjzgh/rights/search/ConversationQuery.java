package cn.bjzgh.rights.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A message with the earlier messages of its conversation behind it, most recent first,
 * each weighing {@code decay} times as much as the one after it (the message itself
 * weighs 1): how a follow-up is searched without an earlier message outweighing what it
 * asks now.
 *
 * @param texts the message, then the earlier messages, most recent first
 * @param weights each text's weight
 */
record ConversationQuery(List<String> texts, double[] weights) {

	/**
	 * How many earlier messages the keyword search reads (the embedding reads every one).
	 * BM25's time grows with every text (about 1.5 ms alone, 7 ms with five earlier
	 * messages, longer than the embedding it runs beside); with the two latest the
	 * conversation set's answers were the same as with all of them (README).
	 */
	static final int KEYWORD_CONTEXT = 2;

	static ConversationQuery of(String message, List<String> earlier, double decay) {
		List<String> texts = new ArrayList<>(earlier.size() + 1);
		texts.add(message);
		texts.addAll(earlier);
		double[] weights = new double[texts.size()];
		weights[0] = 1;
		for (int i = 1; i < weights.length; i++) {
			weights[i] = weights[i - 1] * decay;
		}
		return new ConversationQuery(List.copyOf(texts), weights);
	}

	/** The texts the keyword search reads: the message and the latest earlier ones. */
	List<String> keywordTexts() {
		return this.texts.subList(0, Math.min(this.texts.size(), 1 + KEYWORD_CONTEXT));
	}

	/**
	 * The weighted sum of every text's embedding, normalised; {@code embed} gives a
	 * text's (normalised) embedding.
	 */
	float[] vector(Function<String, float[]> embed) {
		float[] sum = null;
		for (int i = 0; i < this.texts.size(); i++) {
			float[] v = embed.apply(this.texts.get(i));
			if (sum == null) {
				sum = new float[v.length];
			}
			for (int d = 0; d < v.length; d++) {
				sum[d] += (float) (this.weights[i] * v[d]);
			}
		}
		return PassageTable.normalised(sum);
	}

	/** Every text, for the features that look for words anywhere in the conversation. */
	String words() {
		return String.join(" ", this.texts);
	}

}
