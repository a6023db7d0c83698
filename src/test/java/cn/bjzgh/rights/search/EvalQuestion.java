package cn.bjzgh.rights.search;

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
 * One line of an evaluation file: {@code {"id","q","expect_ids":[...],"expect":"regex"}}.
 * {@code expect_ids} is optional; without it a question counts as answered when the regex
 * matches one of the returned passages. {@code "held_out": true} marks a question of a
 * blind set, held out whatever its id.
 *
 * @param heldOutAlways whether the line is marked held out
 */
record EvalQuestion(String id, String q, List<String> expectIds, Pattern expect, boolean heldOutAlways) {

	EvalQuestion(String id, String q, List<String> expectIds, Pattern expect) {
		this(id, q, expectIds, expect, false);
	}

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	static List<EvalQuestion> read(Path file) throws IOException {
		List<EvalQuestion> questions = new ArrayList<>();
		int lineNo = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lineNo++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = JSON.readTree(line);
			List<String> ids = new ArrayList<>();
			node.path("expect_ids").forEach((n) -> ids.add(n.asString()));
			String q = node.path("q").asString(null);
			String expect = node.path("expect").asString(null);
			if (q == null || expect == null) {
				throw new IllegalArgumentException(file + " line " + lineNo + ": needs \"q\" and \"expect\"");
			}
			questions.add(new EvalQuestion(node.path("id").asString("line" + lineNo), q, ids, Pattern.compile(expect),
					node.path("held_out").asBoolean(false)));
		}
		return questions;
	}

	/**
	 * Every third question (by the number in its id) is held out: never looked at while
	 * tuning weights, thresholds, synonyms or phrasings; so is every question of a blind
	 * set.
	 */
	boolean heldOut() {
		if (this.heldOutAlways) {
			return true;
		}
		String digits = this.id.replaceAll("\\D", "");
		return !digits.isEmpty() && Integer.parseInt(digits) % 3 == 0;
	}

	/** Rank (1-based) of the first hit that answers this question, or 0 if none does. */
	int rankIn(List<SearchHit> hits) {
		for (int i = 0; i < hits.size(); i++) {
			SearchHit hit = hits.get(i);
			boolean answers = this.expectIds.isEmpty() ? this.expect.matcher(hit.text()).find()
					: this.expectIds.contains(hit.id());
			if (answers) {
				return i + 1;
			}
		}
		return 0;
	}

}
