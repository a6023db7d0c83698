package cn.bjzgh.rights.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import cn.bjzgh.rights.console.TestDocuments;
import cn.bjzgh.rights.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The union staff's console at {@code /admin} in headless Chromium, over the real server
 * with the admin side on: sign-in, the overview charts, an unanswered question written up
 * as an entry, a document uploaded and published, bad files refused, and a change
 * reverted. Screenshots go to target/screenshots.
 */
class AdminConsoleBrowserIT extends IntegrationTest {

	/** In scope (it names the employer) but not in the handbooks. */
	static final String UNANSWERED = "单位发的工作服太丑了能不穿吗";

	static final String UNANSWERED_AGAIN = "单位发的工作服太丑了，我能不穿吗";

	/** A real one-pixel PNG, so a check by content refuses it as well as one by name. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	ChromeDriver driver;

	WebDriverWait wait;

	/**
	 * Admin requests that undo what a case added, run after it: the one Spring context is
	 * shared with the other integration tests, so each case leaves the knowledge as it
	 * found it.
	 */
	final List<String[]> cleanUp = new ArrayList<>();

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start();
		// The lists re-render when the console refreshes them: an element found a moment
		// before may be replaced while it is read.
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void quit() throws Exception {
		if (this.driver != null) {
			this.driver.quit();
		}
		for (int i = this.cleanUp.size() - 1; i >= 0; i--) {
			send(this.cleanUp.get(i)[0], this.cleanUp.get(i)[1], null, ADMIN_TOKEN);
		}
	}

