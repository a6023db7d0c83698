package cn.bjzgh.rights.search;

import java.io.IOException;

import cn.bjzgh.rights.knowledge.KnowledgeBase;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Builds or refreshes the index in the background once the server is up, so the port
 * opens at once and health (and the readiness group) reports DOWN until the index is
 * ready.
 */
@Component
class IndexBootstrap {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final KnowledgeSource source;

	private final KnowledgeIndex index;

	private final TaskExecutor executor;

	private final ApplicationEventPublisher events;

	private volatile String failure;

	IndexBootstrap(KnowledgeSource source, KnowledgeIndex index, @Qualifier("indexExecutor") TaskExecutor executor,
			ApplicationEventPublisher events) {
		this.source = source;
		this.index = index;
		this.executor = executor;
		this.events = events;
	}

	/**
	 * Readiness is DOWN until then through {@code KnowledgeIndexHealthIndicator}, which
	 * belongs to the readiness group: Spring Boot itself marks the application
	 * ACCEPTING_TRAFFIC right after this event, so publishing REFUSING_TRAFFIC here would
	 * be overwritten.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.executor.execute(this::build);
	}

	private void build() {
		try {
			KnowledgeBase kb = this.source.load();
			this.index.sync(kb);
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
		catch (IOException | RuntimeException ex) {
			this.failure = ex.getClass().getSimpleName();
			log.error("Building the knowledge index failed; search stays unavailable", ex);
		}
	}

	/** The reason the first build failed, or null. */
	String failure() {
		return this.failure;
	}

}
