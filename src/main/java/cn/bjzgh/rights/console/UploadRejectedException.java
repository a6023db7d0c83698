package cn.bjzgh.rights.console;

import java.util.Locale;

import cn.bjzgh.rights.system.BilingualException;

/**
 * An uploaded document that cannot become a knowledge document, with the HTTP status to
 * answer, a stable code and a message in Chinese and English that tells staff what to do.
 * The codes: {@code empty_file}, {@code file_too_large} (413), {@code unsupported_type}
 * (415), {@code encrypted_file}, {@code zip_bomb}, {@code too_large_content},
 * {@code no_text}, {@code unreadable_file} and {@code invalid_document}; all others 400.
 */
public class UploadRejectedException extends BilingualException {

	private final int status;

	UploadRejectedException(int status, String code, String chinese, String english) {
		super(code, chinese, english);
		this.status = status;
	}

	/** The HTTP status to answer with: 400, 413 or 415. */
	public int status() {
		return this.status;
	}

	static UploadRejectedException emptyFile() {
		return new UploadRejectedException(400, "empty_file", "文件是空的，请重新选择文件",
				"The file is empty; choose the file again.");
	}

	static UploadRejectedException fileTooLarge(long maxBytes) {
		String limit = size(maxBytes);
		return new UploadRejectedException(413, "file_too_large", "文件超过 " + limit + " 的上限，请压缩或拆分后再上传",
				"The file is larger than the " + limit + " limit; shrink or split it and upload again.");
	}

	static UploadRejectedException unsupportedType(String detected) {
		return new UploadRejectedException(415, "unsupported_type",
				"不支持该文件类型（识别为 " + detected + "）。请上传 PDF、Word（DOCX 或 DOC）、HTML、TXT 或 Markdown 文件",
				"Unsupported file type (detected as " + detected
						+ "). Upload a PDF, Word (DOCX or DOC), HTML, TXT or Markdown file.");
	}

	static UploadRejectedException encrypted() {
		return new UploadRejectedException(400, "encrypted_file", "文件设置了密码或已加密，请去掉密码保护后再上传",
				"The file is password-protected or encrypted; remove the protection and upload it again.");
	}

	static UploadRejectedException zipBomb() {
		return new UploadRejectedException(400, "zip_bomb", "文件解压后的内容异常庞大（疑似压缩炸弹），已拒绝。请检查文件来源",
				"The file expands to an abnormal size (a suspected zip bomb) and was rejected; check where it came from.");
	}

	static UploadRejectedException tooMuchText(int maxChars) {
		String limit = String.format(Locale.ROOT, "%,d", maxChars);
		return new UploadRejectedException(400, "too_large_content", "文件中的文字超过 " + limit + " 字的上限，请拆分成几个文件上传",
				"The file holds more than " + limit + " characters of text; split it into several files.");
	}

	static UploadRejectedException noText() {
		return new UploadRejectedException(400, "no_text",
				"文件里几乎没有可读取的文字，可能是扫描件或图片。系统不能识别图片中的文字，请上传文字版（例如 Word 文件，或能复制出文字的 PDF）",
				"The file holds almost no readable text; it may be a scan or an image. Text in images cannot be "
						+ "recognised here: upload a text version (a Word file, or a PDF whose text can be copied).");
	}

	static UploadRejectedException unreadable() {
		return new UploadRejectedException(400, "unreadable_file", "无法读取该文件，可能已损坏，或内容与文件类型不符",
				"The file cannot be read; it may be damaged, or not what its type says.");
	}

	/** The loader's message is "中文 / English"; each half goes to its language. */
	static UploadRejectedException invalidDocument(String loaderMessage) {
		int slash = loaderMessage.indexOf(" / ");
		String zh = (slash < 0) ? loaderMessage : loaderMessage.substring(0, slash);
		String en = (slash < 0) ? loaderMessage : loaderMessage.substring(slash + 3);
		return new UploadRejectedException(400, "invalid_document", "生成的知识文档不符合格式要求：" + zh,
				"The knowledge document made from the file is not valid: " + en);
	}

	private static String size(long bytes) {
		long mib = 1024L * 1024L;
		if (bytes % mib == 0) {
			return (bytes / mib) + " MB";
		}
		return (bytes >= 1024) ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0) : bytes + " B";
	}

}
