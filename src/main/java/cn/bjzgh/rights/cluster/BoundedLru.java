package cn.bjzgh.rights.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of at most {@code capacity} entries in access order that drops the least recently
 * used one first: how every per-conversation or per-query memory of an instance stays
 * bounded, so a flood of new ids cannot grow it without end. Not synchronized.
 */
public final class BoundedLru<K, V> extends LinkedHashMap<K, V> {

	private static final long serialVersionUID = 1L;

	private final int capacity;

	public BoundedLru(int capacity) {
		super(Math.min(capacity, 256), 0.75f, true);
		this.capacity = capacity;
	}

	@Override
	protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
		return size() > this.capacity;
	}

}
