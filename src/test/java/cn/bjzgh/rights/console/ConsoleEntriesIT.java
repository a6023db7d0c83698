package cn.bjzgh.rights.console;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.bjzgh.rights.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's entry editor over the real server: a new entry is checked by the
 * knowledge rules, searchable and answered at once; an edit of a shipped entry is an
 * override; every change can be undone. Each test undoes its changes, so the knowledge
 * the other integration tests measure is left as it was.
 */
class ConsoleEntriesIT extends IntegrationTest {

	static final String QUESTION = "职工书屋的借书卡弄丢了还能补办吗";

	final List<Long> changes = new ArrayList<>();

	@AfterEach
	void undo() throws Exception {
		for (int i = this.changes.size() - 1; i >= 0; i--) {
			admin("POST", "/api/admin/changes/" + this.changes.get(i) + "/revert", null);
		}
	}

	@Test
	void a_new_entry_is_checked_saved_searchable_answered_and_undone() throws Exception {
		HttpResponse<String> saved = admin("POST", "/api/admin/entries", entry(QUESTION, "《工会法》第三十一条"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		JsonNode body = this.json.readTree(saved.body());
		String id = body.path("id").asString();
		this.changes.add(body.path("changeId").asLong());
		assertThat(id).startsWith("console/entries/e-");

		JsonNode answer = this.json.readTree(post("/api/chat", "{\"message\":\"" + QUESTION + "\"}").body());
		assertThat(answer.path("citations").get(0).path("id").asString()).isEqualTo(id);
		JsonNode listed = this.json.readTree(admin("GET", "/api/admin/entries?q=" + enc("借书卡"), null).body());
		assertThat(listed.get(0).path("origin").asString()).isEqualTo("console");
		assertThat(listed.get(0).path("updatedBy").asString()).isEqualTo("测试员");

		assertThat(zipNames("/api/admin/export"))
			.anyMatch((n) -> n.startsWith("console/entries/e-") && n.endsWith(".md"));

		HttpResponse<String> undone = admin("POST", "/api/admin/changes/" + this.changes.remove(0) + "/revert", null);
		assertThat(undone.statusCode()).isEqualTo(200);
		JsonNode after = getJson("/api/search?q=" + enc(QUESTION) + "&k=5");
		assertThat(after.path("hits").toString()).doesNotContain(id);
	}

	@Test
	void an_entry_that_breaks_a_knowledge_rule_is_refused_naming_the_field() throws Exception {
		assertField(admin("POST", "/api/admin/entries", entry(QUESTION, "")), "legalBasis");
		assertField(admin("POST", "/api/admin/entries", entry(QUESTION, "《工会法》第九百条")), "legalBasis");
		assertField(admin("POST", "/api/admin/entries", entry("试用期最长能约定多久？", "《劳动合同法》第十九条")), "question");
		// Wordings the service would decline as another part of life never reach an
		// entry.
		assertField(admin("POST", "/api/admin/entries", entry("房东扣着押金不退怎么办？", "《劳动合同法》第十九条")), "question");
		assertField(
				admin("POST", "/api/admin/entries", entry(QUESTION, "《劳动合同法》第十九条").replace("借书的卡丢了咋办", "保险公司拖着不理赔咋办")),
				"phrasings");
		assertField(admin("POST", "/api/admin/entries",
				"{\"question\":\"" + QUESTION + "\",\"answer\":\"可以。\",\"category\":\"lottery\",\"region\":\"全国\"}"),
				"category");
		assertThat(admin("GET", "/api/admin/changes", null).body()).doesNotContain(QUESTION);
	}

	@Test
	void an_edit_of_a_shipped_entry_is_an_override_that_can_be_undone() throws Exception {
		JsonNode hit = getJson("/api/search?q=" + enc("试用期最长能约定多久？") + "&k=1").path("hits").get(0);
		String id = hit.path("id").asString();
		String path = "/api/admin/entries/" + id.replace("#", "%23");
		JsonNode original = this.json.readTree(admin("GET", path, null).body());
		assertThat(original.path("origin").asString()).as(original.toString()).isEqualTo("file");

		String edited = "{\"question\":\"试用期最长能约定多久？\",\"answer\":\"最长六个月，看合同期限（控制台修改）。\","
				+ "\"category\":\"probation\",\"region\":\"全国\",\"legalBasis\":[\"《劳动合同法》第十九条\"],"
				+ "\"note\":\"测试\",\"author\":\"测试员\"}";
		HttpResponse<String> saved = admin("PUT", path, edited);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		this.changes.add(this.json.readTree(saved.body()).path("changeId").asLong());
		JsonNode now = this.json.readTree(admin("GET", path, null).body());
		assertThat(now.path("origin").asString()).isEqualTo("override");
		assertThat(now.path("answer").asString()).contains("控制台修改");
		assertThat(now.path("id").asString()).isEqualTo(id);

		admin("POST", "/api/admin/changes/" + this.changes.remove(0) + "/revert", null);
		JsonNode back = this.json.readTree(admin("GET", path, null).body());
		assertThat(back.path("origin").asString()).isEqualTo("file");
		assertThat(back.path("answer").asString()).isEqualTo(original.path("answer").asString());
	}

	private void assertField(HttpResponse<String> response, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(problem.path("message_zh").asString()).containsPattern("[\\u4e00-\\u9fa5]");
	}

	private static String entry(String question, String basis) {
		return "{\"question\":\"" + question + "\",\"phrasings\":[\"借书的卡丢了咋办\"],"
				+ "\"answer\":\"可以补办，带上工会会员证到职工书屋登记即可。\",\"category\":\"union-services\",\"region\":\"北京\","
				+ "\"source\":\"工会服务指南\",\"legalBasis\":[" + (basis.isEmpty() ? "" : "\"" + basis + "\"")
				+ "],\"note\":\"集成测试\",\"author\":\"测试员\"}";
	}

	private HttpRequest.Builder adminRequest(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN_TOKEN);
	}

	private HttpResponse<String> admin(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = adminRequest(path);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private List<String> zipNames(String path) throws Exception {
		HttpResponse<byte[]> response = this.http.send(adminRequest(path).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
