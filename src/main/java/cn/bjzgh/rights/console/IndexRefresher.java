package cn.bjzgh.rights.console;

import java.time.Duration;
import java.time.Instant;

import cn.bjzgh.rights.search.Reindexer;

/**
 * Re-indexes after a console change and waits until it is searchable, so that a saved
 * entry or a published document can be asked about as soon as the console says so. Only
 * changed documents are embedded again, so this takes seconds.
 */
class IndexRefresher {

	private static final Duration LIMIT = Duration.ofMinutes(3);

	private final Reindexer reindexer;

	IndexRefresher(Reindexer reindexer) {
		this.reindexer = reindexer;
	}

	/**
	 * @return the finished run's status
	 */
	Reindexer.Status refresh() {
		Instant deadline = Instant.now().plus(LIMIT);
		while (Instant.now().isBefore(deadline)) {
			Reindexer.Started started = this.reindexer.start(false);
			if (started.accepted()) {
				return awaitIdle(deadline);
			}
			// Another run was going: wait for it, then run again to include this change.
			awaitIdle(deadline);
		}
		throw new IllegalStateException("re-index did not finish within " + LIMIT);
	}

	private Reindexer.Status awaitIdle(Instant deadline) {
		Reindexer.Status status = this.reindexer.status();
		while (status.state() == Reindexer.State.RUNNING && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while re-indexing", ex);
			}
			status = this.reindexer.status();
		}
		return status;
	}

}
