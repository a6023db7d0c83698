package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.bjzgh.rights.knowledge.KnowledgeLoader;
import cn.bjzgh.rights.knowledge.KnowledgeProblem;
import cn.bjzgh.rights.knowledge.KnowledgeProperties;
import cn.bjzgh.rights.knowledge.KnowledgeSource;
import cn.bjzgh.rights.knowledge.LawSections;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Re-indexing while searches run: the searches never fail, the new index appears in one
 * step, and a knowledge file with an error leaves the old index serving.
 */
class ReindexerTest {

	static final String OVERTIME = """
			---
			title: 加班
			source: 职工维权手册
			category: hours
			region: 全国
			effective: 2008-01-01
			updated: 2026-11-24
			---

			# 加班

			## 问：法定节假日加班工资怎么算？

			法定休假日安排加班，按不低于日工资的百分之三百支付加班工资。

			法律依据：《劳动法》第四十四条
			""";

	@TempDir
	Path knowledge;

	@TempDir
	Path indexDir;

	KnowledgeIndex index;

	HybridSearcher searcher;

	Reindexer reindexer;

	ThreadPoolTaskExecutor indexThread;

	@BeforeEach
	void build() throws IOException {
		FixtureKnowledge.writeAll(this.knowledge);
		KnowledgeLoader loader = new KnowledgeLoader(600);
		KnowledgeProperties properties = new KnowledgeProperties(this.knowledge, 600);
		this.index = new KnowledgeIndex(FSDirectory.open(this.indexDir), FixtureKnowledge.MODEL, "test");
		this.index.sync(loader.load(this.knowledge));
		this.searcher = new HybridSearcher(this.index, FixtureKnowledge.MODEL,
				new SearchProperties(null, 20, 3f, 1.5f, 1, 1, 0.7), properties.dir());
		this.indexThread = new ThreadPoolTaskExecutor();
		this.indexThread.setCorePoolSize(1);
		this.indexThread.setMaxPoolSize(1);
		this.indexThread.setQueueCapacity(4);
		this.indexThread.initialize();
		this.reindexer = new Reindexer(new KnowledgeSource(loader, properties, () -> null), properties, this.index,
				this.searcher, new LawSections(loader, properties), this.indexThread, Clock.systemUTC());
	}

	@AfterEach
	void close() throws IOException {
		this.indexThread.shutdown();
		this.index.close();
	}

	@Test
	void should_answer_every_search_during_a_full_reindex_and_then_serve_the_new_index() throws Exception {
		assertThat(topId("法定节假日加班工资")).doesNotStartWith("rights-handbook/overtime");
		FixtureKnowledge.write(this.knowledge, "rights-handbook/overtime.md", OVERTIME);

		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger searches = new AtomicInteger();
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		ExecutorService load = Executors.newFixedThreadPool(3);
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			workers.add(load.submit(() -> {
				while (!stop.get()) {
					try {
						SearchResult result = this.searcher.search("试用期最长多久", 3, null);
						if (result.hits().isEmpty()
								|| !result.hits().get(0).id().startsWith("rights-handbook/probation")) {
							failures.add(new AssertionError("wrong or no answer: " + result.hits()));
						}
						searches.incrementAndGet();
					}
					catch (RuntimeException ex) {
						failures.add(ex);
					}
				}
			}));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> searches.get() >= 10);
		int before = searches.get();

		Reindexer.Started started = this.reindexer.start(true);
		assertThat(started.accepted()).isTrue();
		assertThat(this.reindexer.start(false).accepted()).as("a second run while one runs").isFalse();
		await().atMost(Duration.ofSeconds(60)).until(() -> this.reindexer.status().state() != Reindexer.State.RUNNING);
		stop.set(true);
		for (Future<?> worker : workers) {
			worker.get(10, TimeUnit.SECONDS);
		}
		load.shutdown();

		Reindexer.Status status = this.reindexer.status();
		assertThat(status.state()).isEqualTo(Reindexer.State.SUCCEEDED);
		assertThat(status.report().filesEmbedded()).as("a full run re-embeds every file").isEqualTo(5);
		assertThat(searches.get()).as("searches kept running during the re-index").isGreaterThan(before);
		assertThat(failures).isEmpty();
		assertThat(topId("法定节假日加班工资")).startsWith("rights-handbook/overtime");
	}

	@Test
	void should_keep_the_old_index_and_report_the_file_when_knowledge_has_an_error() throws Exception {
		FixtureKnowledge.write(this.knowledge, "rights-handbook/overtime.md",
				OVERTIME.replace("category: hours", "category: salary"));

		reindex();

		Reindexer.Status status = this.reindexer.status();
		assertThat(status.state()).isEqualTo(Reindexer.State.FAILED);
		assertThat(status.problems()).extracting(KnowledgeProblem::file).containsExactly("rights-handbook/overtime.md");
		assertThat(status.problems().get(0).message()).contains("salary");
		assertThat(topId("试用期最长多久")).startsWith("rights-handbook/probation");
		assertThat(topId("法定节假日加班工资")).doesNotStartWith("rights-handbook/overtime");
	}

	@Test
	void should_keep_the_old_synonyms_when_the_new_list_does_not_parse() throws Exception {
		FixtureKnowledge.write(this.knowledge, "synonyms.txt", "炒鱿鱼 => \n");

		reindex();

		assertThat(this.reindexer.status().state()).isEqualTo(Reindexer.State.FAILED);
		assertThat(this.reindexer.status().error()).contains("synonyms.txt");
		// The old synonyms still map the slang to 辞退 in the keyword search.
		assertThat(this.searcher.searchKeyword("被炒鱿鱼了", 1).hits()).extracting(SearchHit::id)
			.first()
			.asString()
			.startsWith("rights-handbook/dismissal");
	}

	@Test
	void should_load_new_misspellings_on_a_reindex_and_refuse_a_broken_file() throws Exception {
		FixtureKnowledge.write(this.knowledge, "typos.txt", "# 错字\n试佣期 => 试用期\n");
		reindex();
		assertThat(this.reindexer.status().state()).isEqualTo(Reindexer.State.SUCCEEDED);
		SearchHit misspelt = this.searcher.search("试佣期最长多久", 1, null).hits().get(0);
		SearchHit right = this.searcher.search("试用期最长多久", 1, null).hits().get(0);
		assertThat(misspelt.id()).isEqualTo(right.id());
		assertThat(misspelt.questionSimilarity()).as("embedded as the right words")
			.isEqualTo(right.questionSimilarity());

		FixtureKnowledge.write(this.knowledge, "typos.txt", "试佣期 试用期\n");
		reindex();
		assertThat(this.reindexer.status().state()).isEqualTo(Reindexer.State.FAILED);
		assertThat(this.reindexer.status().error()).contains("typos.txt").contains("line 1");
		assertThat(this.searcher.search("试佣期最长多久", 1, null).hits().get(0).questionSimilarity())
			.as("the rules in use stay")
			.isEqualTo(right.questionSimilarity());
	}

	/** Starts a re-index of the changed files and waits for it to end. */
	private void reindex() {
		assertThat(this.reindexer.start(false).accepted()).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.reindexer.status().state() != Reindexer.State.RUNNING);
	}

	private String topId(String query) {
		List<SearchHit> hits = this.searcher.search(query, 1, null).hits();
		return hits.isEmpty() ? "" : hits.get(0).id();
	}

}
