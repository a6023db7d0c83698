package cn.bjzgh.rights.knowledge;

import java.util.List;

/**
 * Everything loaded from the knowledge folder at one moment: the documents that parsed
 * and the problems with the ones that did not.
 */
public record KnowledgeBase(List<KnowledgeDocument> documents, List<KnowledgeProblem> problems) {

	public KnowledgeBase {
		documents = List.copyOf(documents);
		problems = List.copyOf(problems);
	}

	public List<Chunk> chunks() {
		return this.documents.stream().flatMap((d) -> d.chunks().stream()).toList();
	}

}
