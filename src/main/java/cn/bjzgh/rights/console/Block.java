package cn.bjzgh.rights.console;

/**
 * A piece of extracted text: a heading or a paragraph (for PDF and plain text, one line).
 *
 * @param level 0 for body text; for a heading, its depth as the source marks it (h1 = 1)
 * or as {@link PlainTextLayout} ranks it; only the order of levels matters
 * @param text the text, possibly with line breaks
 * @param page the page it was found on (1-based), or 0 when the source has no pages
 */
record Block(int level, String text, int page) {

	static Block paragraph(String text, int page) {
		return new Block(0, text, page);
	}

	boolean isHeading() {
		return this.level > 0;
	}

}
