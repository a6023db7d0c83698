package cn.bjzgh.rights.chat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Conversation ids the service issues: {@code s-} followed by 22 URL-safe base64
 * characters (128 random bits). Anything else sent as a session id is rejected, so a
 * client cannot pick ids that collide with other people's conversations.
 */
final class SessionIds {

	private static final Pattern FORMAT = Pattern.compile("s-[A-Za-z0-9_-]{22}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SessionIds() {
	}

	static String next() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return "s-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** An answer id, for feedback: {@code a-} and 22 random characters. */
	static String nextAnswerId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return "a-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean isValid(String id) {
		return id != null && FORMAT.matcher(id).matches();
	}

}
