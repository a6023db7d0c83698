package cn.bjzgh.rights.console;

import java.util.List;

import cn.bjzgh.rights.system.InvalidInputException;
import cn.bjzgh.rights.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The console's overview and its list of unanswered questions. */
@RestController
@Tag(name = "admin")
class OverviewController {

	private final Overview overview;

	private final UnansweredGroups unanswered;

	OverviewController(Overview overview, UnansweredGroups unanswered) {
		this.overview = overview;
		this.unanswered = unanswered;
	}

	@Operation(summary = "使用概览 / Usage overview",
			description = "每天的提问数、回答方式、转人工原因、反馈和热门话题 / questions per day, answer modes, handoffs, feedback, top topics")
	@GetMapping("/api/admin/overview")
	Overview.Report overview(@RequestParam(name = "days", defaultValue = "30") int days) {
		return this.overview.report(window(days));
	}

	@Operation(summary = "未答上的问题，按意思分组 / Unanswered questions grouped by meaning")
	@GetMapping("/api/admin/unanswered/groups")
	List<UnansweredGroups.Group> groups(@RequestParam(name = "days", defaultValue = "30") int days) {
		return this.unanswered.groups(window(days));
	}

	@Operation(summary = "忽略一组 / Dismiss a group")
	@PostMapping("/api/admin/unanswered/groups/{id}/dismiss")
	ResponseEntity<Void> dismiss(@PathVariable String id, @RequestParam(name = "days", defaultValue = "90") int days) {
		if (!this.unanswered.dismiss(id, window(days))) {
			throw new NotFoundException("unknown_group", "没有这一组问题", "there is no such group");
		}
		return ResponseEntity.noContent().build();
	}

	private static int window(int days) {
		if (days != 7 && days != 30 && days != 90) {
			throw new InvalidInputException("days", "天数只能是 7、30 或 90", "days must be 7, 30 or 90");
		}
		return days;
	}

}
