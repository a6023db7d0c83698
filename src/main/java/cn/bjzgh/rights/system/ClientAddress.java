package cn.bjzgh.rights.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for limits: the last address in the trusted proxy header when one
 * is configured, otherwise the connection's own address. The last one, because that is
 * the one our proxy appended; anything before it was sent by the client and could be
 * forged to escape its limit.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request, String trustedProxyHeader) {
		return of(request.getRemoteAddr(), (trustedProxyHeader == null || trustedProxyHeader.isBlank()) ? null
				: request.getHeader(trustedProxyHeader));
	}

	public static String of(String remoteAddress, String forwardedHeaderValue) {
		if (forwardedHeaderValue != null && !forwardedHeaderValue.isBlank()) {
			String last = forwardedHeaderValue.substring(forwardedHeaderValue.lastIndexOf(',') + 1).strip();
			if (!last.isEmpty() && last.length() <= 64) {
				return last;
			}
		}
		return (remoteAddress == null) ? "unknown" : remoteAddress;
	}

}
