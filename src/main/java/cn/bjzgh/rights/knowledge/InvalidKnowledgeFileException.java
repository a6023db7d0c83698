package cn.bjzgh.rights.knowledge;

/**
 * A knowledge file that cannot be used; the message is bilingual and names the problem.
 */
public class InvalidKnowledgeFileException extends RuntimeException {

	InvalidKnowledgeFileException(String chinese, String english) {
		super(chinese + " / " + english);
	}

}
