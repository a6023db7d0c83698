package cn.bjzgh.rights.search;

import java.nio.file.Path;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retrieval settings.
 *
 * @param indexDir where the Lucene index (text and vectors) is kept between runs (env
 * {@code INDEX_DIR})
 * @param candidates how many hits each of the keyword and vector searches contributes to
 * fusion
 * @param questionBoost BM25 weight of a Q&amp;A chunk's question relative to its answer
 * text
 * @param headingBoost BM25 weight of the heading path relative to the passage text
 * @param embeddingThreads threads used to embed passages while indexing
 * @param onnxThreads ONNX Runtime threads for one inference (one query or passage); the
 * default 1 lets parallel requests use the cores instead of one inference taking them all
 * @param contextDecay how much each earlier message of a conversation weighs in a
 * follow-up's search, relative to the message itself: the one before counts this much,
 * the one before that its square, and so on (0 searches the message alone)
 */
@Validated
@ConfigurationProperties("rights.search")
public record SearchProperties(@NotNull @DefaultValue("data/index") Path indexDir,
		@Min(5) @Max(200) @DefaultValue("40") int candidates,
		@DecimalMin("1.0") @DefaultValue("3.0") float questionBoost,
		@DecimalMin("1.0") @DefaultValue("1.5") float headingBoost,
		@Min(1) @Max(16) @DefaultValue("2") int embeddingThreads,
		@Min(1) @Max(MAX_ONNX_THREADS) @DefaultValue(DEFAULT_ONNX_THREADS) int onnxThreads,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.7") double contextDecay) {

	/** Also read by {@link ModelPreloader}, before these properties are bound. */
	static final String DEFAULT_ONNX_THREADS = "1";

	static final int MAX_ONNX_THREADS = 16;

}
