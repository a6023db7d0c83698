package cn.bjzgh.rights.console;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.tika.mime.MediaType;

import cn.bjzgh.rights.knowledge.Chunk;
import cn.bjzgh.rights.knowledge.InvalidKnowledgeFileException;
import cn.bjzgh.rights.knowledge.KnowledgeDocument;
import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import cn.bjzgh.rights.knowledge.LegalCitation;

/**
 * Turns an uploaded file into a knowledge document: the real type is detected from the
 * bytes (PDF, DOCX, DOC, HTML, plain text and Markdown are accepted), the text is
 * extracted with its headings, and the result is written in the knowledge Markdown format
 * and cut into passages by the same {@link KnowledgeLoader} that loads
 * {@code knowledge/}, so the preview shows exactly what will be indexed. Anything that
 * cannot be used is an {@link UploadRejectedException} with a status, a code and a
 * bilingual message; nothing else escapes {@link #convert}. Thread-safe.
 */
public class DocumentConverter {

	/** The default upload limit: 20 MB. */
	public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

	/** Extracted text beyond this is refused rather than cut short. */
	static final int MAX_TEXT_CHARS = 2_000_000;

	/** Fewer letters (Chinese characters count) than this means a scan or a picture. */
	static final int MIN_LETTERS = 20;

	private static final String FOLDER = "console/documents/";

	/** The union is in Beijing: "today" for {@code updated} is Beijing's day. */
	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final long maxUploadBytes;

	private final KnowledgeLoader loader;

	private final TikaExtractor tika;

	private final Clock clock;

	/** A converter with the default 20 MB upload limit. */
	public DocumentConverter(int maxChunkChars) {
		this(DEFAULT_MAX_UPLOAD_BYTES, maxChunkChars);
	}

	/**
	 * @param maxUploadBytes the largest file accepted
	 * @param maxChunkChars the knowledge chunker's passage limit
	 * ({@code rights.knowledge.max-chunk-chars}), so the preview matches the index
	 */
	public DocumentConverter(long maxUploadBytes, int maxChunkChars) {
		this(maxUploadBytes, maxChunkChars, MAX_TEXT_CHARS, Clock.system(BEIJING));
	}

	DocumentConverter(long maxUploadBytes, int maxChunkChars, int maxTextChars, Clock clock) {
		this.maxUploadBytes = maxUploadBytes;
		this.loader = new KnowledgeLoader(maxChunkChars);
		this.tika = new TikaExtractor(maxTextChars);
		this.clock = clock;
	}

	/**
	 * Converts one upload.
	 * @param filename the name the file was uploaded with (a hint only)
	 * @param declaredContentType the type the browser declared, or {@code null} (a hint
	 * only)
	 * @param bytes the file
	 * @param meta the uploader's description, which becomes the front matter
	 * @return the knowledge file and its passages
	 * @throws UploadRejectedException when the file or the metadata cannot be used
	 */
	public Converted convert(String filename, String declaredContentType, byte[] bytes, DocumentMetadata meta) {
		Objects.requireNonNull(meta, "meta");
		if (bytes == null || bytes.length == 0) {
			throw UploadRejectedException.emptyFile();
		}
		if (bytes.length > this.maxUploadBytes) {
			throw UploadRejectedException.fileTooLarge(this.maxUploadBytes);
		}
		String frontMatter = KnowledgeMarkdown.frontMatter(meta, LocalDate.now(this.clock));
		String path = FOLDER + slug(meta.title()) + ".md";
		// Bad metadata is cheaper to find than a parsed file.
		load(path, frontMatter);
		MediaType detected = this.tika.detect(bytes, filename, declaredContentType);
		if (DocumentType.ENCRYPTED_OOXML.equals(detected.getBaseType())) {
			throw UploadRejectedException.encrypted();
		}
		DocumentType type = DocumentType.of(detected)
			.orElseThrow(() -> UploadRejectedException.unsupportedType(detected.getBaseType().toString()));
		switch (type) {
			case DOCX -> ZipBombCheck.check(bytes);
			case PDF -> PdfBombCheck.check(bytes);
			default -> {
				// HTML and text are not compressed: their size is the upload's.
			}
		}
		String body = body(type, detected, filename, bytes, meta.title());
		String markdown = frontMatter + "\n" + body;
		List<Converted.Passage> passages = load(path, markdown).chunks()
			.stream()
			.map(DocumentConverter::passage)
			.toList();
		return new Converted(markdown, passages);
	}

	private String body(DocumentType type, MediaType detected, String filename, byte[] bytes, String title) {
		String text = switch (type) {
			case MARKDOWN -> KnowledgeMarkdown.markdownBody(this.tika.readText(bytes, filename));
			case TEXT -> KnowledgeMarkdown.body(title, PlainTextLayout.fromText(this.tika.readText(bytes, filename)));
			case PDF ->
				KnowledgeMarkdown.body(title, PlainTextLayout.fromPages(this.tika.parse(bytes, filename, detected)));
			case DOCX, DOC, HTML -> KnowledgeMarkdown.body(title, marked(this.tika.parse(bytes, filename, detected)));
		};
		// The title line alone does not count as text.
		String withoutTitle = text.startsWith("# ") ? text.substring(text.indexOf('\n') + 1) : text;
		if (TextCleaner.letters(withoutTitle) < MIN_LETTERS) {
			throw UploadRejectedException.noText();
		}
		return text;
	}

	/** Marked headings are trusted; a file without any is read for heading shapes. */
	private static List<Block> marked(List<Block> blocks) {
		return blocks.stream().anyMatch(Block::isHeading) ? blocks : PlainTextLayout.fromParagraphs(blocks);
	}

	private KnowledgeDocument load(String path, String markdown) {
		try {
			return this.loader.loadFile(path, markdown.getBytes(StandardCharsets.UTF_8));
		}
		catch (InvalidKnowledgeFileException ex) {
			throw UploadRejectedException.invalidDocument(ex.getMessage());
		}
	}

	private static Converted.Passage passage(Chunk chunk) {
		return new Converted.Passage(chunk.heading(), chunk.text(),
				chunk.legalBasis().stream().map(LegalCitation::toString).toList());
	}

	/** A file name from the title: letters and digits of any script, dashes between. */
	static String slug(String title) {
		StringBuilder sb = new StringBuilder();
		String source = (title == null) ? "" : title.strip().toLowerCase(Locale.ROOT);
		source.codePoints().forEach((cp) -> {
			if (Character.isLetterOrDigit(cp)) {
				sb.appendCodePoint(cp);
			}
			else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
				sb.append('-');
			}
		});
		String slug = sb.toString().replaceAll("-+$", "");
		if (slug.codePointCount(0, slug.length()) > 60) {
			slug = slug.substring(0, slug.offsetByCodePoints(0, 60));
		}
		return slug.isEmpty() ? "document" : slug;
	}

}
