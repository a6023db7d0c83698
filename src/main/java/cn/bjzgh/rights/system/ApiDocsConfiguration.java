package cn.bjzgh.rights.system;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}): the document's frame, the WebSocket protocol (OpenAPI has no
 * socket type), the RFC 9457 problem responses every endpoint can give, and the bearer
 * scheme of the admin endpoints. Each endpoint describes itself on its controller.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String PROBLEM = "Problem";

	static final String ADMIN_SCHEME = "adminToken";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String DESCRIPTION = """
			职工维权助手的公开接口：问答（REST 和 WebSocket）、知识库检索、计算器、法条和反馈；管理接口需要管理令牌。
			The public API of the workers' rights assistant: chat (REST and WebSocket), search, calculators, law
			articles and feedback; the admin endpoints need the admin bearer token.

			**错误 / Errors.** 所有错误都是 RFC 9457 `application/problem+json`，带稳定的 `code`、中文 `message_zh`、英文
			`message_en`，输入错误时还有出错的字段 `errors`。Every error is an RFC 9457 problem with a stable `code`,
			`message_zh`, `message_en` and, for invalid input, the fields at fault in `errors`: 400 invalid input,
			413 body over the limit (32 kB by default), 429 over the rate limit (with `Retry-After`), 503 while the
			knowledge index is being built or the work queue is full (with `Retry-After`).

			**WebSocket `/ws/chat`** (JSON text frames; the same origin rules as the REST API).
			Client → server: `{"type":"ask","message":"…","sessionId":"s-…"(optional),"audience":"worker"|"volunteer"}`.
			Server → client, in order: `{"type":"start","sessionId"}`, `{"type":"delta","text"}` (repeated, the answer
			as it is written), `{"type":"calculation",…}` when a calculator ran, `{"type":"citations","items":[…]}`,
			optionally `{"type":"handoff",…}`, optionally
			`{"type":"suggestions","kind":"clarify"|"related","items":[{"text","id"}]}`, then `{"type":"done","mode"}`
			(`llm`, `offline` or `faq`). Problems are `{"type":"error","code","message"}` and the socket stays open
			(codes: `invalid_json`, `invalid_frame`, `invalid_request`, `frame_too_large`, `binary_not_supported`,
			`rate_limited`, `too_many_pending`, `overloaded`, `index_not_ready`, `internal_error`); a question sent
			while another is being answered waits in a queue of up to 8. 出错时套接字不会断开。
			""";

	@Bean
	OpenAPI rightsOpenApi() {
		return new OpenAPI()
			.info(new Info().title("职工维权助手 API / Workers' Rights Assistant API")
				.version("1")
				.description(DESCRIPTION)
				.license(new License().name("Apache-2.0")))
			.tags(List.of(new Tag().name("chat").description("问答 / Chat"),
					new Tag().name("search").description("知识库检索 / Search the handbooks"),
					new Tag().name("calc").description("计算器 / Calculators"),
					new Tag().name("laws").description("法条 / Law articles"),
					new Tag().name("feedback").description("反馈 / Feedback"),
					new Tag().name("admin").description("管理（需要管理令牌）/ Admin (bearer token)")))
			.components(new Components().addSecuritySchemes(ADMIN_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("管理令牌（环境变量 ADMIN_TOKEN）/ the admin token (ADMIN_TOKEN)")));
	}

	/**
	 * Adds the problem responses each operation can give: 400 where it takes input, 413
	 * where it takes a body, 429 and 503 where it is rate-limited and needs the index,
	 * and the bearer scheme with its 401 and 403 on the admin ones.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			// Added here: springdoc rebuilds the schemas from the controllers after the
			// bean.
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> {
				boolean admin = path.startsWith("/api/admin/");
				item.readOperationsMap().forEach((method, operation) -> {
					boolean body = operation.getRequestBody() != null;
					if (body || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
						add(operation, "400", "输入不正确 / Invalid input", "invalid_request");
					}
					if (body) {
						add(operation, "413", "请求内容太大 / Body too large", "payload_too_large");
					}
					if (RateLimitFilter.LIMITED.contains(path)) {
						add(operation, "429", "请求太频繁 / Too many requests", "rate_limited");
						add(operation, "503", "知识库还在准备或服务太忙 / Index not ready or busy", "index_not_ready");
					}
					if (admin) {
						operation.addSecurityItem(new SecurityRequirement().addList(ADMIN_SCHEME));
						add(operation, "401", "需要有效的管理令牌 / A valid admin token is required", "unauthorized");
						add(operation, "403", "管理功能未启用 / The admin side is disabled", "admin_disabled");
					}
				});
			});
		};
	}

	private static void add(Operation operation, String status, String description, String code) {
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
			.example(Map.of("type", "urn:rights:problem:" + code, "title", description, "status",
					Integer.parseInt(status), "code", code, "message_zh", description.split(" / ")[0], "message_en",
					description.split(" / ")[1]));
		operation.getResponses()
			.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, media)));
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message_zh", new StringSchema())
			.addProperty("message_en", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details, in Chinese and English")
			.addProperty("type", new StringSchema().description("urn:rights:problem:{code}"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("中文 / English"))
			.addProperty("instance", new StringSchema())
			.addProperty("code", new StringSchema().description("stable error code"))
			.addProperty("message_zh", new StringSchema())
			.addProperty("message_en", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError))
			.required(List.of("type", "title", "status", "code", "message_zh", "message_en"));
	}

}
