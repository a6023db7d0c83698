package cn.bjzgh.rights.cluster;

import java.util.function.Consumer;

/**
 * Tells the other instances that something happened (the knowledge changed), through
 * Redis pub/sub in shared mode. A message is fire-and-forget: an instance that is not
 * listening at that moment does not get it later, so whatever it announces must also be
 * found another way (the console's changes are also polled from the shared database, and
 * the admin status shows each instance's index version).
 */
public interface Broadcasts {

	/**
	 * Sends {@code message} on {@code topic} to every other instance.
	 * @return false when it could not be sent (Redis did not answer)
	 */
	boolean publish(String topic, String message);

	/**
	 * Calls {@code listener} with each message other instances publish on {@code topic}.
	 */
	void subscribe(String topic, Consumer<String> listener);

	/** A single instance: there is nobody to tell. */
	static Broadcasts none() {
		return new Broadcasts() {
			@Override
			public boolean publish(String topic, String message) {
				return true;
			}

			@Override
			public void subscribe(String topic, Consumer<String> listener) {
			}
		};
	}

	/**
	 * Through Redis pub/sub; a message carries its sender, which does not hear itself.
	 */
	static Broadcasts through(RedisLink link) {
		return new Broadcasts() {
			@Override
			public boolean publish(String topic, String message) {
				return link.publish(topic, link.instanceId() + "\n" + message);
			}

			@Override
			public void subscribe(String topic, Consumer<String> listener) {
				link.subscribe(topic, (raw) -> {
					int cut = raw.indexOf('\n');
					if (cut > 0 && !raw.substring(0, cut).equals(link.instanceId())) {
						listener.accept(raw.substring(cut + 1));
					}
				});
			}
		};
	}

}
