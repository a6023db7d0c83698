package cn.bjzgh.rights.feedback;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same contract against a real PostgreSQL server: PostgreSQL is a change of URL. */
class FeedbackRepositoryPostgresIT extends FeedbackStoreContract {

	static PostgresServer server;

	@BeforeAll
	static void start() throws Exception {
		server = new PostgresServer();
	}

	@AfterAll
	static void stop() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Override
	DataSource dataSource() {
		return new DriverManagerDataSource(server.jdbcUrl(), "postgres", "");
	}

}
