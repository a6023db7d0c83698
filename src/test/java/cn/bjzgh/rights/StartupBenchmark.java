package cn.bjzgh.rights;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;

import cn.bjzgh.rights.search.KnowledgeIndex;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time from launch to "ready" (index loaded, health UP) and heap after start, for the
 * service on its embedded defaults with a warm index. Run twice: the first run builds the
 * index if needed, the second is the figure that counts (see the README).
 */
public final class StartupBenchmark {

	private static final Logger log = LoggerFactory.getLogger(StartupBenchmark.class);

	private StartupBenchmark() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		SpringApplication app = new SpringApplication(Application.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--rights.search.index-dir=target/it-index")) {
			long startedMs = (System.nanoTime() - start) / 1_000_000;
			KnowledgeIndex index = context.getBean(KnowledgeIndex.class);
			Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(index::isReady);
			long readyMs = (System.nanoTime() - start) / 1_000_000;
			System.gc();
			MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
			log.info("context started in {} ms; index ready (health UP) {} ms after launch; heap used after GC {} MB",
					startedMs, readyMs, heap.getUsed() / (1024 * 1024));
		}
	}

}
