package cn.bjzgh.rights.chat;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who is asking: a worker wants short plain answers, a volunteer the full legal basis.
 */
public enum Audience {

	WORKER("worker"), VOLUNTEER("volunteer");

	private final String key;

	Audience(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static Optional<Audience> fromKey(String key) {
		if (key == null || key.isBlank()) {
			return Optional.of(WORKER);
		}
		return Arrays.stream(values()).filter((a) -> a.key.equals(key)).findFirst();
	}

}
