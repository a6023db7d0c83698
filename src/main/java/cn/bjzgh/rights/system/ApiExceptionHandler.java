package cn.bjzgh.rights.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place REST errors are made: RFC 9457 problem details whose title and detail are
 * in Chinese and English, with a stable {@code code} and, for invalid input, the fields
 * at fault. Exception messages and stack traces never reach the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ServiceNotReadyException.class)
	ResponseEntity<Object> notReady(ServiceNotReadyException ex) {
		ProblemDetail body = problem(HttpStatus.SERVICE_UNAVAILABLE, ex.code(), ex.chinese(), ex.english(), List.of());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(body);
	}

	/** A full work queue sheds the request instead of growing memory. */
	@ExceptionHandler(TaskRejectedException.class)
	ResponseEntity<Object> overloaded(TaskRejectedException ex) {
		ProblemDetail body = problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "服务繁忙，请稍后再试",
				"The service is busy; please try again shortly", List.of());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10").body(body);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		return invalid(List.of(fieldError(ex.field(), ex.chinese(), ex.english())));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		ProblemDetail body = problem(HttpStatus.NOT_FOUND, ex.code(), ex.chinese(), ex.english(), List.of());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
	}

	/** A feature's own error: its status, code and messages. */
	@ExceptionHandler(BilingualException.class)
	ResponseEntity<Object> featureError(BilingualException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		return ResponseEntity.status(status).body(problem(status, ex.code(), ex.chinese(), ex.english(), List.of()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String field = ex.getName();
		return invalid(List.of(fieldError(field, "参数格式不正确", "has the wrong format")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (ex instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
			// The server finds a request malformed (a query string that is not UTF-8,
			// say) only when the application asks for a parameter.
			ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "malformed_request", "请求内容无法读取，请检查格式（例如是否为 UTF-8 编码）",
					"The request could not be read; check its format (for example, that it is UTF-8)", List.of());
			return ResponseEntity.badRequest().body(body);
		}
		log.error("Unexpected error while handling a request", ex);
		ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "服务暂时出现问题，请稍后再试",
				"Something went wrong on our side; please try again later", List.of());
		return ResponseEntity.internalServerError().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String field = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(bilingual(field, error.getDefaultMessage()));
			}
		});
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(bilingual(error.getField(), error.getDefaultMessage()));
		}
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(fieldError(ex.getParameterName(), "缺少必填参数", "is required")));
	}

	/**
	 * Every other Spring MVC error (unreadable JSON, wrong method, unsupported media
	 * type, unknown path…) keeps its status but gets a bilingual body without exception
	 * text.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		ProblemDetail problem = switch (status) {
			case BAD_REQUEST -> problem(status, "malformed_request", "请求内容无法读取，请检查格式（例如 JSON 是否完整）",
					"The request could not be read; check its format (for example, that the JSON is complete)",
					List.of());
			case NOT_FOUND -> problem(status, "not_found", "找不到该地址", "No such resource", List.of());
			case METHOD_NOT_ALLOWED ->
				problem(status, "method_not_allowed", "不支持该请求方法", "Method not allowed", List.of());
			case UNSUPPORTED_MEDIA_TYPE -> problem(status, "unsupported_media_type", "请以 JSON 格式（application/json）发送",
					"Send the body as application/json", List.of());
			case NOT_ACCEPTABLE ->
				problem(status, "not_acceptable", "无法提供所要求的格式", "Cannot produce the requested format", List.of());
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE ->
				problem(status, "payload_too_large", "请求内容过大", "The request body is too large", List.of());
			default -> problem(status, "request_error", "请求无法处理", "The request could not be processed", List.of());
		};
		return ResponseEntity.status(status).headers(headers).body(problem);
	}

	private static ResponseEntity<Object> invalid(List<Map<String, String>> errors) {
		StringBuilder zh = new StringBuilder();
		StringBuilder en = new StringBuilder();
		for (Map<String, String> e : errors) {
			zh.append((zh.length() > 0) ? "；" : "").append(e.get("field")).append("：").append(e.get("message_zh"));
			en.append((en.length() > 0) ? "; " : "").append(e.get("field")).append(": ").append(e.get("message_en"));
		}
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "invalid_request", zh.toString(), en.toString(), errors);
		return ResponseEntity.badRequest().body(body);
	}

	/** Writes a problem from a servlet filter, before Spring MVC is reached. */
	static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String code, String zh,
			String en) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem(status, code, zh, en, List.of())));
	}

	static ProblemDetail problem(HttpStatus status, String code, String zh, String en,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:rights:problem:" + code));
		problem.setTitle(Titles.of(status));
		problem.setDetail(zh + " / " + en);
		problem.setProperty("code", code);
		problem.setProperty("message_zh", zh);
		problem.setProperty("message_en", en);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/**
	 * Validation messages are written as "中文 / English" in ValidationMessages.properties.
	 */
	private static Map<String, String> bilingual(String field, String message) {
		String text = (message == null) ? "无效 / is invalid" : message;
		int slash = text.indexOf(" / ");
		if (slash < 0) {
			return fieldError(field, text, text);
		}
		return fieldError(field, text.substring(0, slash), text.substring(slash + 3));
	}

	private static Map<String, String> fieldError(String field, String zh, String en) {
		return Map.of("field", field, "message_zh", zh, "message_en", en);
	}

	/** Bilingual titles by status. */
	private static final class Titles {

		static String of(HttpStatus status) {
			return switch (status) {
				case BAD_REQUEST -> "请求有误 / Bad request";
				case NOT_FOUND -> "未找到 / Not found";
				case CONFLICT -> "冲突 / Conflict";
				case CONTENT_TOO_LARGE -> "内容过大 / Content too large";
				case UNSUPPORTED_MEDIA_TYPE -> "不支持的文件类型 / Unsupported media type";
				case TOO_MANY_REQUESTS -> "请求过于频繁 / Too many requests";
				case SERVICE_UNAVAILABLE -> "服务暂不可用 / Service unavailable";
				case INTERNAL_SERVER_ERROR -> "服务器错误 / Server error";
				default -> status.getReasonPhrase();
			};
		}

	}

}
