package cn.bjzgh.rights.chat;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the service has understood of one conversation, the way a volunteer keeps a case
 * file: the facts the worker gave (each with the turn it was given in; a correction
 * replaces it), the question currently being answered, and its topic. It holds only
 * masked text, never an ID, phone or bank number.
 *
 * @param turn the number of questions asked so far in this conversation
 * @param facts the facts given, each with its value and the turn it came in
 * @param anchor the question the conversation is about: the last message that was not a
 * mere fragment, made self-contained (null before the first)
 * @param resolved this turn's message, made self-contained
 * @param topic the category of the passage the last answer rested on, or null
 * @param passageId the passage the last answer rested on, or null
 */
record CaseFile(int turn, Map<Fact, Noted> facts, String anchor, String resolved, String topic, String passageId) {

	/** An empty file, before the first question. */
	static final CaseFile EMPTY = new CaseFile(0, Map.of(), null, null, null, null);

	/** One fact's value and the turn (1-based) the worker gave it in. */
	record Noted(String value, int turn) {
	}

	CaseFile {
		facts = Collections.unmodifiableMap(facts.isEmpty() ? new EnumMap<>(Fact.class) : new EnumMap<>(facts));
	}

	Optional<String> get(Fact fact) {
		return Optional.ofNullable(this.facts.get(fact)).map(Noted::value);
	}

	boolean has(Fact fact) {
		return this.facts.containsKey(fact);
	}

	/**
	 * The value of {@link Fact#RESIGNING} for a job the worker ended at their own wish.
	 */
	static final String OWN_ACCORD = "own";

	/**
	 * What the worker told of the ground of an ending at the employer's hand, in the
	 * order that decides which one a figure is reckoned on: a fault alleged, none given,
	 * called unlawful.
	 */
	static final List<Fact> GROUNDS = List.of(Fact.MISCONDUCT_ALLEGED, Fact.NO_GROUND_GIVEN, Fact.CALLED_UNLAWFUL);

	/** Ways the employer ended the job, each of which decides what severance is owed. */
	static final Set<Fact> TERMINATIONS = EnumSet.of(Fact.LAYOFF, Fact.DISMISSED, Fact.MUTUAL, Fact.NOT_RENEWED,
			Fact.CLOSURE);

	/** Whether the worker told that the employer ended (or is ending) the job. */
	boolean endedByEmployer() {
		return TERMINATIONS.stream().anyMatch(this::has);
	}

	/** Whether the fact was given before the current turn. */
	boolean earlier(Fact fact) {
		Noted n = this.facts.get(fact);
		return n != null && n.turn() < this.turn;
	}

	CaseFile nextTurn(Map<Fact, String> given) {
		Map<Fact, Noted> merged = new EnumMap<>(Fact.class);
		merged.putAll(this.facts);
		if (OWN_ACCORD.equals(given.get(Fact.RESIGNING))) {
			// "其实是我自己先提的离职" after "把我开了": the ending told before is taken back.
			TERMINATIONS.forEach(merged::remove);
			GROUNDS.forEach(merged::remove);
		}
		given.forEach((fact, value) -> merged.put(fact, new Noted(value, this.turn + 1)));
		return new CaseFile(this.turn + 1, merged, this.anchor, this.resolved, this.topic, this.passageId);
	}

	/** This turn's question; it becomes the anchor unless it was only a fragment. */
	CaseFile withResolution(Resolution resolution) {
		String newAnchor = (resolution.kind() == Resolution.Kind.FRAGMENT) ? this.anchor : resolution.question();
		return new CaseFile(this.turn, this.facts, newAnchor, resolution.question(), this.topic, this.passageId);
	}

	/** The same turn, searched with {@code query} (the anchor is left as it is). */
	CaseFile searchingFor(String query) {
		return new CaseFile(this.turn, this.facts, this.anchor, query, this.topic, this.passageId);
	}

	/**
	 * The handbook question of the passage the last answer rested on (its id after the
	 * '#'); call only when {@link #passageId()} is not null.
	 */
	String passageQuestion() {
		return this.passageId.substring(this.passageId.indexOf('#') + 1);
	}

	CaseFile withTopic(String category, String passage) {
		return new CaseFile(this.turn, this.facts, this.anchor, this.resolved, category, passage);
	}

	/** The facts given (or given anew) in this turn. */
	Set<Fact> toldNow() {
		Set<Fact> now = EnumSet.noneOf(Fact.class);
		this.facts.forEach((fact, noted) -> {
			if (noted.turn() == this.turn) {
				now.add(fact);
			}
		});
		return now;
	}

	/** The facts given in this turn, as a volunteer reads them. */
	List<String> describeTold() {
		return this.facts.entrySet()
			.stream()
			.filter((e) -> e.getValue().turn() == this.turn)
			.map((e) -> e.getKey().describe(e.getValue().value()))
			.toList();
	}

	/** The facts as a volunteer reads them, in a fixed order. */
	List<String> describe() {
		return this.facts.entrySet().stream().map((e) -> e.getKey().describe(e.getValue().value())).toList();
	}

}
