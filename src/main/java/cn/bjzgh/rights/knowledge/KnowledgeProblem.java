package cn.bjzgh.rights.knowledge;

/**
 * A knowledge file that could not be loaded, with a message an editor can act on.
 *
 * @param file the file, relative to the knowledge folder
 * @param message what is wrong, in Chinese and English
 */
public record KnowledgeProblem(String file, String message) {

	@Override
	public String toString() {
		return this.file + ": " + this.message;
	}

}
