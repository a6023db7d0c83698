package cn.bjzgh.rights.chat;

import java.util.List;
import java.util.Optional;

/**
 * How one question is answered, decided once by {@link Router} and carried out by
 * {@link ChatService} in one switch. Each route carries the hand-over to people that goes
 * with it, or null.
 */
sealed interface Route {

	Handoff handoff();

	/** What the question log records for it. */
	default String outcome() {
		return QuestionJournal.AskedQuestion.ANSWERED;
	}

	/**
	 * Off-scope: no labour vocabulary and nothing similar in the handbooks, or another
	 * part of life ({@code elsewhere}: the services for it are named).
	 */
	record Decline(Handoff handoff, boolean elsewhere) implements Route {

		@Override
		public String outcome() {
			return QuestionJournal.AskedQuestion.OFF_SCOPE;
		}

	}

	/** A request for the prompts or to drop the rules. */
	record Probe(Handoff handoff) implements Route {

		@Override
		public String outcome() {
			return QuestionJournal.AskedQuestion.PROMPT_PROBE;
		}

	}

	/**
	 * Nothing reliable was found: say so and hand over instead of guessing, offering the
	 * nearest handbook questions to tap in case one of them is what was meant.
	 */
	record NotFound(List<Suggestion> nearest, Handoff handoff) implements Route {

		@Override
		public String outcome() {
			return QuestionJournal.AskedQuestion.NOT_FOUND;
		}

	}

	/**
	 * The worker has only said who they are or where they work: ask what happened,
	 * offering to tap, for each trouble workers most often bring, the handbook question
	 * nearest to it from that work; or only a circumstance ({@code circumstance},
	 * "我怀孕三个月了"): the handbook questions nearest to it.
	 */
	record Introduced(Opening opening) implements Route {

		@Override
		public Handoff handoff() {
			return null;
		}

	}

	/** What a worker opened a conversation with, when it asked nothing yet. */
	enum Opening {

		/** A job or workplace ("我在快递站干分拣"). */
		JOB,
		/** A circumstance ("我怀孕三个月了"). */
		CIRCUMSTANCE,
		/** A greeting ("你好"). */
		GREETING

	}

	/** Only thanks ("谢谢"): say you are welcome, and where people can help. */
	record Thanks() implements Route {

		@Override
		public Handoff handoff() {
			return null;
		}

	}

	/** The best passages answer different questions: ask which one was meant. */
	record Clarify(List<Suggestion> choices, Handoff handoff) implements Route {
	}

	/** Offline, the question asks for a calculation: lead with it, then the passages. */
	record Calculate(ChatCalculations.Planned planned, List<Passage> passages, Handoff handoff) implements Route {
	}

	/**
	 * A handbook question close in meaning and wording: its curated answer as it stands.
	 */
	record Faq(List<Passage> passages, Handoff handoff) implements Route {
	}

	/**
	 * The model writes the answer from the passages; the calculation, if any, is the
	 * offline fallback's lead.
	 */
	record Llm(List<Passage> passages, Optional<ChatCalculations.Planned> planned, Handoff handoff) implements Route {
	}

	/** Composed from the passages without a model. */
	record Offline(List<Passage> passages, Handoff handoff) implements Route {
	}

}
