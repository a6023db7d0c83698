package cn.bjzgh.rights.chat;

import cn.bjzgh.rights.chat.web.AnswerCollector;
import cn.bjzgh.rights.chat.web.ChatAnswer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks each question of the scope set ({@code {"id","q","scope":"in"|"out","about"}}) as
 * the first message of a conversation of its own and sorts the answers: declined as
 * off-scope, handed off as "not found", or answered from a passage. A question outside
 * labour rights is right only when declined; a labour question is right when it is not
 * declined. Every third item (by id) is held out, and so is every item marked
 * {@code "held_out":true} (a set written by someone who never saw the scope rules, and
 * never read by those who tune them); held-out misses are never shown.
 */
final class ScopeEvaluation {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private ScopeEvaluation() {
	}

	/** One question and which side of the scope it is on. */
	record Item(String id, String q, boolean outside, boolean wholeFileHeldOut) {

		boolean heldOut() {
			return this.wholeFileHeldOut || EvalConversation.heldOut(this.id);
		}

	}

	/**
	 * Counts for one part: of the questions outside the scope, how many were declined,
	 * handed off as not found, or answered; of the labour questions, how many were
	 * declined.
	 */
	record Score(int outside, int declined, int notFound, int answered, int inside, int insideDeclined) {

		/** Outside questions declined. */
		double declineRate() {
			return (this.outside == 0) ? 1.0 : (double) this.declined / this.outside;
		}

		/**
		 * Outside questions answered from a passage as if they were labour questions: the
		 * harm.
		 */
		double wronglyAnsweredRate() {
			return (this.outside == 0) ? 0.0 : (double) this.answered / this.outside;
		}

		/** Labour questions not declined. */
		double keptRate() {
			return (this.inside == 0) ? 1.0 : 1.0 - (double) this.insideDeclined / this.inside;
		}

		String summary() {
			return String.format(Locale.ROOT,
					"outside: declined %.3f (%d/%d), not found %d, answered %.3f (%d); "
							+ "labour questions kept %.3f (%d of %d declined)",
					declineRate(), this.declined, this.outside, this.notFound, wronglyAnsweredRate(), this.answered,
					keptRate(), this.insideDeclined, this.inside);
		}

	}

	record Report(Score tuned, Score heldOut, List<String> tunedMisses) {
	}

	static List<Item> read(Path file) throws IOException {
		List<Item> items = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = JSON.readTree(line);
			String scope = node.path("scope").asString("");
			if (!scope.equals("in") && !scope.equals("out")) {
				throw new IllegalArgumentException("\"scope\" must be \"in\" or \"out\": " + line);
			}
			items.add(new Item(node.path("id").asString(), node.path("q").asString(), scope.equals("out"),
					node.path("held_out").asBoolean(false)));
		}
		return items;
	}

	static Report run(ChatService chat, List<Item> items) throws Exception {
		int[] t = new int[6];
		int[] h = new int[6];
		List<String> misses = new ArrayList<>();
		for (Item item : items) {
			AnswerCollector collector = new AnswerCollector();
			chat.ask(item.q(), SessionIds.next(), Audience.WORKER, collector);
			ChatAnswer answer = collector.future().get(30, TimeUnit.SECONDS);
			boolean declined = answer.answer().startsWith(FixedReplies.OFF_SCOPE);
			boolean notFound = answer.answer().startsWith(FixedReplies.NOT_FOUND);
			int[] s = item.heldOut() ? h : t;
			String miss = null;
			if (item.outside()) {
				s[0]++;
				s[1] += declined ? 1 : 0;
				s[2] += notFound ? 1 : 0;
				if (!declined && !notFound) {
					s[3]++;
					String lead = answer.citations().isEmpty() ? null : answer.citations().get(0).id();
					miss = "answered from " + lead;
				}
				else if (notFound) {
					miss = "not found (not declined)";
				}
			}
			else {
				s[4]++;
				if (declined) {
					s[5]++;
					miss = "declined a labour question";
				}
			}
			if (miss != null && !item.heldOut()) {
				misses.add(item.id() + " «" + item.q() + "»: " + miss);
			}
		}
		return new Report(score(t), score(h), misses);
	}

	private static Score score(int[] s) {
		return new Score(s[0], s[1], s[2], s[3], s[4], s[5]);
	}

}
