package cn.bjzgh.rights.web;

import java.time.Duration;
import java.util.List;

import cn.bjzgh.rights.LlmIntegrationTest;
import cn.bjzgh.rights.LlmStubs;
import cn.bjzgh.rights.feedback.Feedback;
import cn.bjzgh.rights.feedback.FeedbackRepository;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker widget on the demo page and the volunteer desk, in headless Chromium, with
 * WireMock as the LLM. Screenshots go to target/screenshots.
 */
class WidgetAndDeskBrowserIT extends LlmIntegrationTest {

	static final String QUESTION = "在饭店干了俩月了老板一直不给签合用，能多要钱不";

	@Autowired
	FeedbackRepository feedback;

	ChromeDriver driver;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
	}

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	SearchContext openWidget() {
		this.driver.get(url("/"));
		WebElement host = this.wait.until((d) -> d.findElement(By.id("rights-widget")));
		SearchContext shadow = host.getShadowRoot();
		shadow.findElement(By.cssSelector("button.launcher")).click();
		this.wait.until((d) -> shadow.findElement(By.cssSelector(".panel")).isDisplayed());
		return shadow;
	}

	void ask(SearchContext shadow, String question) {
		WebElement input = shadow.findElement(By.cssSelector("textarea.q"));
		input.sendKeys(question);
		shadow.findElement(By.cssSelector("button.send")).click();
	}

	/**
	 * Waits for the n-th answer (1-based, greeting excluded) to finish and returns it.
	 */
	WebElement answer(SearchContext shadow, int n) {
		return this.wait.until((d) -> {
			List<WebElement> done = shadow.findElements(By.cssSelector(".msg.bot .mode"));
			if (done.size() < n) {
				return null;
			}
			return shadow.findElements(By.cssSelector(".msg.bot")).get(n);
		});
	}

	/**
	 * Five turns typed into the widget, the facts in pieces and a correction, while the
	 * model is down (every answer is the offline one): each turn is answered in the
	 * conversation, and the last one calculates with what was said before.
	 */
	@Test
	void a_story_told_in_five_pieces_gets_the_right_answer_at_each_turn() throws Exception {
		llm.stubFor(WireMock.post(LlmStubs.PATH).willReturn(WireMock.aResponse().withStatus(503)));
		SearchContext shadow = openWidget();

		ask(shadow, "我在北京一个快递站干分拣，公司说要裁员，我在名单里");
		assertThat(answer(shadow, 1).getText()).contains("裁员").doesNotContain("我只能回答");

		ask(shadow, "在这干了3年4个月");
		assertThat(answer(shadow, 2).getText()).contains("按你前面说的").contains("3.5 个月的工资");

		ask(shadow, "一直没给交社保");
		assertThat(answer(shadow, 3).getText()).contains("社保").doesNotContain("我只能回答");

		ask(shadow, "不对，是3年8个月");
		assertThat(answer(shadow, 4).getText()).contains("3年8个月").contains("4 个月的工资");

		ask(shadow, "月薪8000，能拿多少补偿？");
		WebElement last = answer(shadow, 5);
		assertThat(last.getText()).contains("32000").contains("工作时间：3年8个月").contains("单位裁员");
		assertThat(shadow.findElements(By.cssSelector(".msg.user"))).hasSize(5);
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", last);
		Browser.screenshot(this.driver, "widget-five-turns");
	}

	@Test
	void a_tapped_suggestion_is_asked_in_the_same_conversation() throws Exception {
		llm.stubFor(LlmStubs.streaming().willReturn(LlmStubs.sse("请婚假、丧假、年休假期间，单位应当照发工资 [1]。")));
		SearchContext shadow = openWidget();
		ask(shadow, "请假");
		WebElement first = answer(shadow, 1);
		WebElement row = this.wait.until((d) -> first.findElement(By.cssSelector(".suggestions")));
		assertThat(row.getAttribute("data-kind")).isEqualTo("clarify");
		assertThat(row.getText()).contains("你想问的是：");
		List<WebElement> buttons = first.findElements(By.cssSelector(".suggestions button.suggestion"));
		assertThat(buttons).hasSizeBetween(2, 4);
		assertThat(buttons).allSatisfy((b) -> assertThat(b.getAttribute("type")).isEqualTo("button"));
		WebElement choice = buttons.get(0);
		String text = choice.getText();
		assertThat(text).isNotBlank();
		Browser.screenshot(this.driver, "widget-clarify");

		choice.click();

		// The choice is asked as the worker's next message, once, and answered.
		this.wait.until((d) -> shadow.findElements(By.cssSelector(".msg.user")).size() == 2);
		assertThat(shadow.findElements(By.cssSelector(".msg.user")).get(1).getText()).isEqualTo(text);
		assertThat(first.findElements(By.cssSelector(".suggestions button.suggestion")))
			.allSatisfy((b) -> assertThat(b.isEnabled()).isFalse());
		// A tapped choice is a handbook question, so the handbook's own answer (or the
		// model's) follows, not another question back.
		WebElement second = answer(shadow, 2);
		assertThat(second.getText()).isNotBlank().doesNotContain("你问的可能是");
		assertThat(second.findElements(By.cssSelector("button.chip"))).isNotEmpty();
		assertThat(shadow.findElements(By.cssSelector(".msg.user"))).hasSize(2);
	}

	@Test
	void a_worker_asks_reads_the_streamed_answer_opens_a_citation_and_gives_feedback() throws Exception {
		llm.stubFor(LlmStubs.streaming()
			.willReturn(LlmStubs.sse("**能。**超过一个月不签书面合同，", "公司每月要付你二倍工资 [1]。\n\n", "- 保存好工资转账记录\n- 拨打12351 [2]")));
		SearchContext shadow = openWidget();
		assertThat(shadow.findElement(By.cssSelector(".msg.bot")).getText()).contains("职工维权助手");
		assertThat(shadow.findElements(By.cssSelector("button.topic"))).extracting(WebElement::getText)
			.contains("劳动合同", "工资", "加班", "休假", "社保", "工伤", "外卖骑手", "工会服务");
		assertThat(shadow.findElement(By.cssSelector(".notice")).getText()).contains("不构成法律意见");
		Browser.screenshot(this.driver, "widget-open-desktop");

		ask(shadow, QUESTION);
		WebElement answer = answer(shadow, 1);
		assertThat(answer.getText()).contains("二倍工资").contains("保存好工资转账记录");
		assertThat(answer.findElements(By.cssSelector("strong"))).extracting(WebElement::getText).contains("能。");
		assertThat(answer.findElements(By.cssSelector("li"))).hasSize(2);
		assertThat(answer.findElement(By.cssSelector(".mode")).getText()).isEqualTo("智能回答");

		List<WebElement> chips = answer.findElements(By.cssSelector("button.chip"));
		assertThat(chips).hasSizeGreaterThanOrEqualTo(2);
		chips.get(0).click();
		WebElement passage = this.wait.until((d) -> answer.findElement(By.cssSelector(".passage")));
		assertThat(passage.getText()).contains("职工维权手册").contains("法律依据");
		Browser.screenshot(this.driver, "widget-answer-desktop");

		answer.findElement(By.cssSelector("button.rate-up")).click();
		answer.findElement(By.cssSelector("textarea.comment")).sendKeys("讲得很清楚");
		answer.findElement(By.cssSelector("button.submit-feedback")).click();
		this.wait.until((d) -> answer.getText().contains("谢谢你的反馈"));
		List<Feedback> stored = this.feedback.recent(5);
		assertThat(stored).anySatisfy((f) -> {
			assertThat(f.question()).isEqualTo(QUESTION);
			assertThat(f.rating()).isEqualTo("up");
			assertThat(f.comment()).isEqualTo("讲得很清楚");
			assertThat(f.answerId()).startsWith("a-");
		});
	}

	@Test
	void the_widget_fits_a_360_by_640_phone_and_works_by_keyboard() throws Exception {
		llm.stubFor(LlmStubs.streaming().willReturn(LlmStubs.sse("可以要求二倍工资 [1]。")));
		this.driver.manage().window().setSize(new Dimension(360, 640));
		SearchContext shadow = openWidget();
		WebElement panel = shadow.findElement(By.cssSelector(".panel"));
		long width = ((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].getBoundingClientRect().width", panel)).longValue();
		long viewport = ((Number) ((JavascriptExecutor) this.driver).executeScript("return window.innerWidth"))
			.longValue();
		assertThat(width).isLessThanOrEqualTo(viewport);
		WebElement input = shadow.findElement(By.cssSelector("textarea.q"));
		assertThat(input.getAttribute("aria-label")).isEqualTo("输入你的问题");
		assertThat(panel.getAttribute("role")).isEqualTo("dialog");
		assertThat(shadow.findElement(By.cssSelector(".log")).getAttribute("aria-live")).isEqualTo("polite");
		input.sendKeys(QUESTION, Keys.ENTER);
		assertThat(answer(shadow, 1).getText()).contains("二倍工资");
		Browser.screenshot(this.driver, "widget-phone-360x640");
		input.sendKeys(Keys.ESCAPE);
		this.wait.until((d) -> !shadow.findElement(By.cssSelector(".panel")).isDisplayed());
	}

	@Test
	void a_handoff_shows_a_call_button_and_a_copyable_case_card() throws Exception {
		SearchContext shadow = openWidget();
		ask(shadow, "单位食堂的饭太难吃了");
		WebElement answer = answer(shadow, 1);
		WebElement call = answer.findElement(By.cssSelector(".handoff a.call[href='tel:12351']"));
		assertThat(call.getText()).contains("12351");
		assertThat(answer.findElement(By.cssSelector(".handoff .card")).getText()).startsWith("【个案卡】")
			.contains("单位食堂的饭太难吃了");
		answer.findElement(By.cssSelector(".handoff button.copy")).click();
		this.wait.until((d) -> answer.findElement(By.cssSelector(".handoff button.copy")).getText().equals("已复制"));
		Browser.screenshot(this.driver, "widget-handoff");
	}

	@Test
	void markup_in_an_answer_is_shown_as_text_and_never_runs() {
		llm.stubFor(LlmStubs.streaming()
			.willReturn(
					LlmStubs.sse("看这里<img src=x onerror=\"window.__xss=1\">", "和<script>window.__xss=2</script> [1]")));
		SearchContext shadow = openWidget();
		ask(shadow, QUESTION + "<img src=y onerror=\"window.__xss=3\">");
		WebElement answer = answer(shadow, 1);
		assertThat(answer.getText()).contains("<img src=x onerror=\"window.__xss=1\">").contains("<script>");
		assertThat(answer.findElements(By.cssSelector("img, script"))).isEmpty();
		assertThat(shadow.findElements(By.cssSelector(".msg.user img"))).isEmpty();
		assertThat(((JavascriptExecutor) this.driver).executeScript("return typeof window.__xss"))
			.isEqualTo("undefined");
	}

	@Test
	void a_volunteer_searches_the_handbooks_and_uses_a_calculator_on_the_desk() throws Exception {
		this.driver.get(url("/desk"));
		this.driver.findElement(By.id("search-q")).sendKeys("试用期最长多久");
		new Select(this.driver.findElement(By.id("search-category"))).selectByValue("probation");
		this.driver.findElement(By.cssSelector("#search-form button[type=submit], #search-form button")).click();
		WebElement hit = this.wait.until((d) -> d.findElement(By.cssSelector("#search-results article.hit")));
		assertThat(hit.findElement(By.cssSelector(".text")).getText()).contains("试用期");
		assertThat(hit.findElement(By.cssSelector(".basis")).getText()).contains("《劳动合同法》");
		hit.findElement(By.cssSelector("details.laws summary")).click();
		this.wait.until((d) -> !hit.findElements(By.cssSelector("details.laws ul.law-list li")).isEmpty());
		assertThat(hit.findElement(By.cssSelector("details.laws")).getText()).contains("第十九条");
		assertThat(hit.findElements(By.cssSelector(".confirmed"))).as("a handbook entry lists no sources").isEmpty();
		Browser.screenshot(this.driver, "desk-search");

		// A union service from the guide shows the public sources it was confirmed from.
		WebElement q = this.driver.findElement(By.id("search-q"));
		q.clear();
		q.sendKeys("京卡怎么办");
		new Select(this.driver.findElement(By.id("search-category"))).selectByValue("union-services");
		this.driver.findElement(By.cssSelector("#search-form button[type=submit], #search-form button")).click();
		WebElement guide = this.wait
			.until((d) -> d.findElement(By.cssSelector("#search-results article.hit .confirmed")));
		assertThat(guide.getText()).startsWith("信息来源：");

		// The forms come from the calculators' declarations (GET /api/calc).
		new Select(this.wait.until((d) -> d.findElement(By.id("calc-name")))).selectByValue("severance");
		Select reason = new Select(this.wait.until((d) -> d.findElement(By.id("calc-reason"))));
		assertThat(reason.getOptions()).extracting(WebElement::getText).contains("经济性裁员", "劳动者主动辞职");
		assertThat(this.driver.findElement(By.cssSelector("label[for=calc-monthlyWage]")).getText())
			.isEqualTo("离职前12个月的平均月工资（元） *");
		assertThat(this.driver.findElement(By.id("calc-startDate")).getAttribute("type")).isEqualTo("date");
		new Select(this.driver.findElement(By.id("calc-name"))).selectByValue("overtime");
		this.wait.until((d) -> d.findElement(By.id("calc-monthlyWage"))).sendKeys("6000");
		this.driver.findElement(By.id("calc-workdayHours")).sendKeys("10");
		this.driver.findElement(By.cssSelector("#calc-form button[type=submit]")).click();
		WebElement result = this.wait.until((d) -> d.findElement(By.cssSelector("#calc-result .result-text")));
		assertThat(result.getText()).contains("517.24");
		assertThat(this.driver.findElement(By.cssSelector("#calc-result table.breakdown")).getText()).contains("150%");
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('calc').scrollIntoView()");
		Browser.screenshot(this.driver, "desk-calculator");

		// A bare topic in the consultation pane gets its choices as buttons; a tap asks
		// one.
		this.driver.findElement(By.id("chat-input")).sendKeys("请假");
		this.driver.findElement(By.id("chat-send")).click();
		List<WebElement> choices = this.wait.until((d) -> {
			List<WebElement> found = d
				.findElements(By.cssSelector("#chat-log article.turn .suggestions button.suggestion"));
			return found.isEmpty() ? null : found;
		});
		assertThat(choices).hasSizeBetween(2, 4);
		String choice = choices.get(0).getText();
		choices.get(0).click();
		this.wait.until((d) -> d.findElements(By.cssSelector("#chat-log article.turn")).size() == 2);
		assertThat(this.driver.findElements(By.cssSelector("#chat-log article.turn .question p")).get(1).getText())
			.isEqualTo(choice);
	}

}
