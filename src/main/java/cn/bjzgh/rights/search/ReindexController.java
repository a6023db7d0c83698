package cn.bjzgh.rights.search;

import java.net.URI;
import java.util.List;

import cn.bjzgh.rights.cluster.Instances;
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

	private final KnowledgeBroadcast broadcast;

	private final Instances instances;

	ReindexController(Reindexer reindexer, KnowledgeBroadcast broadcast, Instances instances) {
		this.reindexer = reindexer;
		this.broadcast = broadcast;
		this.instances = instances;
	}

	@Operation(summary = "重建索引 / Re-index the knowledge base",
			description = "只重建改动过的文件；full=true 全部重建。共享模式下其他实例也会重建自己的索引。 Only changed files unless full=true; in shared mode every other instance re-indexes too.",
			responses = { @ApiResponse(responseCode = "202", description = "已开始 / started"),
					@ApiResponse(responseCode = "409", description = "已经有一个在进行 / one is already running") })
	@PostMapping("/api/admin/reindex")
	ResponseEntity<Reindexer.Status> start(@RequestParam(name = "full", defaultValue = "false") boolean full) {
		Reindexer.Started started = this.reindexer.start(full);
		if (!started.accepted()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(started.status());
		}
		this.broadcast.announce(full);
		return ResponseEntity.accepted().location(URI.create("/api/admin/reindex")).body(started.status());
	}

	@Operation(summary = "重建索引的进度和上次报告 / Re-index progress and last report")
	@GetMapping("/api/admin/reindex")
	Reindexer.Status status() {
		return this.reindexer.status();
	}

	@Operation(summary = "各实例及其索引版本 / The instances and their index versions",
			description = "本实例在前；共享模式（REDIS_URL）下列出最近 30 秒内报告过的所有实例。版本相同表示索引的知识相同。 "
					+ "This instance first; in shared mode (REDIS_URL) every instance heard of recently. "
					+ "The same version means the same knowledge.")
	@GetMapping("/api/admin/instances")
	List<Instances.Entry> instances() {
		return this.instances.list();
	}

}
