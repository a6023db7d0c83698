package cn.bjzgh.rights.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies. A declared length over the cap gets 413 problem+json before
 * anything is read; a body without a declared length (chunked) is cut off at the cap, and
 * the JSON reader then reports it as malformed (400). Written here because neither Jetty
 * nor Spring offers a body cap for JSON requests with a bilingual problem answer; Jetty's
 * {@code SizeLimitHandler} answers with its own error page.
 */
class BodySizeFilter extends OncePerRequestFilter {

	private final long maxBodyBytes;

	private final long maxUploadBytes;

	private final ObjectMapper json;

	BodySizeFilter(long maxBodyBytes, long maxUploadBytes, ObjectMapper json) {
		this.maxBodyBytes = maxBodyBytes;
		this.maxUploadBytes = maxUploadBytes;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		long maxBytes = WebProperties.UPLOAD_PATH.equals(request.getRequestURI()) ? this.maxUploadBytes
				: this.maxBodyBytes;
		if (declared > maxBytes) {
			discard(request, declared);
			ApiExceptionHandler.write(response, this.json, HttpStatus.CONTENT_TOO_LARGE, "payload_too_large",
					"请求内容过大（最多 " + maxBytes / 1024 + " KB）",
					"The request body is too large (at most " + maxBytes / 1024 + " KB)");
			return;
		}
		chain.doFilter((declared < 0) ? new Capped(request, maxBytes) : request, response);
	}

	/**
	 * Reads and drops a moderately oversized body, so the client, still sending it, gets
	 * to read the 413 instead of a reset connection; a huge one is not read, and the
	 * connection is closed after the answer.
	 */
	private static void discard(HttpServletRequest request, long declared) throws IOException {
		if (declared > DRAIN_LIMIT) {
			return;
		}
		byte[] buffer = new byte[8192];
		try (var in = request.getInputStream()) {
			while (in.read(buffer) >= 0) {
				// dropped
			}
		}
	}

	/** Bodies up to this size are read and dropped before a 413. */
	static final long DRAIN_LIMIT = 1024 * 1024;

	/** A request whose body stream ends in an error past the cap. */
	private static final class Capped extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		Capped(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						count((b < 0) ? 0 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						count(Math.max(n, 0));
						return n;
					}

					private void count(int n) throws IOException {
						this.read += n;
						if (this.read > Capped.this.maxBytes) {
							throw new IOException("request body over " + Capped.this.maxBytes + " bytes");
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

	}

}
