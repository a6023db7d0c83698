package cn.bjzgh.rights.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index version instances compare: 12 hex digits of a SHA-256 over a commit's user
 * data (the layout and the content hash of every indexed file), so the same knowledge
 * gives the same version on every instance.
 */
final class IndexFingerprint {

	private IndexFingerprint() {
	}

	static String of(Map<String, String> userData) {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(userData).forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(all.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
