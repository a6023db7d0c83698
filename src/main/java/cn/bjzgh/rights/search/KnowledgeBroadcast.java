package cn.bjzgh.rights.search;

import cn.bjzgh.rights.cluster.Broadcasts;
import cn.bjzgh.rights.cluster.Instances;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Carries knowledge changes between instances: a re-index requested here (by an operator
 * or after a console change) is announced, and one announced by another instance is run
 * here too, each instance re-indexing its own Lucene directory (right after its current
 * run, if one is going). Also tells the instance list this instance's index version,
 * after every run.
 */
@Component
public class KnowledgeBroadcast {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBroadcast.class);

	static final String TOPIC = "knowledge";

	private static final String FULL = "full";

	private static final String CHANGED = "changed";

	private final Broadcasts broadcasts;

	KnowledgeBroadcast(Broadcasts broadcasts, Reindexer reindexer, Instances instances, KnowledgeIndex index) {
		this.broadcasts = broadcasts;
		broadcasts.subscribe(TOPIC, (message) -> {
			log.info("Another instance re-indexed ({}); re-indexing here", message);
			reindexer.startOrQueue(FULL.equals(message));
		});
		instances.describeWith(() -> {
			Reindexer.Status status = reindexer.status();
			return new Instances.Report(index.version(), status.state().name(), status.finishedAt());
		});
		reindexer.onFinished(instances::heartbeat);
	}

	/** Tells the other instances to re-index ({@code full}: every file again). */
	public void announce(boolean full) {
		if (!this.broadcasts.publish(TOPIC, full ? FULL : CHANGED)) {
			log.warn("Could not tell the other instances to re-index (Redis does not answer); "
					+ "the admin status shows which index version each one has");
		}
	}

}
