package cn.bjzgh.rights.search;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts loading the embedding model as soon as the configuration is known, before the
 * application context is built (registered in {@code META-INF/spring.factories}, since no
 * bean exists yet). The load takes about 3 s of one core; started from the bean it
 * overlapped only the second half of the context's start, and with a faster start (the
 * JDK's ahead-of-time cache, see the README) it was the last thing readiness waited for.
 * The bean ({@link BgeSmallZhModel}) finds the load under way.
 */
public class ModelPreloader implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String THREADS = "rights.search.onnx-threads";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Integer threads = threads(event.getEnvironment());
		if (threads != null) {
			BgeSmallZhModel.preload(threads);
		}
	}

	/**
	 * The configured thread count, or null when it is not a valid one: then the bean
	 * loads the model itself, after the configuration's own validation has said what is
	 * wrong.
	 */
	static Integer threads(Environment environment) {
		String value = environment.getProperty(THREADS, SearchProperties.DEFAULT_ONNX_THREADS).strip();
		try {
			int threads = Integer.parseInt(value);
			return (threads >= 1 && threads <= SearchProperties.MAX_ONNX_THREADS) ? threads : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
