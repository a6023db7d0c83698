package cn.bjzgh.rights.knowledge;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the handbooks live and how they are cut into passages.
 *
 * @param dir the knowledge folder (env {@code KNOWLEDGE_DIR}), read at start-up and on
 * re-index
 * @param maxChunkChars longest passage before a section is split on paragraph boundaries
 */
@Validated
@ConfigurationProperties("rights.knowledge")
public record KnowledgeProperties(@NotNull @DefaultValue("knowledge") Path dir,
		@Min(200) @Max(2000) @DefaultValue("600") int maxChunkChars) {

	/** The name of the file of misspellings, beside the synonyms. */
	public static final String TYPOS_FILE = "typos.txt";

	public Path synonymsFile() {
		return synonymsFile(this.dir);
	}

	/** The misspellings put right in a query before it is embedded. */
	public Path typosFile() {
		return typosFile(this.dir);
	}

	/** The synonym list in a knowledge folder. */
	public static Path synonymsFile(Path dir) {
		return dir.resolve("synonyms.txt");
	}

	/** The misspellings in a knowledge folder. */
	public static Path typosFile(Path dir) {
		return dir.resolve(TYPOS_FILE);
	}

}
