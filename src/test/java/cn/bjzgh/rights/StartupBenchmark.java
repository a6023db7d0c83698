package cn.bjzgh.rights;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Comparator;

import cn.bjzgh.rights.search.KnowledgeIndex;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
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

	/**
	 * The slowest start-up steps Spring recorded (a bean's time includes the beans it
	 * needed created first).
	 */
	private static void slowest(BufferingApplicationStartup steps, int count) {
		steps.getBufferedTimeline()
			.getEvents()
			.stream()
			.sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
			.limit(count)
			.forEach((e) -> {
				StringBuilder tags = new StringBuilder();
				e.getStartupStep()
					.getTags()
					.forEach((t) -> tags.append(' ').append(t.getKey()).append('=').append(t.getValue()));
				log.info("step {} ms: {}{}", e.getDuration().toMillis(), e.getStartupStep().getName(), tags);
			});
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		SpringApplication app = new SpringApplication(Application.class);
		BufferingApplicationStartup steps = new BufferingApplicationStartup(20_000);
		app.setApplicationStartup(steps);
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
			slowest(steps, Integer.getInteger("slowest", 25));
		}
	}

}
