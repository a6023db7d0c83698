package cn.bjzgh.rights;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every request mapping of the service
 * is in it, every example in it is valid against its schema, and Swagger UI is served.
 */
class ApiDocsIT extends IntegrationTest {

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void every_request_mapping_in_the_code_is_described() throws Exception {
		JsonNode paths = getJson("/v3/api-docs").path("paths");
		List<String> mapped = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.bjzgh.rights")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				// A catch-all segment ({*id}, ids with slashes) is an ordinary parameter
				// in OpenAPI.
				String path = pattern.replaceAll("\\{\\*(\\w+)}", "{$1}");
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					mapped.add(method + " " + path);
					JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
					assertThat(operation.isObject()).as(method + " " + path + " is in /v3/api-docs").isTrue();
					assertThat(operation.path("summary").asString()).as(method + " " + path + " summary")
						.containsPattern("[\\u4e00-\\u9fa5].* / [A-Za-z]");
				}
			}
		}
		assertThat(mapped).contains("POST /api/chat", "GET /api/search", "POST /api/calc/{name}",
				"GET /api/admin/stats");
		JsonNode admin = paths.path("/api/admin/stats").path("get");
		assertThat(admin.path("security").get(0).has("adminToken")).isTrue();
		assertThat(admin.path("responses").has("401")).isTrue();
		assertThat(paths.path("/api/chat").path("post").path("responses").has("429")).isTrue();
		assertThat(paths.path("/api/calc/{name}").path("post").path("responses").has("413")).isTrue();
	}

	@Test
	void the_websocket_protocol_is_in_the_description() throws Exception {
		String description = getJson("/v3/api-docs").path("info").path("description").asString();
		assertThat(description).contains("/ws/chat", "\"type\":\"ask\"", "\"type\":\"delta\"", "\"type\":\"done\"",
				"\"type\":\"error\"");
	}

	@Test
	void every_example_validates_against_its_schema() throws Exception {
		JsonNode doc = getJson("/v3/api-docs");
		List<String> checked = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		doc.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			String where = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
			for (JsonNode parameter : operation.getValue().path("parameters")) {
				check(doc, where + " ?" + parameter.path("name").asString(), parameter.path("schema"),
						parameter.get("example"), checked, problems);
			}
			media(doc, where + " body", operation.getValue().path("requestBody").path("content"), checked, problems);
			operation.getValue()
				.path("responses")
				.properties()
				.forEach((response) -> media(doc, where + " " + response.getKey(), response.getValue().path("content"),
						checked, problems));
		}));
		doc.path("components")
			.path("schemas")
			.properties()
			.forEach((schema) -> check(doc, "schema " + schema.getKey(), schema.getValue(),
					schema.getValue().get("example"), checked, problems));
		assertThat(problems).isEmpty();
		// Seven calculator bodies, the chat and feedback bodies, the search and law
		// parameters, and the problem responses.
		assertThat(checked).hasSizeGreaterThan(20)
			.anyMatch((c) -> c.startsWith("POST /api/calc/{name} body maternity"))
			.anyMatch((c) -> c.startsWith("schema AskRequest"))
			.anyMatch((c) -> c.startsWith("GET /api/search ?q"))
			.anyMatch((c) -> c.startsWith("POST /api/chat 429"));
	}

	@Test
	void a_wrong_example_is_caught() throws Exception {
		JsonNode doc = getJson("/v3/api-docs");
		JsonNode severance = doc.path("components").path("schemas").path("SeveranceInput");
		List<String> problems = new ArrayList<>();
		ObjectNode wrong = this.json.createObjectNode().put("monthlyWage", "lots").put("startDate", "2022-07-01");
		check(doc, "wrong", severance, wrong, new ArrayList<>(), problems);
		assertThat(problems).singleElement().asString().contains("wrong");
	}

	@Test
	void swagger_ui_is_served_from_the_service_itself() throws Exception {
		HttpResponse<String> page = get("/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
		assertThat(get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs");
	}

	private static void media(JsonNode doc, String where, JsonNode content, List<String> checked,
			List<String> problems) {
		content.properties().forEach((type) -> {
			JsonNode schema = type.getValue().path("schema");
			check(doc, where, schema, type.getValue().get("example"), checked, problems);
			type.getValue()
				.path("examples")
				.properties()
				.forEach((example) -> check(doc, where + " " + example.getKey(), schema,
						example.getValue().get("value"), checked, problems));
		});
	}

	/**
	 * Validates one example against its schema, with the document's components in scope
	 * for {@code $ref}s (an OpenAPI 3.1 schema is a JSON Schema 2020-12).
	 */
	private static void check(JsonNode doc, String where, JsonNode schema, JsonNode example, List<String> checked,
			List<String> problems) {
		if (example == null || example.isMissingNode() || schema.isMissingNode()) {
			return;
		}
		// The document's schemas as $defs, so that its $refs resolve in a plain JSON
		// Schema.
		ObjectNode document = ((ObjectNode) schema).deepCopy();
		document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		document.set("$defs", doc.path("components").path("schemas"));
		Schema validator = SCHEMAS.getSchema(document.toString().replace("\"#/components/schemas/", "\"#/$defs/"),
				InputFormat.JSON);
		List<Error> errors = validator.validate(example);
		checked.add(where);
		if (!errors.isEmpty()) {
			problems.add(where + ": " + errors);
		}
	}

}
