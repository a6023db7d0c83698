package cn.bjzgh.rights.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;

/**
 * Every passage of one index version in memory: its id, own document, category, kind and
 * vectors (the question's and its phrasings', and the text's). Built once per
 * {@link IndexReader} (a few milliseconds for the whole knowledge base; about 4 KB a
 * passage, 2 KB a phrasing, and a quarter more for the first pass's projections).
 * <p>
 * The vector search is exact where it counts: a first pass over every vector in
 * {@link ReducedVectors#DIMENSIONS} principal dimensions chooses a short list, and every
 * candidate gets its exact cosines ({@link CandidateFeatures}), however it was found. For
 * a knowledge base of a few thousand vectors this costs less than Lucene's HNSW graph
 * walk and is deterministic. (Above some 50,000 vectors an approximate search would pay;
 * see the README.)
 */
final class PassageTable {

	private static final String LAWS = "laws/";

	final IndexReader reader;

	/** Passage ids by ordinal. */
	final String[] ids;

	/** The document holding each passage's stored fields. */
	final int[] ownDocs;

	final String[] categories;

	/** Whether a passage is an article section of a law (not a handbook entry). */
	final boolean[] lawSections;

	/** Every question vector (a passage's question and each phrasing), normalised. */
	private final float[][] questionVectors;

	/** The passage ordinal of each question vector. */
	private final int[] questionOwner;

	/** Each passage's text vector, normalised; null if it has none. */
	private final float[][] textVectors;

	/** The passage ordinal of each global document number; -1 for none. */
	private final int[] passageOfDoc;

	/** Each passage's question vectors (indexes into {@link #questionVectors}). */
	private final int[][] questionsOf;

	/**
	 * The first pass of the vector search ({@link VectorFirstPass}), computed on a thread
	 * of its own from the moment the table is built; until it is there, every vector is
	 * compared in full.
	 */
	private final CompletableFuture<VectorFirstPass> firstPass;

	private PassageTable(IndexReader reader, List<String> ids, int[] ownDocs, List<String> categories,
			List<float[]> questionVectors, List<Integer> questionOwner, float[][] textVectors, int[] passageOfDoc) {
		this.reader = reader;
		this.ids = ids.toArray(String[]::new);
		this.ownDocs = ownDocs;
		this.categories = categories.toArray(String[]::new);
		this.lawSections = new boolean[this.ids.length];
		for (int i = 0; i < this.ids.length; i++) {
			this.lawSections[i] = this.ids[i].startsWith(LAWS);
		}
		this.questionVectors = questionVectors.toArray(float[][]::new);
		this.questionOwner = questionOwner.stream().mapToInt(Integer::intValue).toArray();
		this.textVectors = textVectors;
		this.passageOfDoc = passageOfDoc;
		int[] counts = new int[this.ids.length];
		for (int owner : this.questionOwner) {
			counts[owner]++;
		}
		this.questionsOf = new int[this.ids.length][];
		for (int p = 0; p < this.ids.length; p++) {
			this.questionsOf[p] = new int[counts[p]];
			counts[p] = 0;
		}
		for (int v = 0; v < this.questionOwner.length; v++) {
			int p = this.questionOwner[v];
			this.questionsOf[p][counts[p]++] = v;
		}
		this.firstPass = VectorFirstPass.computeMeanwhile(this.questionVectors, this.questionOwner, textVectors);
	}

	/**
	 * The first pass, or null while it is being computed, for a small table, or if it
	 * failed.
	 */
	VectorFirstPass firstPass() {
		return (this.firstPass.isDone() && !this.firstPass.isCompletedExceptionally()) ? this.firstPass.join() : null;
	}

	/** Completes when the first pass is there. */
	CompletableFuture<VectorFirstPass> firstPassReady() {
		return this.firstPass;
	}

	int size() {
		return this.ids.length;
	}

	/** How many question vectors (questions and phrasings) the table holds. */
	int questionVectorCount() {
		return this.questionVectors.length;
	}

	/** The passage a Lucene document belongs to (its own or a phrasing's), or -1. */
	int passageOf(int doc) {
		return (doc < this.passageOfDoc.length) ? this.passageOfDoc[doc] : -1;
	}

