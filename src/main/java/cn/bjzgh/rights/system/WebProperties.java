package cn.bjzgh.rights.system;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and origins for the public side.
 *
 * @param allowedOrigins origins whose pages may embed the widget (env
 * {@code ALLOWED_ORIGINS}, comma-separated, patterns such as {@code https://*.example.cn}
 * allowed); empty means this service's own origin only
 * @param trustedProxyHeader header carrying the client address when the service runs
 * behind a reverse proxy (e.g. {@code X-Forwarded-For}); unset means the connection's
 * address is used, since a client could forge the header
 * @param chatPerMinute chat questions per client address per minute (REST and socket
 * together)
 * @param searchPerMinute searches per client address per minute
 * @param socketQuestionsPerMinute questions per socket (session) per minute
 * @param maxSocketsPerClient open sockets per client address
 * @param maxSockets open sockets in total
 * @param socketIdleTimeout idle sockets are closed after this
 * @param maxFrameBytes largest text frame accepted; larger ones get an error frame
 * @param maxBodyBytes largest REST request body accepted; larger ones get 413
 * @param maxUploadBytes largest document the console accepts (its only upload), 413 above
 */
@Validated
@ConfigurationProperties("rights.web")
public record WebProperties(@DefaultValue List<String> allowedOrigins, String trustedProxyHeader,
		@Min(1) @DefaultValue("20") int chatPerMinute, @Min(1) @DefaultValue("60") int searchPerMinute,
		@Min(1) @DefaultValue("12") int socketQuestionsPerMinute, @Min(1) @DefaultValue("5") int maxSocketsPerClient,
		@Min(1) @DefaultValue("2000") int maxSockets, @NotNull @DefaultValue("5m") Duration socketIdleTimeout,
		@Min(1024) @DefaultValue("16384") int maxFrameBytes, @Min(1024) @DefaultValue("32768") int maxBodyBytes,
		@Min(1024) @DefaultValue("20971520") int maxUploadBytes) {

	/** The console's document upload, the one path that takes large bodies. */
	public static final String UPLOAD_PATH = "/api/admin/documents";

	public String[] originPatterns() {
		return this.allowedOrigins.stream().map(String::strip).filter((o) -> !o.isEmpty()).toArray(String[]::new);
	}

}
