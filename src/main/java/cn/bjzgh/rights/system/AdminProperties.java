package cn.bjzgh.rights.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin side ({@code /api/admin/**}).
 *
 * @param token bearer token union staff use (env {@code ADMIN_TOKEN}); when unset the
 * admin side is disabled, not open
 */
@ConfigurationProperties("rights.admin")
public record AdminProperties(String token) {

	public boolean enabled() {
		return this.token != null && !this.token.isBlank();
	}

}
