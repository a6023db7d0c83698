package cn.bjzgh.rights.console;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.bjzgh.rights.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents through the console's API: an upload is a draft with the passages it will be
 * split into, publishing makes it searchable, a bad file is refused with nothing stored;
 * the test withdraws what it published.
 */
class ConsoleDocumentsIT extends IntegrationTest {

	static final String HTML = "<html><body><h1>职工书屋借阅规定</h1><h2>借阅期限</h2>"
			+ "<p>会员每次可以借三本书，借期三十天，可以续借一次。逾期不还的暂停借阅一个月。</p>"
			+ "<h2>会员权利</h2><p>工会会员享有参加工会组织的文化活动的权利，依据《工会法》第三十一条。</p></body></html>";

	@Test
	void an_uploaded_document_is_previewed_published_searchable_and_withdrawn() throws Exception {
		HttpResponse<String> uploaded = upload("rules.html", "text/html", HTML.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode draft = this.json.readTree(uploaded.body());
		String id = draft.path("id").asString();
		assertThat(draft.path("status").asString()).isEqualTo("draft");
		assertThat(draft.path("passages").toString()).contains("借阅期限", "三十天", "《工会法》第三十一条");
		String query = "/api/search?q=" + URLEncoder.encode("职工书屋借书借期多久", StandardCharsets.UTF_8) + "&k=5";
		assertThat(getJson(query).path("hits").toString()).doesNotContain("console/documents/");

		HttpResponse<String> published = admin("POST", "/api/admin/documents/" + id + "/publish");
		try {
			assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
			assertThat(getJson(query).path("hits").toString()).contains("console/documents/" + id);
			assertThat(admin("GET", "/api/admin/documents").body()).contains(id, "published");
		}
		finally {
			assertThat(admin("DELETE", "/api/admin/documents/" + id).statusCode()).isEqualTo(204);
		}
		assertThat(getJson(query).path("hits").toString()).doesNotContain("console/documents/");
	}

	@Test
	void a_bad_file_is_refused_in_chinese_and_english_and_nothing_is_stored() throws Exception {
		String before = admin("GET", "/api/admin/documents").body();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0 };
		Map<String, Integer> cases = Map.of("empty.txt", 400, "picture.png", 415);
		for (Map.Entry<String, Integer> c : cases.entrySet()) {
			byte[] bytes = c.getKey().endsWith(".png") ? png : new byte[0];
			HttpResponse<String> refused = upload(c.getKey(), "application/octet-stream", bytes);
			assertThat(refused.statusCode()).as(c.getKey() + ": " + refused.body()).isEqualTo(c.getValue());
			JsonNode problem = this.json.readTree(refused.body());
			assertThat(problem.path("message_zh").asString()).containsPattern("[\\u4e00-\\u9fa5]");
			assertThat(problem.path("message_en").asString()).isNotBlank();
		}
		assertThat(admin("GET", "/api/admin/documents").body()).isEqualTo(before);
	}

	private HttpResponse<String> upload(String filename, String type, byte[] content) throws Exception {
		String boundary = "----console" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = Map.of("title", "职工书屋借阅规定", "source", "工会服务指南", "category", "union-services",
				"region", "北京", "effective", "2026-01-01");
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri("/api/admin/documents"))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> admin(String method, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
