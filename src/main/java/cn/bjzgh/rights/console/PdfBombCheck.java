package cn.bjzgh.rights.console;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Measures a PDF's pages before text is extracted. PDFBox decodes a content stream whole
 * and keeps every glyph of a page in memory until the page is done, so Tika's limit on
 * the text written comes too late for a page that inflates to hundreds of megabytes: in a
 * test such a 200 KB PDF exhausted a 512 MB heap. Here each page's content (its forms
 * included) is inflated into nothing and counted first, then its text operands are
 * counted; a page far beyond any real one is refused. Flate, the compression every
 * current PDF writer uses, is counted as a stream; other filters are left to PDFBox.
 */
final class PdfBombCheck {

	/** Decoded content of one page; a dense page of text is well under 100 KB. */
	static final long MAX_PAGE_CONTENT_BYTES = 16L * 1024 * 1024;

	static final long MAX_CONTENT_BYTES = 128L * 1024 * 1024;

	/** Bytes of text shown on one page, some forty times a page of small print. */
	static final long MAX_PAGE_TEXT_BYTES = 256L * 1024;

	private static final int MAX_FORM_DEPTH = 4;

	private PdfBombCheck() {
	}

	static void check(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			long total = 0;
			for (PDPage page : doc.getPages()) {
				Page budget = new Page();
				for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
					budget.content += decodedSize(streams.next().getCOSObject(),
							MAX_PAGE_CONTENT_BYTES - budget.content);
				}
				budget.text += textBytes(page, MAX_PAGE_TEXT_BYTES - budget.text);
				forms(page.getResources(), budget, 1);
				total += budget.content;
				if (total > MAX_CONTENT_BYTES) {
					throw UploadRejectedException.zipBomb();
				}
			}
		}
		catch (InvalidPasswordException ex) {
			throw UploadRejectedException.encrypted();
		}
		catch (IOException ex) {
			throw UploadRejectedException.unreadable();
		}
	}

	/** Form XObjects drawn on the page count towards its budget. */
	private static void forms(PDResources resources, Page budget, int depth) throws IOException {
		if (resources == null || depth > MAX_FORM_DEPTH) {
			return;
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.isImageXObject(name)) {
				continue;
			}
			PDXObject xobject = resources.getXObject(name);
			if (xobject instanceof PDFormXObject form) {
				budget.content += decodedSize(form.getCOSObject(), MAX_PAGE_CONTENT_BYTES - budget.content);
				budget.text += textBytes(form, MAX_PAGE_TEXT_BYTES - budget.text);
				forms(form.getResources(), budget, depth + 1);
			}
		}
	}

	/**
	 * Bytes the stream decodes to, counted without keeping them; over the limit, refused.
	 */
	private static long decodedSize(COSStream stream, long limit) throws IOException {
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = decoded(stream)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				size += n;
				if (size > limit) {
					throw UploadRejectedException.zipBomb();
				}
			}
		}
		catch (ZipException | EOFException ex) {
			// A damaged or truncated stream: PDFBox reads what it can, and so do we.
		}
		return size;
	}

	private static InputStream decoded(COSStream stream) throws IOException {
		List<COSName> filters = filters(stream.getFilters());
		if (!filters.stream().allMatch(COSName.FLATE_DECODE::equals)) {
			return stream.createInputStream();
		}
		InputStream in = stream.createRawInputStream();
		for (int i = 0; i < filters.size(); i++) {
			in = new InflaterInputStream(in);
		}
		return in;
	}

	private static List<COSName> filters(COSBase filters) {
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		}
		else if (filters instanceof COSArray array) {
			for (COSBase item : array) {
				names.add((item instanceof COSName name) ? name : COSName.getPDFName("Unknown"));
			}
		}
		return names;
	}

	/** Bytes of the strings the content shows (Tj, TJ, ' and " operands). */
	private static long textBytes(PDContentStream content, long limit) throws IOException {
		long bytes = 0;
		PDFStreamParser parser = new PDFStreamParser(content);
		try {
			for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
				if (token instanceof COSString string) {
					bytes += string.getBytes().length;
				}
				else if (token instanceof COSArray array) {
					for (COSBase item : array) {
						bytes += (item instanceof COSString string) ? string.getBytes().length : 0;
					}
				}
				if (bytes > limit) {
					throw UploadRejectedException.zipBomb();
				}
			}
		}
		finally {
			parser.close();
		}
		return bytes;
	}

	/** What one page has used of its allowance. */
	private static final class Page {

		private long content;

		private long text;

	}

}
