package cn.bjzgh.rights.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.bjzgh.rights.calc.CalcResult;
import cn.bjzgh.rights.calc.CalculatorTools;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.service.tool.DefaultToolExecutor;

/** The calculator tools offered to the model, and their execution for one answer. */
class ToolBox {

	private final CalculatorTools tools;

	private final List<ToolSpecification> specifications;

	ToolBox(CalculatorTools tools) {
		this.tools = tools;
		this.specifications = ToolSpecifications.toolSpecificationsFrom(tools);
	}

	List<ToolSpecification> specifications() {
		return this.specifications;
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
			String text = new DefaultToolExecutor(ToolBox.this.tools, request).execute(request, null);
			CalcResult result = ToolBox.this.tools.takeLast();
			if (result != null) {
				this.results.add(result);
			}
			return text;
		}

		List<CalcResult> results() {
			return List.copyOf(this.results);
		}

	}

}
