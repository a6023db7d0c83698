package cn.bjzgh.rights.chat;

/** Case files built the way a conversation builds them, for tests. */
final class CaseFiles {

	private static final FactExtractor FACTS = new FactExtractor();

	private static final FollowUpResolver RESOLVER = new FollowUpResolver();

	private CaseFiles() {
	}

	/**
	 * The case file after the worker said these messages, one per turn, each read and
	 * resolved.
	 */
	static CaseFile told(String... messages) {
		CaseFile file = CaseFile.EMPTY;
		for (String m : messages) {
			CaseFile next = file.nextTurn(FACTS.read(m, file));
			file = next.withResolution(RESOLVER.resolve(m, next, file.anchor()));
		}
		return file;
	}

}
