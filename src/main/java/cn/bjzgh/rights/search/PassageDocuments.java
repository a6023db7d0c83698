package cn.bjzgh.rights.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.VectorUtil;

/**
 * What the index holds about one passage, read per document: a passage is its own
 * document plus one small document per alternative phrasing (with the passage id and a
 * question vector only), so a hit is mapped to its passage by id, and its text is read
 * from the passage's own document.
 */
final class PassageDocuments {

	private PassageDocuments() {
	}

	/** The passage id of a document, from the id's doc values (no stored fields read). */
	static String id(IndexSearcher searcher, int doc) throws IOException {
		LeafReaderContext leaf = leaf(searcher, doc);
		SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), IndexedFields.ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			return "#" + doc;
		}
		return ids.lookupOrd(ids.nextOrd()).utf8ToString();
	}

	/**
	 * The passage's own document: {@code doc} itself, or, when the passage was found
	 * through one of its phrasings, the document that holds its text.
	 */
	static int own(IndexSearcher searcher, String id, int doc) throws IOException {
		LeafReaderContext leaf = leaf(searcher, doc);
		SortedSetDocValues kind = DocValues.getSortedSet(leaf.reader(), IndexedFields.KIND);
		if (!kind.advanceExact(doc - leaf.docBase)) {
			return doc;
		}
		int own = byId(searcher, id);
		return (own < 0) ? doc : own;
	}

	/** The passage's own document found by its id, or -1. */
	static int byId(IndexSearcher searcher, String id) throws IOException {
		Query own = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexedFields.ID, id)), Occur.FILTER)
			.add(new TermQuery(new Term(IndexedFields.KIND, IndexedFields.KIND_PHRASING)), Occur.MUST_NOT)
			.build();
		ScoreDoc[] found = searcher.search(own, 1).scoreDocs;
		return (found.length == 0) ? -1 : found[0].doc;
	}

	/**
	 * The cosine of the query and the document's question vector; 0 when it has none (a
	 * law section) or no query vector is given.
	 */
	static double questionSimilarity(IndexSearcher searcher, int doc, float[] queryVector) throws IOException {
		if (queryVector == null) {
			return 0;
		}
		LeafReaderContext leaf = leaf(searcher, doc);
		FloatVectorValues vectors = leaf.reader().getFloatVectorValues(IndexedFields.VECTOR_QUESTION);
		int target = doc - leaf.docBase;
		if (vectors == null || vectors.advance(target) != target) {
			return 0;
		}
		return VectorUtil.cosine(queryVector, vectors.vectorValue());
	}

	/** A hit from the passage's own document's stored fields. */
	static SearchHit hit(Document doc, double score, double questionSimilarity) {
		List<String> path = split(doc.get(IndexedFields.HEADING_PATH));
		return new SearchHit(doc.get(IndexedFields.ID), doc.get(IndexedFields.TITLE), doc.get(IndexedFields.SOURCE),
				doc.get(IndexedFields.CATEGORY), doc.get(IndexedFields.REGION), path.get(path.size() - 1), path,
				doc.get(IndexedFields.QUESTION), doc.get(IndexedFields.TEXT), split(doc.get(IndexedFields.LEGAL_BASIS)),
				score, questionSimilarity);
	}

	private static List<String> split(String joined) {
		if (joined == null || joined.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(joined.split(IndexedFields.LIST_SEPARATOR));
	}

	private static LeafReaderContext leaf(IndexSearcher searcher, int doc) {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		return leaves.get(ReaderUtil.subIndex(doc, leaves));
	}

}
