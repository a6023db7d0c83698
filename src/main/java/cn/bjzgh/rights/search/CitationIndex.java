package cn.bjzgh.rights.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The law sections of the index by law and article, read from the passage ids
 * ({@code laws/labor-contract-law#劳动合同法第四十七条}), so a look-up by citation needs no search.
 * Built once per index version.
 */
final class CitationIndex {

	private static final String LAWS = "laws/";

	private static final Pattern SECTION = Pattern.compile("^[^#]+#(.+?)第([零一二三四五六七八九十百]+)条$");

	private volatile Built built;

	private record Built(IndexReader reader, Map<String, Map<String, String>> byLaw, List<String> laws) {
	}

	/**
	 * A query that names a law and articles ("劳动合同法第47条") gets those articles' sections
	 * first, then the rest of the results (which hold the handbook entries citing them).
	 */
	List<SearchHit> first(IndexSearcher searcher, String query, List<SearchHit> results, int k) throws IOException {
		List<String> ids = ids(searcher.getIndexReader(), query);
		if (ids.isEmpty()) {
			return results;
		}
		List<SearchHit> out = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (String id : ids) {
			int doc = PassageDocuments.byId(searcher, id);
			if (doc >= 0 && out.size() < k) {
				// Named exactly: certain, and ahead of every searched hit.
				double top = results.isEmpty() ? 0 : results.get(0).score();
				out.add(PassageDocuments.hit(stored.document(doc), top + 1, 1.0, 1.0));
			}
		}
		for (SearchHit hit : results) {
			if (out.size() < k && !ids.contains(hit.id())) {
				out.add(hit);
			}
		}
		return out;
	}

	/**
	 * The ids of the sections a citation query names, in the order named; empty if none.
	 */
	List<String> ids(IndexReader reader, String query) throws IOException {
		Built b = this.built;
		if (b == null || b.reader() != reader) {
			b = build(reader);
			this.built = b;
		}
		CitationQuery.Citation citation = CitationQuery.parse(query, b.laws());
		if (citation == null) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Map<String, String> articles = b.byLaw().getOrDefault(citation.law(), Map.of());
		for (int n : citation.articles()) {
			String id = articles.get(CitationQuery.chinese(n));
			if (id != null && !ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static Built build(IndexReader reader) throws IOException {
		Map<String, Map<String, String>> byLaw = new HashMap<>();
		Terms terms = MultiTerms.getTerms(reader, IndexedFields.ID);
		if (terms != null) {
			TermsEnum it = terms.iterator();
			if (it.seekCeil(new BytesRef(LAWS)) != TermsEnum.SeekStatus.END) {
				do {
					String id = it.term().utf8ToString();
					if (!id.startsWith(LAWS)) {
						break;
					}
					Matcher m = SECTION.matcher(id);
					if (m.matches()) {
						byLaw.computeIfAbsent(m.group(1), (k) -> new HashMap<>()).put(m.group(2), id);
					}
				}
				while (it.next() != null);
			}
		}
		return new Built(reader, byLaw, List.copyOf(byLaw.keySet()));
	}

}
