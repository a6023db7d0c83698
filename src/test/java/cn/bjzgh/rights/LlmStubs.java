package cn.bjzgh.rights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock standing in for the LLM, and the OpenAI-format replies it gives: streamed
 * completions as server-sent events, plain JSON completions, and the failures a real
 * provider produces.
 * <p>
 * This class owns the one WireMock server of a test JVM: {@link #server()} starts it on a
 * random port the first time it is asked for, and it stops when the JVM exits. It must
 * outlive every test class, because Spring caches the context that points at it and hands
 * the same context to the next test class; a server stopped after one class would leave
 * the next one talking to a closed port.
 */
public final class LlmStubs {

	public static final String PATH = "/v1/chat/completions";

	private static WireMockServer server;

	private static final Pattern STREAM_TRUE = Pattern.compile("\"stream\"\\s*:\\s*true");

	private LlmStubs() {
	}

	/** The shared server, started on first use. */
	public static synchronized WireMockServer server() {
		if (server == null) {
			WireMockServer started = new WireMockServer(options().dynamicPort());
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "llm-stub-stop"));
			server = started;
		}
		return server;
	}

	/** The base URL to configure as {@code rights.chat.llm.base-url}. */
	public static String baseUrl() {
		return server().baseUrl() + "/v1";
	}

	/** Requests that stream (the answers). */
	public static MappingBuilder streaming() {
		return post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.stream", equalTo("true")));
	}

	/**
	 * Non-streaming requests whose body contains {@code marker} (e.g. the follow-up
	 * rewrite).
	 */
	public static MappingBuilder plainContaining(String marker) {
		return post(urlEqualTo(PATH)).withRequestBody(containing(marker));
	}

	/** A streamed completion, one SSE chunk per token, in the OpenAI format. */
	public static ResponseDefinitionBuilder sse(String... tokens) {
		List<String> events = new ArrayList<>();
		events.add(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
		for (String token : tokens) {
			events.add(chunk("{\"content\":" + quote(token) + "}", null));
		}
		events.add(chunk("{}", "\"stop\""));
		StringBuilder body = new StringBuilder();
		for (String e : events) {
			body.append("data: ").append(e).append("\n\n");
		}
		body.append("data: [DONE]\n\n");
		return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString());
	}

	/** A streamed reply that calls one tool, in the OpenAI format. */
	public static ResponseDefinitionBuilder toolCall(String id, String name, String arguments) {
		String start = "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":" + quote(id)
				+ ",\"type\":\"function\",\"function\":{\"name\":" + quote(name) + ",\"arguments\":\"\"}}]}";
		String args = "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + quote(arguments) + "}}]}";
		String body = "data: " + chunk(start, null) + "\n\n" + "data: " + chunk(args, null) + "\n\n" + "data: "
				+ chunk("{}", "\"tool_calls\"") + "\n\n" + "data: [DONE]\n\n";
		return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
	}

	/** A non-streamed completion. */
	public static ResponseDefinitionBuilder completion(String content) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"c-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"test-model\","
					+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(content)
					+ "},\"finish_reason\":\"stop\"}],"
					+ "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}");
	}

	private static String chunk(String delta, String finishReason) {
		return "{\"id\":\"c-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\","
				+ "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}";
	}

	static String quote(String s) {
		StringBuilder sb = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				default -> sb.append(c);
			}
		}
		return sb.append('"').toString();
	}

	/** All streamed requests WireMock received, bodies in order. */
	public static List<String> streamedBodies(WireMockServer server) {
		List<String> bodies = new ArrayList<>(server.getAllServeEvents()
			.stream()
			.filter((e) -> STREAM_TRUE.matcher(e.getRequest().getBodyAsString()).find())
			.map((e) -> e.getRequest().getBodyAsString())
			.toList());
		// WireMock lists the newest first.
		Collections.reverse(bodies);
		return bodies;
	}

}
