package cn.bjzgh.rights.search;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import cn.bjzgh.rights.knowledge.KnowledgeLoader;

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
		return KnowledgeLoader.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
	}

}
