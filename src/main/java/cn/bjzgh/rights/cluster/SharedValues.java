package cn.bjzgh.rights.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.SetArgs;

/**
 * One kind of per-conversation value (its messages, its case file) kept in Redis under
 * {@code rights:conv:<id>:<kind>} with the conversation's time-to-live, refreshed by
 * every write, so a follow-up sent to any instance continues the conversation.
 * <p>
 * Every value is also kept in this instance's memory (bounded, least recently used
 * dropped first). When Redis does not answer, reads and writes use that copy, and
 * conversations written meanwhile are remembered; once Redis answers again they are
 * copied to it (also on their next read), so the turns answered during the outage are not
 * lost. When Redis answers that a value is gone (it expired), the local copy is dropped
 * too: an expired conversation does not come back from an instance's memory.
 */
public final class SharedValues {

	private final RedisLink link;

	private final String kind;

	private final Map<String, String> local;

	private final Map<String, Boolean> unshared;

	public SharedValues(RedisLink link, String kind, int maxLocal) {
		this.link = link;
		this.kind = kind;
		this.local = new BoundedLru<>(maxLocal);
		this.unshared = new BoundedLru<>(maxLocal);
		link.onShared(this::share);
	}

	/** The value of conversation {@code id}, or empty when there is none (any more). */
	public Optional<String> get(String id) {
		return fetch(id).join();
	}

	/**
	 * Reads the value of conversation {@code id} without waiting, so that a caller can
	 * read another value in the same round trip.
	 */
	public CompletableFuture<Optional<String>> fetch(String id) {
		String mine;
		boolean pending;
		synchronized (this) {
			mine = this.local.get(id);
			pending = this.unshared.containsKey(id);
		}
		if (pending && mine != null) {
			// Written here while Redis was away: this copy is the newest.
			write(id, mine);
			return CompletableFuture.completedFuture(Optional.of(mine));
		}
		return this.link.send(this.kind, (c) -> c.get(key(id)).thenApply(Optional::ofNullable)).thenApply((shared) -> {
			if (shared.isEmpty()) {
				return Optional.ofNullable(mine);
			}
			synchronized (this) {
				if (shared.get().isPresent()) {
					this.local.put(id, shared.get().get());
				}
				else {
					this.local.remove(id);
				}
			}
			return shared.get();
		});
	}

	/** Stores {@code value} and waits until Redis has it (or did not answer). */
	public void put(String id, String value) {
		keep(id, value);
		write(id, value).join();
	}

	/**
	 * Stores {@code value} without waiting for Redis: a later read from this instance
	 * sees it (commands reach Redis in order), another instance as soon as Redis has it.
	 */
	public void send(String id, String value) {
		keep(id, value);
		write(id, value);
	}

	private synchronized void keep(String id, String value) {
		this.local.put(id, value);
	}

	public void delete(String id) {
		synchronized (this) {
			this.local.remove(id);
			this.unshared.remove(id);
		}
		this.link.call(this.kind, (c) -> c.del(key(id)));
	}

	/** Conversations written while Redis did not answer, not yet copied to it. */
	public synchronized int unsharedCount() {
		return this.unshared.size();
	}

	private CompletableFuture<Void> write(String id, String value) {
		return this.link
			.send(this.kind,
					(c) -> c.set(key(id), value,
							SetArgs.Builder.px(this.link.properties().conversationTtl().toMillis())))
			.thenAccept((done) -> {
				synchronized (this) {
					if (done.isPresent()) {
						this.unshared.remove(id);
					}
					else {
						this.unshared.put(id, Boolean.TRUE);
					}
				}
			});
	}

	/** Copies what was written during an outage to Redis. */
	private void share() {
		List<String> ids;
		synchronized (this) {
			ids = new ArrayList<>(this.unshared.keySet());
		}
		for (String id : ids) {
			String value;
			synchronized (this) {
				value = this.local.get(id);
			}
			if (value == null) {
				synchronized (this) {
					this.unshared.remove(id);
				}
			}
			else {
				write(id, value).join();
			}
		}
	}

	private String key(String id) {
		return RedisLink.key("conv", id, this.kind);
	}

}
