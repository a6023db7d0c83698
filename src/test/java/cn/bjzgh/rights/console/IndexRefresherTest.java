package cn.bjzgh.rights.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import cn.bjzgh.rights.search.KnowledgeBroadcast;
import cn.bjzgh.rights.search.Reindexer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A console change saved by another instance makes this one re-index, once; a change
 * saved here is re-indexed at once, announced to the other instances, and not again by
 * the check.
 */
class IndexRefresherTest {

	@Test
	void should_reindex_each_change_once() {
		DataSource db = new DriverManagerDataSource("jdbc:h2:mem:console-sync;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(db).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(db).load().migrate();
		ConsoleStore otherInstance = store(db);
		Reindexer reindexer = mock(Reindexer.class);
		given(reindexer.start(false)).willReturn(new Reindexer.Started(true, null));
		given(reindexer.status())
			.willReturn(new Reindexer.Status(Reindexer.State.SUCCEEDED, false, null, null, null, List.of(), null));
		KnowledgeBroadcast broadcast = mock(KnowledgeBroadcast.class);
		IndexRefresher sync = new IndexRefresher(store(db), reindexer, broadcast, Duration.ofHours(1));
		sync.afterPropertiesSet();
		try {
			sync.check();
			verify(reindexer, times(0)).start(false);
			otherInstance.saveEntry("console/entries/e-1", "entry", "问题", "---\n", "create", null, "张三");
			sync.check();
			sync.check();
			verify(reindexer, times(1)).start(false);
			// A change seen from the database was announced by the instance that saved
			// it.
			verify(broadcast, times(0)).announce(false);

			otherInstance.saveEntry("console/entries/e-2", "entry", "问题二", "---\n", "create", null, "张三");
			sync.refresh(); // as the saving instance does
			sync.check();
			verify(reindexer, times(2)).start(false);
			verify(broadcast, times(1)).announce(false);
		}
		finally {
			sync.destroy();
		}
	}

	private static ConsoleStore store(DataSource db) {
		return new ConsoleStore(JdbcClient.create(db), new TransactionTemplate(new DataSourceTransactionManager(db)),
				Clock.systemUTC());
	}

}
