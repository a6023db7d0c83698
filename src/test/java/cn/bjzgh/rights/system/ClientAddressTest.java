package cn.bjzgh.rights.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void should_take_the_address_the_proxy_appended_not_one_the_client_wrote() {
		assertThat(ClientAddress.of("10.0.0.9", "1.2.3.4, 203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of("10.0.0.9", "203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	void should_fall_back_to_the_connection_when_the_header_is_missing_or_unusable() {
		assertThat(ClientAddress.of("10.0.0.9", null)).isEqualTo("10.0.0.9");
		assertThat(ClientAddress.of("10.0.0.9", "  ")).isEqualTo("10.0.0.9");
		assertThat(ClientAddress.of("10.0.0.9", "1.2.3.4, ")).isEqualTo("10.0.0.9");
		assertThat(ClientAddress.of("10.0.0.9", "x".repeat(65))).isEqualTo("10.0.0.9");
		assertThat(ClientAddress.of((String) null, null)).isEqualTo("unknown");
	}

}
