package cn.bjzgh.rights.console;

import java.time.Duration;

import cn.bjzgh.rights.search.Reindexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Brings a console change made on another instance into this instance's index: every few
 * seconds it looks at the newest change in the shared database and re-indexes (only the
 * changed documents) when there is one it has not seen. With Redis a message could do
 * this sooner; the database is what every instance already shares.
 */
class ConsoleSync implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ConsoleSync.class);

	private final ConsoleStore store;

	private final Reindexer reindexer;

	private final Duration interval;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private volatile long seen;

	ConsoleSync(ConsoleStore store, Reindexer reindexer, Duration interval) {
		this.store = store;
		this.reindexer = reindexer;
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

	/** Re-indexes when the newest change is one this instance has not indexed. */
	void check() {
		try {
			long last = this.store.lastChange();
			if (last != this.seen && this.reindexer.start(false).accepted()) {
				log.info("Console change #{} seen; re-indexing", last);
				this.seen = last;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for console changes: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
