package cn.bjzgh.rights.console;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.system.InvalidInputException;
import cn.bjzgh.rights.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded documents: draft with a preview, publish, discard
 * ({@code /api/admin/documents}).
 */
@RestController
@Tag(name = "admin")
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@Operation(summary = "上传文档（草稿） / Upload a document as a draft",
			description = "PDF、DOCX、DOC、HTML、TXT 或 Markdown，最大 20 MB；返回切分后的段落预览。坏文件 400/413/415，什么都不保存。"
					+ " PDF, DOCX, DOC, HTML, TXT or Markdown up to 20 MB; returns the passages as they will be indexed.")
	@PostMapping(path = "/api/admin/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Documents.Draft upload(@RequestPart("file") MultipartFile file, @RequestParam("title") String title,
			@RequestParam("source") String source, @RequestParam("category") String category,
			@RequestParam("region") String region, @RequestParam(name = "effective", required = false) String effective,
			@RequestParam(name = "author", required = false) String author) throws IOException {
		return this.documents.upload(file.getOriginalFilename(), file.getContentType(), file.getBytes(), title, source,
				category, region, date(effective), author);
	}

	@Operation(summary = "文档列表 / Documents")
	@GetMapping("/api/admin/documents")
	List<Documents.Summary> list() {
		return this.documents.list();
	}

	@Operation(summary = "一个文档和它的段落 / One document and its passages")
	@GetMapping("/api/admin/documents/{id}")
	Documents.Draft detail(@PathVariable String id) {
		return this.documents.detail(id).orElseThrow(() -> notFound(id));
	}

	@Operation(summary = "发布 / Publish", description = "返回时本实例已经可以检索到 / searchable on this instance on return")
	@PostMapping("/api/admin/documents/{id}/publish")
	Map<String, String> publish(@PathVariable String id,
			@RequestParam(name = "author", required = false) String author) {
		this.documents.publish(id, author);
		return Map.of("id", id, "status", "published");
	}

	@Operation(summary = "放弃或撤下 / Discard or withdraw")
	@DeleteMapping("/api/admin/documents/{id}")
	ResponseEntity<Void> discard(@PathVariable String id,
			@RequestParam(name = "author", required = false) String author) {
		this.documents.discard(id, author);
		return ResponseEntity.noContent().build();
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("effective", "生效日期的格式应为 YYYY-MM-DD", "effective must be YYYY-MM-DD");
		}
	}

	static NotFoundException notFound(String id) {
		return new NotFoundException("unknown_document", "没有这个文档：" + id, "there is no document " + id);
	}

}
