package cn.bjzgh.rights.search;

/** Field names of the Lucene index, shared by the writer and the searcher. */
final class IndexedFields {

	static final String ID = "id";

	static final String FILE = "file";

	static final String FILE_HASH = "file_hash";

	static final String TITLE = "title";

	static final String SOURCE = "source";

	static final String CATEGORY = "category";

	static final String REGION = "region";

	static final String HEADING_PATH = "heading_path";

	static final String QUESTION = "question";

	static final String TEXT = "text";

	static final String HEADING_TEXT = "heading_text";

	static final String LEGAL_BASIS = "legal_basis";

	/** The public sources the file's facts were confirmed from (service guide). */
	static final String CONFIRMED_BY = "confirmed_by";

	/** Vector of the question (or, for non-Q&amp;A passages, of the heading path). */
	static final String VECTOR_QUESTION = "vec_question";

	/** Vector of the heading path plus the passage text. */
	static final String VECTOR_TEXT = "vec_text";

	/** Marks a document that only carries one alternative phrasing's question vector. */
	static final String KIND = "kind";

	static final String KIND_PHRASING = "phrasing";

	/** Separator of stored list values; it never occurs in Markdown text. */
	static final String LIST_SEPARATOR = "\u001F";

	private IndexedFields() {
	}

}
