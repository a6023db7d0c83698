package cn.bjzgh.rights.feedback;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The embedded default database. */
class FeedbackRepositoryH2Test extends FeedbackStoreContract {

	@Override
	DataSource dataSource() {
		return new DriverManagerDataSource("jdbc:h2:mem:feedback;DB_CLOSE_DELAY=-1", "sa", "");
	}

}
