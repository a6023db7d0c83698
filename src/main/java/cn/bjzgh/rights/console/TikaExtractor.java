package cn.bjzgh.rights.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika behind the limits an upload needs: the type is detected from the bytes, the
 * extracted text is capped, output far beyond the input's size (a zip bomb) is stopped by
 * Tika's {@link SecureContentHandler}, embedded files are not opened, and every failure
 * becomes an {@link UploadRejectedException}. Tika's limits act on text as it is written,
 * which for DOCX and PDF can be after a parser has buffered it: {@link ZipBombCheck} and
 * {@link PdfBombCheck} measure those files first.
 */
final class TikaExtractor {

	private static final Logger log = LoggerFactory.getLogger(TikaExtractor.class);

	/** PDFBox's memory for one PDF; a file that needs more is refused, not obeyed. */
	private static final long PDF_MAIN_MEMORY_BYTES = 256L * 1024 * 1024;

	/**
	 * Embedded files (pictures, spreadsheets inside a Word file, attachments) are not
	 * knowledge and are where nested bombs hide: they are never opened.
	 */
	private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {

		@Override
		public boolean shouldParseEmbedded(Metadata metadata) {
			return false;
		}

		@Override
		public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
			// never asked for: shouldParseEmbedded says no
		}

	};

	private final Detector detector;

	private final Parser parser;

	private final int maxChars;

	TikaExtractor(int maxChars) {
		TikaConfig config = TikaConfig.getDefaultConfig();
		this.detector = config.getDetector();
		// The composite parser picks a parser by the Content-Type in the metadata, so the
		// type checked against the allowed list is the type parsed.
		this.parser = config.getParser();
		this.maxChars = maxChars;
	}

	/** The media type the bytes show; the name and declared type are only hints. */
	MediaType detect(byte[] bytes, String filename, String declaredContentType) {
		Metadata metadata = metadata(filename);
		if (declaredContentType != null && !declaredContentType.isBlank()) {
			metadata.set(Metadata.CONTENT_TYPE, declaredContentType);
		}
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			return this.detector.detect(in, metadata);
		}
		catch (IOException ex) {
			throw UploadRejectedException.unreadable();
		}
	}

	/** Headings and paragraphs of a PDF, Word or HTML file. */
	List<Block> parse(byte[] bytes, String filename, MediaType type) {
		XhtmlBlocks blocks = new XhtmlBlocks();
		Metadata metadata = metadata(filename);
		metadata.set(Metadata.CONTENT_TYPE, type.toString());
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			SecureContentHandler secure = new SecureContentHandler(new WriteOutContentHandler(blocks, this.maxChars),
					in);
			try {
				this.parser.parse(in, secure, metadata, context());
			}
			catch (SAXException ex) {
				secure.throwIfCauseOf(ex);
				throw ex;
			}
		}
		catch (UploadRejectedException ex) {
			throw ex;
		}
		catch (IOException | SAXException | TikaException | RuntimeException ex) {
			throw rejection(ex, type);
		}
		return blocks.blocks();
	}

	/** The text of a plain-text or Markdown file, in whatever encoding it was saved. */
	String readText(byte[] bytes, String filename) {
		try (AutoDetectReader reader = new AutoDetectReader(TikaInputStream.get(bytes), metadata(filename))) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			int n;
			while ((n = reader.read(buffer)) != -1) {
				text.append(buffer, 0, n);
				if (text.length() > this.maxChars) {
					throw UploadRejectedException.tooMuchText(this.maxChars);
				}
			}
			return text.toString();
		}
		catch (IOException | TikaException ex) {
			throw rejection(ex, MediaType.TEXT_PLAIN);
		}
	}

	private UploadRejectedException rejection(Exception ex, MediaType type) {
		if (WriteLimitReachedException.isWriteLimitReached(ex)) {
			return UploadRejectedException.tooMuchText(this.maxChars);
		}
		Throwable t = ex;
		for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			// Tika's own, POI's (org.apache.poi.EncryptedDocumentException) and PDFBox's.
			if (t instanceof EncryptedDocumentException || name.equals("EncryptedDocumentException")
					|| name.equals("InvalidPasswordException")) {
				return UploadRejectedException.encrypted();
			}
			// SecureContentHandler ("Suspected zip bomb") and POI's ZipSecureFile ("Zip
			// bomb detected!") say so only in the message.
			String message = t.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
				return UploadRejectedException.zipBomb();
			}
		}
		log.warn("Could not read an uploaded {} file: {}", type, ex.toString());
		return UploadRejectedException.unreadable();
	}

	private static Metadata metadata(String filename) {
		Metadata metadata = new Metadata();
		if (filename != null && !filename.isBlank()) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
		}
		return metadata;
	}

	private static ParseContext context() {
		ParseContext context = new ParseContext();
		context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractInlineImages(false);
		pdf.setExtractBookmarksText(false);
		pdf.setExtractAnnotationText(false);
		pdf.setMaxMainMemoryBytes(PDF_MAIN_MEMORY_BYTES);
		context.set(PDFParserConfig.class, pdf);
		OfficeParserConfig office = new OfficeParserConfig();
		// The streaming reader never holds the whole document.xml in memory.
		office.setUseSAXDocxExtractor(true);
		office.setIncludeHeadersAndFooters(false);
		office.setExtractMacros(false);
		context.set(OfficeParserConfig.class, office);
		return context;
	}

}
