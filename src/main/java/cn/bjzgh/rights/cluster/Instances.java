package cn.bjzgh.rights.cluster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.ObjectMapper;

/**
 * The instances serving together and the index version each one searches, for the admin
 * status: an operator sees at a glance whether a knowledge change has reached all of
 * them. Each instance reports itself to Redis every heartbeat; one not heard of for three
 * heartbeats is gone. Without Redis the list is this instance alone.
 */
public final class Instances {

	/**
	 * What an instance says of itself.
	 *
	 * @param indexVersion a fingerprint of the knowledge its index holds: instances with
	 * the same knowledge show the same version
	 * @param reindexState how its last re-index went (IDLE, RUNNING, SUCCEEDED, FAILED)
	 * @param reindexedAt when its last re-index finished, or null
	 */
	public record Report(String indexVersion, String reindexState, Instant reindexedAt) {
	}

	/**
	 * One instance in the admin status.
	 *
	 * @param self whether it is the instance that answered this request
	 * @param shared whether it is in shared mode (false: Redis unset or not answering)
	 * @param seenAt when it last reported
	 */
	public record Entry(String id, boolean self, boolean shared, String indexVersion, String reindexState,
			Instant reindexedAt, Instant seenAt) {
	}

	private static final String HASH = RedisLink.key("instances");

	private final RedisLink link;

	private final String selfId;

	private final ObjectMapper json;

	private final Clock clock;

	private volatile Supplier<Report> report = () -> new Report(null, null, null);

	Instances(RedisLink link, String selfId, ObjectMapper json, Clock clock) {
		this.link = link;
		this.selfId = selfId;
		this.json = json;
		this.clock = clock;
	}

	/** How this instance describes itself; reported at once and at every heartbeat. */
	public void describeWith(Supplier<Report> report) {
		this.report = report;
		heartbeat();
	}

	/**
	 * Reports this instance now (after a re-index, without waiting for the heartbeat).
	 */
	public void heartbeat() {
		if (this.link != null) {
			String entry = this.json.writeValueAsString(self());
			this.link.call("instances", (c) -> c.hset(HASH, this.selfId, entry));
		}
	}

	/** Every instance heard of recently, this one first. */
	public List<Entry> list() {
		List<Entry> all = new ArrayList<>();
		all.add(self());
		if (this.link == null) {
			return all;
		}
		Map<String, String> reported = this.link.call("instances", (c) -> c.hgetall(HASH)).orElse(Map.of());
		Instant gone = this.clock.instant().minus(this.link.properties().heartbeat().multipliedBy(3));
		for (Map.Entry<String, String> e : reported.entrySet()) {
			if (e.getKey().equals(this.selfId)) {
				continue;
			}
			Entry other = this.json.readValue(e.getValue(), Entry.class);
			if (other.seenAt() == null || other.seenAt().isBefore(gone)) {
				this.link.call("instances", (c) -> c.hdel(HASH, e.getKey()));
			}
			else {
				all.add(new Entry(other.id(), false, other.shared(), other.indexVersion(), other.reindexState(),
						other.reindexedAt(), other.seenAt()));
			}
		}
		all.subList(1, all.size()).sort(Comparator.comparing(Entry::id));
		return all;
	}

	private Entry self() {
		Report r = this.report.get();
		return new Entry(this.selfId, true, this.link != null && this.link.shared(), r.indexVersion(), r.reindexState(),
				r.reindexedAt(), this.clock.instant());
	}

}
