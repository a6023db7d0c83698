package cn.bjzgh.rights.console;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.bjzgh.rights.knowledge.Category;
import cn.bjzgh.rights.search.HybridSearcher;
import cn.bjzgh.rights.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's entry editor and change history ({@code /api/admin/entries},
 * {@code /api/admin/changes}).
 */
@RestController
@Tag(name = "admin")
class EntryController {

	private final EntryViews views;

	private final EntryEditor editor;

	private final History history;

	private final HybridSearcher searcher;

	EntryController(EntryViews views, EntryEditor editor, History history, HybridSearcher searcher) {
		this.views = views;
		this.editor = editor;
		this.history = history;
		this.searcher = searcher;
	}

	@Operation(summary = "条目表单的选项 / Choices for the entry form")
	@GetMapping("/api/admin/entries/options")
	Map<String, Object> options() {
		return Map.of("categories",
				Arrays.stream(Category.values()).map((c) -> Map.of("key", c.key(), "label", c.label())).toList(),
				"regions", List.of("全国", "北京"), "sources", List.of("职工维权手册", "工会服务指南"));
	}

	@Operation(summary = "条目列表 / List entries", description = "控制台改过的在前 / the console's changes first")
	@GetMapping("/api/admin/entries")
	List<EntryViews.Summary> list(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "limit", defaultValue = "200") @Min(value = 1,
					message = "{admin.limit.range}") @Max(value = 2000, message = "{admin.limit.range}") int limit) {
		return this.views.list(q, limit);
	}

	@Operation(summary = "最相近的已有条目 / The nearest existing entries")
	@GetMapping("/api/admin/entries/similar")
	List<Map<String, Object>> similar(@RequestParam(name = "q") String q) {
		if (q.isBlank() || q.length() > 500) {
			return List.of();
		}
		return this.searcher.search(q.strip(), 5, null)
			.hits()
			.stream()
			.filter((h) -> h.question() != null)
			.map((h) -> Map.<String, Object>of("id", h.id(), "question", h.question(), "score", h.confidence()))
			.toList();
	}

	@Operation(summary = "一个条目 / One entry")
	@GetMapping("/api/admin/entries/{*id}")
	EntryViews.Detail detail(@PathVariable String id) {
		String key = id.startsWith("/") ? id.substring(1) : id;
		return this.views.detail(key)
			.orElseThrow(() -> new NotFoundException("unknown_entry", "没有这个条目：" + key, "there is no entry " + key));
	}

	@Operation(summary = "新增条目 / Add an entry",
			description = "按知识库的规则检查，保存后可以立即检索到。Checked by the knowledge base's rules; searchable on return.")
	@PostMapping("/api/admin/entries")
	@ResponseStatus(HttpStatus.CREATED)
	EntryEditor.Saved create(@Valid @RequestBody EntryForm form) {
		return this.editor.save(null, form);
	}

	@Operation(summary = "修改条目 / Edit an entry",
			description = "手册原有的条目保存为它的替换版本，不复制。A shipped entry is saved as its override.")
	@PutMapping("/api/admin/entries/{*id}")
	EntryEditor.Saved update(@PathVariable String id, @Valid @RequestBody EntryForm form) {
		return this.editor.save(id.startsWith("/") ? id.substring(1) : id, form);
	}

	@Operation(summary = "修改记录 / Change history")
	@GetMapping("/api/admin/changes")
	List<Map<String, Object>> changes(@RequestParam(name = "limit", defaultValue = "100") @Min(value = 1,
			message = "{admin.limit.range}") @Max(value = 1000, message = "{admin.limit.range}") int limit) {
		return this.history.changes(limit);
	}

	@Operation(summary = "撤销一次修改 / Undo a change")
	@PostMapping("/api/admin/changes/{id}/revert")
	Map<String, Long> revert(@PathVariable long id, @RequestParam(name = "author", required = false) String author) {
		return Map.of("id", this.history.revert(id, author));
	}

	@Operation(summary = "导出为 Markdown 文件 / Export as Markdown files",
			description = "zip，可直接并入 knowledge/ / a zip to fold into knowledge/")
	@GetMapping("/api/admin/export")
	ResponseEntity<byte[]> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"console-knowledge.zip\"")
			.body(this.history.export());
	}

}