	@Test
	void a_wrong_token_is_refused_and_the_right_one_opens_the_console_until_sign_out() throws Exception {
		this.driver.get(url("/admin"));
		WebElement token = this.wait.until((d) -> d.findElement(By.id("token")));
		assertThat(this.driver.findElement(By.cssSelector("label[for=token]")).getText()).isEqualTo("管理令牌");
		assertThat(((JavascriptExecutor) this.driver).executeScript("return typeof echarts.init"))
			.as("ECharts is served from its WebJar")
			.isEqualTo("function");
		token.sendKeys("not-the-token");
		this.driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		this.wait.until((d) -> d.findElement(By.id("signin-result")).getText().contains("管理令牌不正确"));
		assertThat(this.driver.findElement(By.id("console")).isDisplayed()).isFalse();
		assertThat(token.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(sessionToken()).isNull();
		Browser.screenshot(this.driver, "admin-signin-wrong-token");

		token.clear();
		token.sendKeys(ADMIN_TOKEN);
		this.driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		this.wait.until((d) -> d.findElement(By.id("console")).isDisplayed());
		assertThat(this.driver.findElement(By.id("signin")).isDisplayed()).isFalse();
		assertThat(sessionToken()).isEqualTo(ADMIN_TOKEN);

		// The token is kept for this tab: a reload stays signed in.
		this.driver.navigate().refresh();
		this.wait.until((d) -> d.findElement(By.id("console")).isDisplayed());

		this.driver.findElement(By.id("sign-out")).click();
		this.wait.until((d) -> d.findElement(By.id("signin")).isDisplayed());
		assertThat(this.driver.findElement(By.id("console")).isDisplayed()).isFalse();
		assertThat(sessionToken()).isNull();
	}

	@Test
	void the_overview_draws_each_chart_beside_a_table_of_the_same_numbers() throws Exception {
		String up = chat("试用期最长可以约定多久").path("answerId").asString();
		String down = chat("加班费怎么算").path("answerId").asString();
		chat("单位不给交社保怎么办");
		assertThat(send("POST", "/api/feedback", feedback(up, "试用期最长可以约定多久", "up", null), null).statusCode())
			.isEqualTo(201);
		assertThat(send("POST", "/api/feedback", feedback(down, "加班费怎么算", "down", "没说周末怎么算"), null).statusCode())
			.isEqualTo(201);
		JsonNode overview = adminJson("/api/admin/overview?days=7");
		assertThat(overview.path("questions").asLong()).isGreaterThanOrEqualTo(3);

		signIn();
		for (String chart : List.of("chart-per-day", "chart-by-mode", "chart-handoffs", "chart-feedback",
				"chart-topics")) {
			this.wait
				.until((d) -> !d.findElements(By.cssSelector("#" + chart + " svg, #" + chart + " canvas")).isEmpty());
		}
		List<List<String>> perDay = rows("table-per-day");
		assertThat(perDay).hasSize(overview.path("perDay").size());
		assertThat(perDay.stream().mapToLong((r) -> Long.parseLong(r.get(1))).sum())
			.isEqualTo(overview.path("questions").asLong());
		assertThat(rows("table-feedback")).containsExactly(
				List.of("有帮助（赞）", overview.path("feedback").path("up").asString()),
				List.of("没帮助（踩）", overview.path("feedback").path("down").asString()));
		assertThat(overview.path("feedback").path("down").asLong()).isPositive();
		long answered = 0;
		for (List<String> row : rows("table-by-mode")) {
			answered += Long.parseLong(row.get(1));
		}
		long byMode = 0;
		for (String mode : List.of("offline", "llm", "faq")) {
			byMode += overview.path("byMode").path(mode).asLong();
		}
		assertThat(answered).isEqualTo(byMode).isPositive();
		List<List<String>> topics = rows("table-topics");
		assertThat(topics).hasSize(overview.path("topTopics").size());
		assertThat(topics.get(0)).containsExactly(overview.path("topTopics").get(0).path("label").asString(),
				overview.path("topTopics").get(0).path("count").asString());
		assertThat(this.driver.findElement(By.id("overview-summary")).getText())
			.contains("近7天共 " + overview.path("questions").asLong() + " 个问题");
		this.driver.manage().window().setSize(new Dimension(1280, 1500));
		scrollTo(this.driver.findElement(By.id("overview")));
		Browser.screenshot(this.driver, "admin-overview");
		this.driver.manage().window().setSize(new Dimension(1280, 900));

		// The 30-day window lists every day in it.
		this.driver.findElement(By.cssSelector("input[name=overview-days][value='30']")).click();
		this.wait.until((d) -> rows("table-per-day").size() >= 30);
		assertThat(rows("table-per-day")).hasSize(adminJson("/api/admin/overview?days=30").path("perDay").size());

		// The thumbs-down is listed with the worker's comment; the entry it cited opens
		// in
		// the editor.
		WebElement item = this.wait.until((d) -> {
			for (WebElement f : d.findElements(By.cssSelector("#feedback-list article.feedback-item"))) {
				if (f.getText().contains("没说周末怎么算")) {
					return f;
				}
			}
			d.findElement(By.id("feedback-refresh")).click();
			return null;
		});
		assertThat(item.getText()).contains("加班费怎么算");
		scrollTo(item);
		Browser.screenshot(this.driver, "admin-feedback");
		item.findElement(By.cssSelector("button.edit-cited")).click();
		this.wait.until((d) -> !d.findElement(By.id("entry-question")).getAttribute("value").isBlank());
		assertThat(this.driver.findElement(By.id("editor-mode")).getText()).startsWith("正在修改：");
		assertThat(this.driver.findElement(By.id("entry-legalBasis")).getAttribute("value")).contains("《");
	}

	@Test
	void an_unanswered_question_is_written_up_as_an_entry_that_answers_it_next_time() throws Exception {
		assertThat(chat(UNANSWERED).path("handoff").path("reason").asString())
			.as("precondition: the handbooks do not answer it yet")
			.isEqualTo("low-confidence");
		chat(UNANSWERED_AGAIN);
		JsonNode options = adminJson("/api/admin/entries/options");

		signIn();
		WebElement group = this.wait.until((d) -> {
			for (WebElement g : d.findElements(By.cssSelector("#unanswered-list article.group"))) {
				if (g.getText().contains(UNANSWERED)) {
					return g;
				}
			}
			// The question log is written in the background: ask again.
			d.findElement(By.cssSelector("#unanswered-form button[type=submit]")).click();
			return null;
		});
		String representative = group.findElement(By.cssSelector("h3")).getText();
		assertThat(group.findElements(By.cssSelector("ul.wordings li"))).isNotEmpty();
		scrollTo(group);
		Browser.screenshot(this.driver, "admin-unanswered");

		group.findElement(By.cssSelector("button.write-entry")).click();
		WebElement question = this.driver.findElement(By.id("entry-question"));
		this.wait.until((d) -> representative.equals(question.getAttribute("value")));
		String phrasings = this.driver.findElement(By.id("entry-phrasings")).getAttribute("value");
		for (WebElement wording : group.findElements(By.cssSelector("ul.wordings .wording"))) {
			if (!wording.getText().equals(representative)) {
				assertThat(phrasings).contains(wording.getText());
			}
		}
		this.driver.findElement(By.id("entry-answer"))
			.sendKeys("**要看单位的着装规定是否有效。**\n\n单位的着装要求属于规章制度，要经过民主程序制定并向职工公示，才能作为管理的依据。"
					+ "\n\n- 规定合法、经过公示的，一般应当遵守\n- 有意见可以通过职工代表大会或者工会提出修改");
		new Select(this.driver.findElement(By.id("entry-category"))).selectByValue("contract");
		new Select(this.driver.findElement(By.id("entry-region"))).selectByValue(region(options));

		// The legal basis is looked up as it is typed.
		WebElement basis = this.driver.findElement(By.id("entry-legalBasis"));
		basis.sendKeys("《劳动合同法》第九百条");
		this.wait.until((d) -> d.findElement(By.id("basis-lookup")).getText().contains("未找到该条文"));
		basis.clear();
		basis.sendKeys("《劳动合同法》第四条");
		this.wait.until((d) -> !d.findElements(By.cssSelector("#basis-lookup li.law-found")).isEmpty());
		assertThat(this.driver.findElement(By.cssSelector("#basis-lookup li.law-found")).getText()).contains("第四条");
		this.driver.findElement(By.id("entry-note")).sendKeys("未答问题：工作服");
		WebElement author = this.driver.findElement(By.id("entry-author"));
		author.clear();
		author.sendKeys("浏览器测试");
		this.driver.findElement(By.id("entry-save")).click();

		WebElement saved = this.wait.until((d) -> d.findElement(By.cssSelector("#entry-result .ok")));
		String id = saved.getAttribute("data-entry-id");
		assertThat(id).isNotBlank();
		this.cleanUp
			.add(new String[] { "POST", "/api/admin/changes/" + saved.getAttribute("data-change-id") + "/revert" });
		assertThat(saved.getText()).contains(id);
		scrollTo(this.driver.findElement(By.id("editor")));
		Browser.screenshot(this.driver, "admin-entry-saved");

		JsonNode again = chat(representative);
		List<String> cited = new ArrayList<>();
		for (int i = 0; i < again.path("citations").size(); i++) {
			cited.add(again.path("citations").get(i).path("id").asString());
		}
		assertThat(cited).as(again.toString()).contains(id);
		assertThat(again.path("handoff").isNull()).isTrue();
		assertThat(adminJson("/api/admin/entries/" + id.replace("#", "%23")).path("updatedBy").asString())
			.isEqualTo("浏览器测试");
	}

	@Test
	void a_document_is_uploaded_previewed_published_and_then_found_by_search(@TempDir Path dir) throws Exception {
		String title = "测试文档：快递网点夜班补贴办法 " + UUID.randomUUID().toString().substring(0, 8);
		Path file = Files.write(dir.resolve("night-shift-allowance.docx"), docx("快递网点夜班补贴办法", "一、补贴标准",
				"快递网点分拣员上夜班的，每晚发放夜班补贴八十元，随当月工资一并发放。", "二、加班", "安排延长工作时间的，按照《劳动法》第四十四条支付加班工资。"));
		JsonNode options = adminJson("/api/admin/entries/options");

		signIn();
		fillDocumentForm(file, title, options);
		this.driver.findElement(By.id("doc-upload")).click();
		WebElement preview = this.wait.until((d) -> d.findElement(By.cssSelector("#doc-preview .preview")));
		this.wait.until((d) -> !preview.findElements(By.cssSelector(".passage")).isEmpty());
		assertThat(preview.getText()).contains(title).contains("夜班补贴八十元");
		scrollTo(preview);
		Browser.screenshot(this.driver, "admin-document-preview");

		this.cleanUp.add(new String[] { "DELETE", "/api/admin/documents/" + preview.getAttribute("data-id") });
		preview.findElement(By.cssSelector("button.publish")).click();
		this.wait.until((d) -> preview.getText().contains("已发布"));
		this.wait.until((d) -> d.findElement(By.id("doc-list")).getText().contains(title));
		assertThat(rowOf("doc-list", title)).contains("已发布");
		Browser.screenshot(this.driver, "admin-document-published");

		JsonNode hits = getJson("/api/search?q=" + encode("快递网点夜班补贴") + "&k=10").path("hits");
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			titles.add(hits.get(i).path("title").asString());
		}
		assertThat(titles).contains(title);
	}

