package cn.bjzgh.rights.console;

import java.time.Duration;
import java.time.Instant;

import cn.bjzgh.rights.search.KnowledgeBroadcast;
import cn.bjzgh.rights.search.Reindexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Keeps this instance's index up to date with the console's changes. A change made here
 * is re-indexed at once and waited for, so a saved entry or a published document can be
 * asked about as soon as the console says so; a change made on another instance is seen
 * at once when that instance announces it (shared mode) and otherwise within the
 * interval, from the newest change in the shared database. Both remember the newest
 * change indexed, so a change is re-indexed once per instance. Only changed documents are
 * embedded again, so a run takes seconds.
 */
class IndexRefresher implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(IndexRefresher.class);

	private static final Duration LIMIT = Duration.ofMinutes(3);

	private final ConsoleStore store;

	private final Reindexer reindexer;

	private final Duration interval;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	/** The newest change this instance's index includes. */
	private volatile long seen;

	private final KnowledgeBroadcast broadcast;

	IndexRefresher(ConsoleStore store, Reindexer reindexer, KnowledgeBroadcast broadcast, Duration interval) {
		this.store = store;
		this.reindexer = reindexer;
		this.broadcast = broadcast;
		this.interval = interval;
	}

	@Override
	public void afterPropertiesSet() {
		this.seen = this.store.lastChange();
		this.scheduler.setThreadNamePrefix("console-sync-");
		this.scheduler.setPoolSize(1);
		this.scheduler.initialize();
		this.scheduler.scheduleWithFixedDelay(this::check, this.interval);
	}

	/**
	 * Re-indexes after a change made here and waits until it is searchable.
	 * @return the finished run's status
	 */
	Reindexer.Status refresh() {
		long last = this.store.lastChange();
		Instant deadline = Instant.now().plus(LIMIT);
		while (Instant.now().isBefore(deadline)) {
			Reindexer.Started started = this.reindexer.start(false);
			if (started.accepted()) {
				markSeen(last);
				// Other instances hear of it at once instead of at their next check.
				this.broadcast.announce(false);
				return awaitIdle(deadline);
			}
			// Another run was going: wait for it, then run again to include this change.
			awaitIdle(deadline);
		}
		throw new IllegalStateException("re-index did not finish within " + LIMIT);
	}

	/**
	 * Re-indexes when the newest change is one this instance has not indexed.
	 * Synchronized, so two checks at once (the scheduler's and a caller's) start one run.
	 */
	synchronized void check() {
		try {
			long last = this.store.lastChange();
			if (last > this.seen && this.reindexer.start(false).accepted()) {
				log.info("Console change #{} seen; re-indexing", last);
				markSeen(last);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for console changes: {}", ex.toString());
		}
	}

	private synchronized void markSeen(long change) {
		this.seen = Math.max(this.seen, change);
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

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
