package cn.bjzgh.rights.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Reading one passage from the index: a passage is its own document plus one small
 * document per alternative phrasing (with the passage id and a question vector only); its
 * text and display fields are read from its own document.
 */
final class PassageDocuments {

	private PassageDocuments() {
	}

	/** The passage's own document found by its id, or -1. */
	static int byId(IndexSearcher searcher, String id) throws IOException {
		Query own = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexedFields.ID, id)), Occur.FILTER)
			.add(new TermQuery(new Term(IndexedFields.KIND, IndexedFields.KIND_PHRASING)), Occur.MUST_NOT)
			.build();
		ScoreDoc[] found = searcher.search(own, 1).scoreDocs;
		return (found.length == 0) ? -1 : found[0].doc;
	}

	/** A hit from the passage's own document's stored fields. */
	static SearchHit hit(Document doc, double score, double questionSimilarity, double confidence) {
		List<String> path = split(doc.get(IndexedFields.HEADING_PATH));
		return new SearchHit(doc.get(IndexedFields.ID), doc.get(IndexedFields.TITLE), doc.get(IndexedFields.SOURCE),
				doc.get(IndexedFields.CATEGORY), doc.get(IndexedFields.REGION), path.get(path.size() - 1), path,
				doc.get(IndexedFields.QUESTION), doc.get(IndexedFields.TEXT), split(doc.get(IndexedFields.LEGAL_BASIS)),
				score, questionSimilarity, confidence, split(doc.get(IndexedFields.CONFIRMED_BY)));
	}

	private static List<String> split(String joined) {
		if (joined == null || joined.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(joined.split(IndexedFields.LIST_SEPARATOR));
	}

}