	@Test
	void an_empty_file_and_a_picture_are_refused_in_chinese_and_nothing_is_listed(@TempDir Path dir) throws Exception {
		Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
		Path picture = Files.write(dir.resolve("photo.png"), PNG);
		JsonNode options = adminJson("/api/admin/entries/options");
		signIn();
		for (Path bad : List.of(empty, picture)) {
			String title = "不该保存的文件 " + bad.getFileName();
			fillDocumentForm(bad, title, options);
			this.driver.findElement(By.id("doc-upload")).click();
			WebElement error = this.wait.until((d) -> d.findElement(By.cssSelector("#doc-result .error")));
			assertThat(error.getText()).containsPattern("\\p{IsHan}").doesNotContain("请求失败");
			assertThat(this.driver.findElements(By.cssSelector("#doc-preview .passage"))).isEmpty();
			assertThat(this.driver.findElement(By.id("doc-list")).getText()).doesNotContain(title);
			assertThat(adminJson("/api/admin/documents").toString()).doesNotContain(title);
			if (bad == picture) {
				scrollTo(this.driver.findElement(By.id("documents")));
				Browser.screenshot(this.driver, "admin-document-refused");
			}
		}
	}

	@Test
	void a_change_is_reverted_from_the_history() throws Exception {
		JsonNode options = adminJson("/api/admin/entries/options");
		String question = "测试撤销：单位组织的周末团建必须参加吗 " + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode entry = this.json.createObjectNode()
			.put("question", question)
			.put("answer", "团建不属于工作安排的，可以不参加；占用休息日又要求必须参加的，属于加班。")
			.put("category", "hours")
			.put("region", region(options))
			.put("source", options.path("sources").path(0).asString())
			.put("note", "撤销测试")
			.put("author", "浏览器测试");
		entry.putArray("phrasings");
		entry.putArray("legalBasis").add("《劳动法》第四十四条");
		HttpResponse<String> created = send("POST", "/api/admin/entries", entry.toString(), ADMIN_TOKEN);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String changeId = this.json.readTree(created.body()).path("changeId").asString();
		String[] undo = { "POST", "/api/admin/changes/" + changeId + "/revert" };
		this.cleanUp.add(undo);
		assertThat(adminJson("/api/admin/entries?q=" + encode(question)).toString()).contains(question);

		signIn();
		By row = By.cssSelector("#changes-list tr[data-change-id='" + changeId + "']");
		WebElement change = this.wait.until((d) -> d.findElement(row));
		assertThat(change.getText()).contains("新建").contains("撤销测试").contains("浏览器测试");
		change.findElement(By.cssSelector("button.revert")).click();
		this.wait.until((d) -> d.findElement(row).getText().contains("已撤销"));
		this.cleanUp.remove(undo);
		assertThat(this.driver.findElement(row).findElements(By.cssSelector("button.revert"))).isEmpty();
		scrollTo(this.driver.findElement(By.id("changes-list")));
		Browser.screenshot(this.driver, "admin-history-reverted");

		assertThat(adminJson("/api/admin/entries?q=" + encode(question)).toString()).doesNotContain(question);

		// The re-index panel lists the instances with their index versions (here: this
		// one).
		WebElement instances = this.wait.until((d) -> d.findElement(By.cssSelector("#instances-list table")));
		assertThat(instances.getText()).contains("各实例的索引版本").contains("（本实例）").containsPattern("[0-9a-f]{12}");
	}

