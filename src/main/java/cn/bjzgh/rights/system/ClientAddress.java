package cn.bjzgh.rights.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for limits: the first address in the trusted proxy header when one
 * is configured, otherwise the connection's own address.
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
			String first = forwardedHeaderValue.split(",")[0].strip();
			if (!first.isEmpty() && first.length() <= 64) {
				return first;
			}
		}
		return (remoteAddress == null) ? "unknown" : remoteAddress;
	}

}