	/**
	 * The best cosine of the query with each passage's question vectors (question and
	 * phrasings); 0 for none.
	 */
	float[] questionSimilarities(float[] query) {
		float[] best = new float[this.ids.length];
		for (int v = 0; v < this.questionVectors.length; v++) {
			float s = VectorUtil.dotProduct(query, this.questionVectors[v]);
			int p = this.questionOwner[v];
			if (s > best[p]) {
				best[p] = s;
			}
		}
		return best;
	}

	/**
	 * The best exact cosine of the query with one passage's question vectors (0 for
	 * none), comparing in full only those whose first-pass score {@code approx} is at
	 * least {@code floor}.
	 */
	float questionSimilarity(float[] query, int passage, float[] approx, float floor) {
		float best = 0;
		for (int v : this.questionsOf[passage]) {
			if (approx[v] >= floor) {
				best = Math.max(best, VectorUtil.dotProduct(query, this.questionVectors[v]));
			}
		}
		return best;
	}

	/** The exact cosine of the query with one passage's text vector; 0 for none. */
	float textSimilarity(float[] query, int passage) {
		float[] v = this.textVectors[passage];
		return (v == null) ? 0 : VectorUtil.dotProduct(query, v);
	}

	/** The cosine of the query with each passage's text vector; 0 for none. */
	float[] textSimilarities(float[] query) {
		float[] out = new float[this.ids.length];
		for (int p = 0; p < this.textVectors.length; p++) {
			if (this.textVectors[p] != null) {
				out[p] = VectorUtil.dotProduct(query, this.textVectors[p]);
			}
		}
		return out;
	}

	/** A copy of the vector scaled to unit length, so that a dot product is a cosine. */
	static float[] normalised(float[] vector) {
		double norm = 0;
		for (float x : vector) {
			norm += x * x;
		}
		float[] out = Arrays.copyOf(vector, vector.length);
		if (norm > 0) {
			float scale = (float) (1 / Math.sqrt(norm));
			for (int i = 0; i < out.length; i++) {
				out[i] *= scale;
			}
		}
		return out;
	}

	static PassageTable build(IndexReader reader) throws IOException {
		Map<String, Integer> ordinals = new HashMap<>();
		List<String> ids = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		Map<Integer, Integer> own = new HashMap<>();
		Map<Integer, float[]> text = new HashMap<>();
		List<float[]> questions = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		int[] passageOfDoc = new int[reader.maxDoc()];
		Arrays.fill(passageOfDoc, -1);
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader r = leaf.reader();
			Bits live = r.getLiveDocs();
			SortedSetDocValues idValues = DocValues.getSortedSet(r, IndexedFields.ID);
			SortedSetDocValues categoryValues = DocValues.getSortedSet(r, IndexedFields.CATEGORY);
			SortedSetDocValues kindValues = DocValues.getSortedSet(r, IndexedFields.KIND);
			float[][] questionOf = VectorColumn.read(r, IndexedFields.VECTOR_QUESTION);
			float[][] textOf = VectorColumn.read(r, IndexedFields.VECTOR_TEXT);
			for (int d = 0; d < r.maxDoc(); d++) {
				if ((live != null && !live.get(d)) || !idValues.advanceExact(d)) {
					continue;
				}
				String id = idValues.lookupOrd(idValues.nextOrd()).utf8ToString();
				Integer p = ordinals.get(id);
				if (p == null) {
					p = ids.size();
					ordinals.put(id, p);
					ids.add(id);
					categories.add(categoryValues.advanceExact(d)
							? categoryValues.lookupOrd(categoryValues.nextOrd()).utf8ToString() : null);
				}
				int doc = leaf.docBase + d;
				passageOfDoc[doc] = p;
				if (!kindValues.advanceExact(d)) {
					own.put(p, doc);
					if (textOf[d] != null) {
						text.put(p, normalised(textOf[d]));
					}
				}
				if (questionOf[d] != null) {
					questions.add(normalised(questionOf[d]));
					owners.add(p);
				}
			}
		}
		int[] ownDocs = new int[ids.size()];
		float[][] textVectors = new float[ids.size()][];
		for (int p = 0; p < ids.size(); p++) {
			ownDocs[p] = own.getOrDefault(p, -1);
			textVectors[p] = text.get(p);
		}
		return new PassageTable(reader, ids, ownDocs, categories, questions, owners, textVectors, passageOfDoc);
	}

}