	// ---------- the page ----------

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void signIn() {
		this.driver.get(url("/admin"));
		this.wait.until((d) -> d.findElement(By.id("token"))).sendKeys(ADMIN_TOKEN);
		this.driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		this.wait.until((d) -> d.findElement(By.id("console")).isDisplayed());
	}

	Object sessionToken() {
		return ((JavascriptExecutor) this.driver).executeScript("return sessionStorage.getItem('rights.admin.token')");
	}

	void scrollTo(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
	}

	/**
	 * The body rows of the table inside the element with this id, as cell texts, read in
	 * one script so that a table redrawn meanwhile cannot go stale halfway.
	 */
	@SuppressWarnings("unchecked")
	List<List<String>> rows(String id) {
		return (List<List<String>>) ((JavascriptExecutor) this.driver)
			.executeScript("return [...document.querySelectorAll('#' + arguments[0] + ' tbody tr')]"
					+ ".map((tr) => [...tr.cells].map((td) => td.textContent.trim()))", id);
	}

	String rowOf(String id, String text) {
		return this.driver.findElements(By.cssSelector("#" + id + " tbody tr"))
			.stream()
			.map(WebElement::getText)
			.filter((t) -> t.contains(text))
			.findFirst()
			.orElseThrow();
	}

	void fillDocumentForm(Path file, String title, JsonNode options) {
		this.driver.findElement(By.id("doc-file")).sendKeys(file.toAbsolutePath().toString());
		WebElement titleInput = this.driver.findElement(By.id("doc-title"));
		titleInput.clear();
		titleInput.sendKeys(title);
		new Select(this.driver.findElement(By.id("doc-source")))
			.selectByValue(options.path("sources").path(0).asString());
		new Select(this.driver.findElement(By.id("doc-category"))).selectByValue("wages");
		new Select(this.driver.findElement(By.id("doc-region"))).selectByValue(region(options));
		assertThat(this.driver.findElement(By.id("doc-effective")).getAttribute("value")).as("today, by default")
			.matches("\\d{4}-\\d{2}-\\d{2}");
	}

