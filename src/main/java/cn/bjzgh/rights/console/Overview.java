package cn.bjzgh.rights.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.feedback.FeedbackRepository;
import cn.bjzgh.rights.feedback.QuestionLog;
import cn.bjzgh.rights.knowledge.Category;

/** Usage over the last days, shaped for the console's charts and tables. */
class Overview {

	record Day(LocalDate day, long questions) {
	}

	record Topic(String topic, String label, long count) {
	}

	record Report(int days, OffsetDateTime since, long questions, List<Day> perDay, Map<String, Long> byMode,
			Map<String, Long> byOutcome, Map<String, Long> handoffsByReason, Map<String, Long> feedback,
			List<Topic> topTopics) {
	}

	private final QuestionLog questions;

	private final FeedbackRepository feedback;

	private final Clock clock;

	Overview(QuestionLog questions, FeedbackRepository feedback, Clock clock) {
		this.questions = questions;
		this.feedback = feedback;
		this.clock = clock;
	}

	Report report(int days) {
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime since = today.minusDays(days - 1L).atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		QuestionLog.Stats stats = this.questions.stats(since);
		Map<LocalDate, Long> counted = new LinkedHashMap<>();
		stats.byDay().forEach((d) -> counted.put(d.day(), d.questions()));
		List<Day> perDay = new ArrayList<>();
		for (LocalDate day = since.toLocalDate(); !day.isAfter(today); day = day.plusDays(1)) {
			perDay.add(new Day(day, counted.getOrDefault(day, 0L)));
		}
		List<Topic> topics = stats.byCategory()
			.entrySet()
			.stream()
			.limit(10)
			.map((e) -> new Topic(e.getKey(), Category.fromKey(e.getKey()).map(Category::label).orElse(e.getKey()),
					e.getValue()))
			.toList();
		return new Report(days, since, stats.questions(), perDay, stats.byMode(), stats.byOutcome(), stats.byHandoff(),
				this.feedback.counts(since), topics);
	}

}
