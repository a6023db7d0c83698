package cn.bjzgh.rights.chat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;

import cn.bjzgh.rights.calc.CalcResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes an answer on to the worker and, when it is done, notes the question in the
 * journal (for the union's statistics) and the time the service added before the worker
 * saw anything.
 */
class JournalingListener implements ChatListener {

	private static final Logger log = LoggerFactory.getLogger(JournalingListener.class);

	static final int MAX_ANSWER_CHARS = 4000;

	private final ChatListener worker;

	private final QuestionJournal journal;

	private final MeterRegistry meters;

	private final long acceptedNanos;

	private volatile QuestionJournal.AskedQuestion asked;

	private volatile boolean modelCalled;

	private volatile String answerId;

	private volatile List<Citation> citations = List.of();

	/** The answer as sent, kept for the console's feedback view (bounded). */
	private final StringBuilder answer = new StringBuilder();

	JournalingListener(ChatListener worker, QuestionJournal journal, MeterRegistry meters, long acceptedNanos) {
		this.worker = worker;
		this.journal = journal;
		this.meters = meters;
		this.acceptedNanos = acceptedNanos;
	}

	/** What to note once the answer is done (its mode is known only then). */
	void noting(String message, Audience audience, Route route, List<Passage> passages) {
		String outcome = route.outcome();
		String category = (QuestionJournal.AskedQuestion.ANSWERED.equals(outcome) && !passages.isEmpty())
				? passages.get(0).category() : null;
		String reason = (route.handoff() == null) ? null : route.handoff().reason();
		this.asked = new QuestionJournal.AskedQuestion(message, audience.key(), null, outcome, reason, category);
	}

	/**
	 * The model is about to be called: the {@code llm} overhead ends here (follow-up
	 * rewriting included, since it runs before).
	 */
	void modelCalled() {
		this.modelCalled = true;
		overhead("llm");
	}

	@Override
	public void onStart(String sessionId, String answerId) {
		this.answerId = answerId;
		this.worker.onStart(sessionId, answerId);
	}

	@Override
	public void onDelta(String text) {
		synchronized (this.answer) {
			if (this.answer.length() < MAX_ANSWER_CHARS) {
				this.answer.append(text, 0, Math.min(text.length(), MAX_ANSWER_CHARS - this.answer.length()));
			}
		}
		this.worker.onDelta(text);
	}

	@Override
	public void onCalculation(CalcResult calculation) {
		this.worker.onCalculation(calculation);
	}

	@Override
	public void onCitations(List<Citation> citations) {
		this.citations = List.copyOf(citations);
		this.worker.onCitations(citations);
	}

	@Override
	public void onHandoff(Handoff handoff) {
		this.worker.onHandoff(handoff);
	}

	@Override
	public void onSuggestions(Suggestion.Kind kind, List<Suggestion> suggestions) {
		this.worker.onSuggestions(kind, suggestions);
	}

	@Override
	public void onDone(ChatMode mode) {
		if (!this.modelCalled) {
			overhead("direct");
		}
		QuestionJournal.AskedQuestion a = this.asked;
		if (a != null) {
			try {
				String text;
				synchronized (this.answer) {
					text = this.answer.toString();
				}
				String cited = this.citations.stream()
					.map((c) -> c.id() + " " + c.title())
					.collect(Collectors.joining("\n"));
				this.journal.record(new QuestionJournal.AskedQuestion(a.question(), a.audience(), mode.key(),
						a.outcome(), a.handoffReason(), a.category(), this.answerId, text, cited));
			}
			catch (RuntimeException ex) {
				log.warn("Could not note a question for the statistics: {}", ex.toString());
			}
		}
		this.worker.onDone(mode);
	}

	/**
	 * The time this service adds before the worker sees an answer: from the question
	 * entering the chat queue to the model being called ({@code llm}), or to the whole
	 * answer being sent when no model is involved ({@code direct}).
	 */
	private void overhead(String path) {
		Timer.builder("rights.chat.overhead")
			.tag("path", path)
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(this.meters)
			.record(System.nanoTime() - this.acceptedNanos, TimeUnit.NANOSECONDS);
	}

}
