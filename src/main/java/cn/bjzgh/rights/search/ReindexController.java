package cn.bjzgh.rights.search;

import java.net.URI;

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
class ReindexController {

	private final Reindexer reindexer;

	ReindexController(Reindexer reindexer) {
		this.reindexer = reindexer;
	}

	@PostMapping("/api/admin/reindex")
	ResponseEntity<Reindexer.Status> start(@RequestParam(name = "full", defaultValue = "false") boolean full) {
		Reindexer.Started started = this.reindexer.start(full);
		if (!started.accepted()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(started.status());
		}
		return ResponseEntity.accepted().location(URI.create("/api/admin/reindex")).body(started.status());
	}

	@GetMapping("/api/admin/reindex")
	Reindexer.Status status() {
		return this.reindexer.status();
	}

}
