package cn.bjzgh.rights.chat;

import java.util.Optional;

import cn.bjzgh.rights.calc.CalcIntent;
import cn.bjzgh.rights.calc.CalcResult;
import cn.bjzgh.rights.calc.Calculators;
import cn.bjzgh.rights.system.InvalidInputException;

/**
 * The calculators as the chat uses them: read from the question in offline mode, offered
 * as tools in LLM mode.
 */
class ChatCalculations {

	private final CalcIntent intent;

	private final Calculators calculators;

	private final ToolBox tools;

	ChatCalculations(CalcIntent intent, Calculators calculators, ToolBox tools) {
		this.intent = intent;
		this.calculators = calculators;
		this.tools = tools;
	}

	/**
	 * The outcome for one question: a result, a list of what is missing, or nothing to
	 * calculate.
	 */
	record Outcome(CalcResult result, String lead) {
	}

	Optional<CalcIntent.Match> detect(String message) {
		return this.intent.detect(message);
	}

	/** The text an offline answer leads with, and the result if one could be computed. */
	Outcome offline(CalcIntent.Match match) {
		if (!match.complete()) {
			return new Outcome(null, "要算出具体结果，还需要你告诉我：" + String.join("；", match.missing()) + "。");
		}
		try {
			CalcResult result = this.calculators.runUnchecked(this.calculators.find(match.calculator()).orElseThrow(),
					match.input());
			return new Outcome(result, result.toText());
		}
		catch (InvalidInputException ex) {
			return new Outcome(null, "这些数字没法算：" + ex.chinese() + "。请检查后再问一次。");
		}
	}

	ToolBox.Run newToolRun() {
		return this.tools.newRun();
	}

}
