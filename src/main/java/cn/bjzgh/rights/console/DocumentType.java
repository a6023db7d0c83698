package cn.bjzgh.rights.console;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.mime.MediaType;

/** The kinds of upload accepted, by the media types Tika detects from the bytes. */
enum DocumentType {

	PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	DOC("application/msword"), HTML("text/html", "application/xhtml+xml"), TEXT("text/plain"),
	MARKDOWN("text/x-web-markdown", "text/markdown");

	/**
	 * What Tika calls an OOXML file sealed with a password: the encrypted package hides
	 * the real type, so it is recognised here rather than refused as unsupported.
	 */
	static final MediaType ENCRYPTED_OOXML = MediaType.application("x-tika-ooxml-protected");

	private final Set<MediaType> mediaTypes;

	DocumentType(String... mediaTypes) {
		this.mediaTypes = Arrays.stream(mediaTypes).map(MediaType::parse).collect(Collectors.toSet());
	}

	static Optional<DocumentType> of(MediaType detected) {
		MediaType base = detected.getBaseType();
		return Arrays.stream(values()).filter((t) -> t.mediaTypes.contains(base)).findFirst();
	}

}
