package cn.bjzgh.rights.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every Markdown file under the knowledge folder. A file that cannot be read or
 * whose front matter is broken is reported by name and skipped; the others still load.
 */
public class KnowledgeLoader {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);

	private final MarkdownChunker chunker;

	public KnowledgeLoader(int maxChunkChars) {
		this.chunker = new MarkdownChunker(maxChunkChars);
	}

	public KnowledgeBase load(Path dir) {
		List<KnowledgeDocument> documents = new ArrayList<>();
		List<KnowledgeProblem> problems = new ArrayList<>();
		for (Path file : markdownFiles(dir)) {
			String rel = dir.relativize(file).toString().replace('\\', '/');
			try {
				documents.add(loadFile(rel, Files.readAllBytes(file)));
			}
			catch (IOException ex) {
				problems.add(problem(rel, "无法读取文件 / cannot read file (" + ex.getClass().getSimpleName() + ")"));
			}
			catch (InvalidKnowledgeFileException ex) {
				problems.add(problem(rel, ex.getMessage()));
			}
		}
		return new KnowledgeBase(documents, problems);
	}

	/**
	 * Parses one file's bytes; {@code rel} is its path relative to the knowledge folder.
	 */
	public KnowledgeDocument loadFile(String rel, byte[] bytes) {
		String content = decodeUtf8(bytes);
		FrontMatterParser.Parsed parsed = FrontMatterParser.parse(content);
		String id = rel.endsWith(".md") ? rel.substring(0, rel.length() - 3) : rel;
		return new KnowledgeDocument(id, parsed.frontMatter(), sha256(bytes),
				this.chunker.chunk(id, parsed.frontMatter(), parsed.body()));
	}

	private static KnowledgeProblem problem(String rel, String message) {
		KnowledgeProblem problem = new KnowledgeProblem(rel, message);
		log.warn("Skipped knowledge file {}", problem);
		return problem;
	}

	private static List<Path> markdownFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			log.warn("Knowledge folder {} does not exist; nothing to load", dir.toAbsolutePath());
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter((p) -> p.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list knowledge folder " + dir, ex);
		}
	}

	private static String decodeUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidKnowledgeFileException("文件不是有效的 UTF-8 编码", "file is not valid UTF-8");
		}
	}

	/** Lower-case hex SHA-256 of {@code bytes}: the content hash, and the base of ids. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
