package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.bjzgh.rights.calc.CalcResult;
import cn.bjzgh.rights.calc.CalculatorTools;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;

/** The calculator tools offered to the model, and their execution for one answer. */
class ToolBox {

	private final CalculatorTools tools;

	ToolBox(CalculatorTools tools) {
		this.tools = tools;
	}

	List<ToolSpecification> specifications() {
		return this.tools.specifications();
	}

	/**
	 * Executions for one answer: remembers the calculations so the answer can show them.
	 */
	Run newRun() {
		return new Run();
	}

	final class Run {

		private final List<CalcResult> results = Collections.synchronizedList(new ArrayList<>());

		String execute(ToolExecutionRequest request) {
			CalculatorTools.Outcome outcome = ToolBox.this.tools.execute(request);
			if (outcome.result() != null) {
				this.results.add(outcome.result());
			}
			return outcome.text();
		}

		List<CalcResult> results() {
			return List.copyOf(this.results);
		}

	}

}
