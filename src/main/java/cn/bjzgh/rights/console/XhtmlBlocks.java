package cn.bjzgh.rights.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika produces into headings and paragraphs. Headings keep their
 * h1…h6 depth; a table row becomes one paragraph with its cells separated by " | "; list
 * items get a "- " mark; the head, scripts and styles are skipped. PDF pages ({@code div
 * class="page"}) are counted so page headers and footers can be recognised later.
 */
final class XhtmlBlocks extends DefaultHandler {

	private static final Set<String> BREAKS = Set.of("p", "div", "li", "pre", "blockquote", "dt", "dd", "tr", "table",
			"caption", "ul", "ol", "section", "article", "header", "footer", "aside", "nav", "figcaption", "body");

	private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript", "template");

	private static final String CELL_SEPARATOR = " | ";

	private final List<Block> blocks = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private int level;

	private int page;

	private int skipped;

	private int tables;

	List<Block> blocks() {
		flush();
		return List.copyOf(this.blocks);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) {
		String name = name(localName, qName);
		if (this.skipped > 0 || SKIPPED.contains(name)) {
			this.skipped += SKIPPED.contains(name) ? 1 : 0;
			return;
		}
		int heading = headingLevel(name);
		if (heading > 0) {
			flush();
			this.level = heading;
		}
		else if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
			flush();
			this.page++;
		}
		else if ("table".equals(name)) {
			flush();
			this.tables++;
		}
		else if ("br".equals(name)) {
			this.text.append('\n');
		}
		else if (("td".equals(name) || "th".equals(name)) && this.text.length() > 0) {
			this.text.append(CELL_SEPARATOR);
		}
		else if (BREAKS.contains(name) && (this.tables == 0 || "tr".equals(name))) {
			flush();
			if ("li".equals(name)) {
				this.text.append("- ");
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		String name = name(localName, qName);
		if (this.skipped > 0) {
			this.skipped -= SKIPPED.contains(name) ? 1 : 0;
			return;
		}
		if ("table".equals(name)) {
			flush();
			this.tables = Math.max(0, this.tables - 1);
		}
		else if (headingLevel(name) > 0 || (BREAKS.contains(name) && (this.tables == 0 || "tr".equals(name)))) {
			flush();
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.skipped == 0) {
			this.text.append(ch, start, length);
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) {
		characters(ch, start, length);
	}

	private void flush() {
		String value = this.text.toString().strip();
		if (value.equals("-")) {
			value = "";
		}
		if (!value.isEmpty()) {
			this.blocks.add(new Block(this.level, value, this.page));
		}
		this.text.setLength(0);
		this.level = 0;
	}

	private static int headingLevel(String name) {
		if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
			return name.charAt(1) - '0';
		}
		return 0;
	}

	private static String name(String localName, String qName) {
		return (localName == null || localName.isEmpty()) ? qName : localName;
	}

}
