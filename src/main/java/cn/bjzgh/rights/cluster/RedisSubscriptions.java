package cn.bjzgh.rights.cluster;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.lettuce.core.RedisClient;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RedisLink}'s pub/sub side: the channels listened to, on one connection that
 * Lettuce reconnects and re-subscribes by itself once it exists; received messages are
 * counted and handed to their listener.
 */
final class RedisSubscriptions implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RedisSubscriptions.class);

	private final Map<String, Consumer<String>> listeners = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	private final String prefix;

	private volatile StatefulRedisPubSubConnection<String, String> connection;

	RedisSubscriptions(MeterRegistry meters, String prefix) {
		this.meters = meters;
		this.prefix = prefix;
	}

	/** Listens to {@code channel} (a full key), now if connected, else once connected. */
	void subscribe(String channel, Consumer<String> listener) {
		this.listeners.put(channel, listener);
		StatefulRedisPubSubConnection<String, String> c = this.connection;
		if (c != null) {
			c.async().subscribe(channel);
		}
	}

	/** Connects and subscribes to every channel, unless already connected. */
	void connect(RedisClient client) {
		if (this.connection != null) {
			return;
		}
		StatefulRedisPubSubConnection<String, String> c = client.connectPubSub(StringCodec.UTF8);
		c.addListener(new RedisPubSubAdapter<>() {
			@Override
			public void message(String channel, String message) {
				received(channel, message);
			}
		});
		Set<String> channels = this.listeners.keySet();
		if (!channels.isEmpty()) {
			c.sync().subscribe(channels.toArray(String[]::new));
		}
		this.connection = c;
	}

	private void received(String channel, String message) {
		Consumer<String> listener = this.listeners.get(channel);
		if (listener == null) {
			return;
		}
		String name = channel.startsWith(this.prefix) ? channel.substring(this.prefix.length()) : channel;
		this.meters.counter("rights.redis.messages", "channel", name, "direction", "received").increment();
		try {
			listener.accept(message);
		}
		catch (RuntimeException ex) {
			log.warn("Could not handle a message on {}: {}", name, ex.toString());
		}
	}

	@Override
	public void close() {
		StatefulRedisPubSubConnection<String, String> c = this.connection;
		if (c != null) {
			c.close();
		}
	}

}
