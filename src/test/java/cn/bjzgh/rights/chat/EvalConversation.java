package cn.bjzgh.rights.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One conversation of an evaluation file, or one single question (a conversation of one
 * turn). Conversations: {@code {"id","about","turns":[{"q","expect_ids","expect","calc"?,
 * "handoff"?,"ambiguous"?,"introduction"?}]}}; single questions:
 * {@code {"id","q","expect_ids","expect","ambiguous"?}}.
 *
 * <p>
 * Which part is held out is fixed by the id, not chosen after seeing results: every third
 * item (numeric part divisible by 3) is held out of tuning, and so is every item marked
 * {@code "held_out": true} (a blind set, written by someone who never saw the rules and
 * never read by those who tune them). An item marked {@code "seen": true} is counted with
 * the tuned part whatever its id: its misses were once looked at, so it can no longer
 * show how the service does on what nobody tuned to (the README says which and when).
 *
 * @param heldOutAlways whether the item is marked held out whatever its id
 * @param seen whether the item is marked as seen, and so tuned, whatever its id
 */
record EvalConversation(String id, String about, List<Turn> turns, boolean heldOutAlways, boolean seen) {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/**
	 * One turn and what makes its answer right.
	 *
	 * @param q what the worker types
	 * @param expectIds passages any of which may lead the answer
	 * @param expect a fact the answer text must contain
	 * @param calc the calculator whose result answers it, or null
	 * @param handoff the hand-over reason expected, or null
	 * @param ambiguous whether a question back is a right answer when it offers one of
	 * the expected passages
	 * @param introduction whether the worker only says who they are, so that asking what
	 * happened is a right answer whatever it offers (and so is leading with an expected
	 * passage)
	 */
	record Turn(String q, List<String> expectIds, Pattern expect, String calc, String handoff, boolean ambiguous,
			boolean introduction) {
	}

	boolean heldOut() {
		return this.heldOutAlways || (!this.seen && heldOut(this.id));
	}

	/** Whether the item with this id is held out of tuning (see above). */
	static boolean heldOut(String id) {
		String digits = id.replaceAll("[^0-9]", "");
		return !digits.isEmpty() && Integer.parseInt(digits) % 3 == 0;
	}

	static List<EvalConversation> read(Path file) throws IOException {
		List<EvalConversation> out = new ArrayList<>();
		int lineNo = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lineNo++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = JSON.readTree(line);
			String id = node.path("id").asString("line" + lineNo);
			List<Turn> turns = new ArrayList<>();
			if (node.has("turns")) {
				node.path("turns").forEach((t) -> turns.add(turn(t)));
			}
			else {
				turns.add(turn(node));
			}
			out.add(new EvalConversation(id, node.path("about").asString(""), turns,
					node.path("held_out").asBoolean(false), node.path("seen").asBoolean(false)));
		}
		return out;
	}

	private static Turn turn(JsonNode t) {
		List<String> ids = new ArrayList<>();
		t.path("expect_ids").forEach((n) -> ids.add(n.asString()));
		String q = t.path("q").asString(null);
		String expect = t.path("expect").asString(null);
		if (q == null || expect == null) {
			throw new IllegalArgumentException("a turn needs \"q\" and \"expect\": " + t);
		}
		return new Turn(q, ids, Pattern.compile(expect), t.path("calc").asString(null),
				t.path("handoff").asString(null), t.path("ambiguous").asBoolean(false),
				t.path("introduction").asBoolean(false));
	}

}
