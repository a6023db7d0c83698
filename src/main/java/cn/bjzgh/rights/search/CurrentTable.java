package cn.bjzgh.rights.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PassageTable} of the index version being searched: built on the first search
 * of a new version (a commit swaps the reader), once however many searches ask at the
 * same time, and its vector first pass logged when it is ready.
 */
final class CurrentTable {

	private static final Logger log = LoggerFactory.getLogger(CurrentTable.class);

	private volatile PassageTable table;

	/**
	 * The table of {@code reader}'s index version; {@code onNewVersion} runs when it is
	 * built, before any search uses it.
	 */
	PassageTable of(IndexReader reader, Runnable onNewVersion) throws IOException {
		PassageTable t = this.table;
		if (t != null && t.reader == reader) {
			return t;
		}
		synchronized (this) {
			t = this.table;
			if (t == null || t.reader != reader) {
				t = build(reader);
				this.table = t;
				onNewVersion.run();
			}
		}
		return t;
	}

	private static PassageTable build(IndexReader reader) throws IOException {
		long started = System.nanoTime();
		PassageTable built = PassageTable.build(reader);
		log.info("Passage table: {} passages, {} question vectors, in {} ms", built.size(), built.questionVectorCount(),
				(System.nanoTime() - started) / 1_000_000);
		long axes = System.nanoTime();
		built.firstPassReady().whenComplete((pass, failure) -> {
			if (failure != null) {
				log.warn("Vector first pass failed ({}); every vector is compared exactly", failure.toString());
			}
			else if (pass != null) {
				log.info("Vector first pass for {} passages ready in {} ms", built.size(),
						(System.nanoTime() - axes) / 1_000_000);
			}
		});
		return built;
	}

}
