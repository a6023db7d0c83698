package cn.bjzgh.rights.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Measures what a zip container (a DOCX) inflates to before any parser opens it, by
 * inflating it into nothing and counting, so the sizes a forged header claims do not
 * matter. Tika's OOXML parser relaxes POI's own inflate-ratio check, and its
 * {@code SecureContentHandler} sees text only after the DOCX reader has buffered a whole
 * run: for a 200 MB run that is far more heap than an upload may take.
 */
final class ZipBombCheck {

	/** No DOCX staff write needs more than this once inflated. */
	static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

	/** XML compresses about tenfold; a hundredfold is not a document. */
	static final long MAX_RATIO = 100;

	/**
	 * Below this much inflated data the ratio is not judged (tiny files compress well).
	 */
	static final long RATIO_GRACE_BYTES = 10L * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	private ZipBombCheck() {
	}

	static void check(byte[] zip) {
		long limit = Math.min(MAX_INFLATED_BYTES, Math.max(RATIO_GRACE_BYTES, zip.length * MAX_RATIO));
		long inflated = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			while (in.getNextEntry() != null) {
				if (++entries > MAX_ENTRIES) {
					throw UploadRejectedException.zipBomb();
				}
				int n;
				while ((n = in.read(buffer)) > 0) {
					inflated += n;
					if (inflated > limit) {
						throw UploadRejectedException.zipBomb();
					}
				}
			}
		}
		catch (IOException ex) {
			throw UploadRejectedException.unreadable();
		}
	}

}
