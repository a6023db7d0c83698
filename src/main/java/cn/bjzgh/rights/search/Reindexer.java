package cn.bjzgh.rights.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.bjzgh.rights.knowledge.KnowledgeBase;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import cn.bjzgh.rights.knowledge.KnowledgeProblem;
import cn.bjzgh.rights.knowledge.KnowledgeProperties;
import cn.bjzgh.rights.knowledge.LawSections;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/**
 * Re-indexes {@code knowledge/} on an operator's request, in the background, one run at a
 * time, on the same single thread as the start-up build. Everything is checked before
 * anything is replaced: when a knowledge file or the synonym list has an error the run
 * fails, reports the error and leaves the current index, synonyms and law sections in
 * place. Otherwise the new index is committed and published through the
 * {@code SearcherManager}, so searches in flight finish on the old index and the next
 * ones see the new one.
 */
@Component
public class Reindexer {

	private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

	/** Where the last run stands. */
	public enum State {

		IDLE, RUNNING, SUCCEEDED, FAILED

	}

	/**
	 * What an operator sees.
	 *
	 * @param problems knowledge files that did not load; when not empty nothing was
	 * replaced
	 * @param error a failure other than a knowledge file, or null
	 */
	public record Status(State state, boolean full, Instant startedAt, Instant finishedAt,
			KnowledgeIndex.SyncReport report, List<KnowledgeProblem> problems, String error) {

		static final Status NEVER = new Status(State.IDLE, false, null, null, null, List.of(), null);

	}

	private final KnowledgeSource source;

	private final KnowledgeProperties knowledge;

	private final KnowledgeIndex index;

	private final HybridSearcher searcher;

	private final LawSections laws;

	private final TaskExecutor executor;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Status status = Status.NEVER;

	private final Object queue = new Object();

	private boolean queued;

	private boolean queuedFull;

	private final List<Runnable> finishedListeners = new CopyOnWriteArrayList<>();

	Reindexer(KnowledgeSource source, KnowledgeProperties knowledge, KnowledgeIndex index, HybridSearcher searcher,
			LawSections laws, @Qualifier("indexExecutor") TaskExecutor executor, Clock clock) {
		this.source = source;
		this.knowledge = knowledge;
		this.index = index;
		this.searcher = searcher;
		this.laws = laws;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Starts a run unless one is already running.
	 * @param full re-embed every file into a fresh index instead of only the changed ones
	 * @return the status of the run started, or of the one already running
	 */
	public Started start(boolean full) {
		if (!this.running.compareAndSet(false, true)) {
			return new Started(false, this.status);
		}
		return launch(full);
	}

	/**
	 * Starts a run now, or right after the one running (which may have begun before the
	 * change that asks for this one), e.g. when another instance announces a change.
	 */
	public void startOrQueue(boolean full) {
		synchronized (this.queue) {
			this.queued = true;
			this.queuedFull |= full;
		}
		drainQueue();
	}

	/** Runs {@code listener} after every run, whatever its outcome. */
	public void onFinished(Runnable listener) {
		this.finishedListeners.add(listener);
	}

	private void drainQueue() {
		boolean full;
		synchronized (this.queue) {
			if (!this.queued || !this.running.compareAndSet(false, true)) {
				return;
			}
			full = this.queuedFull;
			this.queued = false;
			this.queuedFull = false;
		}
		launch(full);
	}

	private Started launch(boolean full) {
		Status begun = new Status(State.RUNNING, full, this.clock.instant(), null, null, List.of(), null);
		this.status = begun;
		try {
			this.executor.execute(() -> run(begun));
		}
		catch (TaskRejectedException ex) {
			this.status = finished(begun, State.FAILED, null, List.of(), "the index thread is busy");
			this.running.set(false);
			return new Started(false, this.status);
		}
		return new Started(true, begun);
	}

	/**
	 * @param accepted whether this request started a run
	 */
	public record Started(boolean accepted, Status status) {
	}

	public Status status() {
		return this.status;
	}

	private void run(Status begun) {
		try {
			KnowledgeBase kb = this.source.load();
			if (!kb.problems().isEmpty()) {
				log.warn("Re-index refused: {} knowledge file(s) have errors; the current index stays: {}",
						kb.problems().size(), kb.problems());
				this.status = finished(begun, State.FAILED, null, kb.problems(), null);
				return;
			}
			SynonymMap synonyms = SynonymLoader.loadStrictly(this.knowledge.synonymsFile());
			Typos typos = Typos.loadStrictly(this.knowledge.typosFile());
			KnowledgeIndex.SyncReport report = this.index.sync(kb, begun.full());
			this.searcher.useSynonyms(synonyms);
			this.searcher.useTypos(typos);
			this.laws.reload();
			this.status = finished(begun, State.SUCCEEDED, report, List.of(), null);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Re-index failed; the current index stays", ex);
			this.status = finished(begun, State.FAILED, null, List.of(), ex.getMessage());
		}
		finally {
			this.running.set(false);
			this.finishedListeners.forEach(Runnable::run);
			drainQueue();
		}
	}

	private Status finished(Status begun, State state, KnowledgeIndex.SyncReport report,
			List<KnowledgeProblem> problems, String error) {
		return new Status(state, begun.full(), begun.startedAt(), this.clock.instant(), report, problems, error);
	}

}
