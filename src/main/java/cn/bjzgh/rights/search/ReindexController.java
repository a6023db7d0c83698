package cn.bjzgh.rights.search;

import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reindex} starts a background re-index (202, or 409 while one
 * runs); {@code GET /api/admin/reindex} reports how the last one went. Admin token only.
 */
@RestController
@Tag(name = "admin")
class ReindexController {

	private final Reindexer reindexer;

	ReindexController(Reindexer reindexer) {
		this.reindexer = reindexer;
	}

	@Operation(summary = "重建索引 / Re-index the knowledge base",
			description = "只重建改动过的文件；full=true 全部重建。 Only changed files unless full=true.",
			responses = { @ApiResponse(responseCode = "202", description = "已开始 / started"),
					@ApiResponse(responseCode = "409", description = "已经有一个在进行 / one is already running") })
	@PostMapping("/api/admin/reindex")
	ResponseEntity<Reindexer.Status> start(@RequestParam(name = "full", defaultValue = "false") boolean full) {
		Reindexer.Started started = this.reindexer.start(full);
		if (!started.accepted()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(started.status());
		}
		return ResponseEntity.accepted().location(URI.create("/api/admin/reindex")).body(started.status());
	}

	@Operation(summary = "重建索引的进度和上次报告 / Re-index progress and last report")
	@GetMapping("/api/admin/reindex")
	Reindexer.Status status() {
		return this.reindexer.status();
	}

}
