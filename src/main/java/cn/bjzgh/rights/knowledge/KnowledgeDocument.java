package cn.bjzgh.rights.knowledge;

import java.util.List;

/**
 * A parsed knowledge file.
 *
 * @param file path relative to the knowledge folder without {@code .md}
 * @param frontMatter the validated front matter
 * @param contentHash SHA-256 of the file bytes, so unchanged files are not re-embedded
 * @param chunks the file's passages in document order
 */
public record KnowledgeDocument(String file, FrontMatter frontMatter, String contentHash, List<Chunk> chunks) {

	public KnowledgeDocument {
		chunks = List.copyOf(chunks);
	}

}