	/**
	 * A Word file in which a paragraph without a full stop is a heading in Word's
	 * built-in styles: "heading 1" for the first, "heading 2" after.
	 */
	static byte[] docx(String... paragraphs) throws IOException {
		List<TestDocuments.Para> paras = new ArrayList<>();
		for (int i = 0; i < paragraphs.length; i++) {
			String text = paragraphs[i];
			paras.add(new TestDocuments.Para(text.endsWith("。") ? 0 : (i == 0) ? 1 : 2, text));
		}
		return TestDocuments.docx(paras);
	}

	// ---------- the API ----------

	static String region(JsonNode options) {
		for (int i = 0; i < options.path("regions").size(); i++) {
			if (options.path("regions").get(i).asString().equals("全国")) {
				return "全国";
			}
		}
		return options.path("regions").path(0).asString();
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	JsonNode chat(String message) throws Exception {
		HttpResponse<String> response = send("POST", "/api/chat",
				this.json.createObjectNode().put("message", message).toString(), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	String feedback(String answerId, String question, String rating, String comment) {
		ObjectNode body = this.json.createObjectNode()
			.put("answerId", answerId)
			.put("question", question)
			.put("rating", rating);
		if (comment != null) {
			body.put("comment", comment);
		}
		return body.toString();
	}

	JsonNode adminJson(String path) throws Exception {
		HttpResponse<String> response = send("GET", path, null, ADMIN_TOKEN);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	HttpResponse<String> send(String method, String path, String jsonBody, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
