package cn.bjzgh.rights.search;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The model load started before the context, and found by the bean. */
class ModelPreloaderTest {

	@Test
	void the_configured_thread_count_is_read_and_a_bad_one_left_to_validation() {
		assertThat(ModelPreloader.threads(new MockEnvironment())).isEqualTo(1);
		assertThat(ModelPreloader.threads(new MockEnvironment().withProperty(ModelPreloader.THREADS, " 2 ")))
			.isEqualTo(2);
		assertThat(ModelPreloader.threads(new MockEnvironment().withProperty(ModelPreloader.THREADS, "0"))).isNull();
		assertThat(ModelPreloader.threads(new MockEnvironment().withProperty(ModelPreloader.THREADS, "17"))).isNull();
		assertThat(ModelPreloader.threads(new MockEnvironment().withProperty(ModelPreloader.THREADS, "两个"))).isNull();
	}

	@Test
	void the_bean_made_after_the_event_shares_the_load_it_started() throws Exception {
		// Three threads: a count no other test loads, so this load is the event's.
		MockEnvironment environment = new MockEnvironment().withProperty(ModelPreloader.THREADS, "3");
		new ModelPreloader().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
		BgeSmallZhModel.preload(3).get(2, TimeUnit.MINUTES);
		// A load of its own would take seconds; the bean's is already done.
		BgeSmallZhModel model = new BgeSmallZhModel(Runnable::run, 3);
		assertThat(model.isLoaded()).isTrue();
		assertThat(model.embed("试用期工资").content().vector()).hasSize(512);
	}

}
