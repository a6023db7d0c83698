package cn.bjzgh.rights.chat;

import java.util.Arrays;
import java.util.List;

import cn.bjzgh.rights.search.LuceneContentRetriever;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;

/**
 * A retrieved passage as the chat layer needs it, read back from a LangChain4j
 * {@link Content}.
 */
record Passage(String id, String title, String source, String category, String heading, String question, String text,
		List<String> legalBasis, double questionSimilarity, double confidence, List<String> confirmedBy) {

	static final String BASIS_PREFIX = "法律依据：";

	/** A passage whose file lists no public sources. */
	Passage(String id, String title, String source, String category, String heading, String question, String text,
			List<String> legalBasis, double questionSimilarity, double confidence) {
		this(id, title, source, category, heading, question, text, legalBasis, questionSimilarity, confidence,
				List.of());
	}

	static Passage from(Content content) {
		Metadata m = content.textSegment().metadata();
		String basis = m.getString(LuceneContentRetriever.META_LEGAL_BASIS);
		Double similarity = m.getDouble(LuceneContentRetriever.META_SIMILARITY);
		Double confidence = m.getDouble(LuceneContentRetriever.META_CONFIDENCE);
		String confirmedBy = m.getString(LuceneContentRetriever.META_CONFIRMED_BY);
		return new Passage(m.getString(LuceneContentRetriever.META_ID), m.getString(LuceneContentRetriever.META_TITLE),
				m.getString(LuceneContentRetriever.META_SOURCE), m.getString(LuceneContentRetriever.META_CATEGORY),
				m.getString(LuceneContentRetriever.META_HEADING), m.getString(LuceneContentRetriever.META_QUESTION),
				content.textSegment().text(),
				(basis == null || basis.isEmpty()) ? List.of()
						: Arrays.asList(basis.split(LuceneContentRetriever.BASIS_SEPARATOR)),
				(similarity == null) ? 0 : similarity, (confidence == null) ? 0 : confidence,
				(confirmedBy == null || confirmedBy.isEmpty()) ? List.of()
						: Arrays.asList(confirmedBy.split(LuceneContentRetriever.SOURCES_SEPARATOR)));
	}

	Passage withConfidence(double value) {
		return new Passage(this.id, this.title, this.source, this.category, this.heading, this.question, this.text,
				this.legalBasis, this.questionSimilarity, value, this.confirmedBy);
	}

	boolean isQuestion() {
		return this.question != null;
	}

	/** The passage without its closing 法律依据 line. */
	String body() {
		StringBuilder sb = new StringBuilder();
		for (String line : this.text.split("\n")) {
			if (!line.strip().startsWith(BASIS_PREFIX)) {
				sb.append(line).append('\n');
			}
		}
		return sb.toString().strip();
	}

	Citation citation(int n) {
		String body = body();
		String snippet = (body.length() > 120) ? body.substring(0, 120) + "…" : body;
		return new Citation(n, this.id, this.title, this.source, this.heading, snippet, body, this.legalBasis,
				this.confirmedBy);
	}

}
