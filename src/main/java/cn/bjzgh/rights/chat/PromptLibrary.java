package cn.bjzgh.rights.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompt files in {@code prompts/}, re-read when a file changes on disk so union
 * staff can edit them without a rebuild or restart.
 */
public class PromptLibrary {

	private final Path dir;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public PromptLibrary(Path dir) {
		this.dir = dir;
	}

	private record Cached(FileTime modified, String text) {
	}

	/** The system prompt for an audience. */
	public String system(Audience audience) {
		return read("system-" + audience.key() + ".md");
	}

	/** The template of the user message: {{question}} and {{passages}} are filled in. */
	public String answerTemplate() {
		return read("answer-template.md");
	}

	/**
	 * The template asking the model to rewrite a follow-up: {{chatMemory}} and {{query}}.
	 */
	public String queryRewrite() {
		return read("query-rewrite.md");
	}

	String read(String name) {
		Path file = this.dir.resolve(name);
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			Cached cached = this.cache.get(name);
			if (cached != null && cached.modified().equals(modified)) {
				return cached.text();
			}
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			this.cache.put(name, new Cached(modified, text));
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Prompt file " + file.toAbsolutePath() + " cannot be read", ex);
		}
	}

}
