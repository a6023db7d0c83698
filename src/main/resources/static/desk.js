// Volunteer reference desk: search, calculators, chat and a printable consultation record.
// All server and user text is inserted with textContent / text nodes only.
"use strict";

(() => {
  const { el, append, $, str, list, errorBox, statusBox, boldInline, renderBlocks } = window.RightsPage;

  // ---------- HTTP ----------

  class ApiError extends Error {
    constructor(message, problem) {
      super(message);
      this.problem = problem || {};
    }
  }

  /** Fetches JSON; throws ApiError carrying message_zh from RFC 9457 problem bodies. */
  async function api(url, options) {
    let response;
    try {
      response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options));
    } catch (e) {
      throw new ApiError("网络连接失败，请检查网络后重试");
    }
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      const msg = data && data.message_zh ? data.message_zh : `请求失败（${response.status}）`;
      throw new ApiError(msg, data);
    }
    return data;
  }

  // ---------- Clipboard ----------

  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (e) {
        // fall through to the textarea fallback
      }
    }
    const area = el("textarea", { class: "visually-hidden", "aria-hidden": "true", readonly: true, tabindex: "-1" });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    area.remove();
    return ok;
  }

  // ---------- 1. Search ----------

  function lawsUrl(cites) {
    return "/api/laws?" + cites.slice(0, 20).map((c) => "cite=" + encodeURIComponent(c)).join("&");
  }

  async function loadLaws(details, cites) {
    const body = details.querySelector(".laws-body");
    try {
      const laws = list(await api(lawsUrl(cites)));
      body.replaceChildren();
      if (!laws.length) {
        body.appendChild(statusBox("暂无条文要点"));
        return;
      }
      const dl = el("ul", { class: "law-list" });
      for (const law of laws) {
        dl.appendChild(el("li", null, el("strong", null, str(law.citation)), " ", str(law.text)));
      }
      body.appendChild(dl);
    } catch (e) {
      body.replaceChildren(errorBox(e.message));
    }
  }

  function renderHit(hit) {
    const basis = list(hit.legalBasis);
    const path = list(hit.headingPath).length ? list(hit.headingPath).join(" › ") : str(hit.title);
    const source = [str(hit.source), str(hit.region)].filter(Boolean).join(" · ");
    const copyButton = el("button", { type: "button", class: "copy" }, "复制");
    copyButton.addEventListener("click", async () => {
      const text = str(hit.text) + "\n出处：" + str(hit.source) + "《" + str(hit.title) + "》" + str(hit.heading) +
        "\n" + basis.join("、");
      const ok = await copyText(text);
      copyButton.textContent = ok ? "已复制" : "复制失败";
      setTimeout(() => { copyButton.textContent = "复制"; }, 2000);
    });
    const article = el("article", { class: "hit" },
      el("h3", { class: "path" }, path),
      el("p", { class: "source" }, source),
      hit.question ? el("p", { class: "question" }, "问：" + hit.question) : null,
      el("div", { class: "text" }, renderBlocks(hit.text)),
      basis.length ? el("ul", { class: "basis", "aria-label": "法律依据" }, basis.map((b) => el("li", null, b))) : null,
      list(hit.confirmedBy).length ? el("p", { class: "confirmed" }, "信息来源：" + list(hit.confirmedBy).join("；")) : null,
      el("div", { class: "actions" }, copyButton));
    if (basis.length) {
      const details = el("details", { class: "laws" },
        el("summary", null, "条文要点"),
        el("div", { class: "laws-body" }, statusBox("正在加载条文…")));
      article.appendChild(details);
      loadLaws(details, basis);
    }
    return article;
  }

  async function onSearch(event) {
    event.preventDefault();
    const q = $("search-q").value.trim();
    const category = $("search-category").value;
    const out = $("search-results");
    if (!q) {
      out.replaceChildren(errorBox("请输入要检索的内容"));
      $("search-q").focus();
      return;
    }
    let url = "/api/search?q=" + encodeURIComponent(q) + "&k=10";
    if (category) url += "&category=" + encodeURIComponent(category);
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在检索…"));
    try {
      const data = await api(url);
      const hits = list(data && data.hits);
      if (!hits.length) {
        out.replaceChildren(statusBox("没有找到相关内容"));
      } else {
        out.replaceChildren(statusBox(`找到 ${hits.length} 条结果`), ...hits.map(renderHit));
      }
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    } finally {
      out.removeAttribute("aria-busy");
    }
  }

  // ---------- 2. Calculators ----------

  // The forms are drawn from each calculator's declared inputs (GET /api/calc): label, type,
  // unit, bounds, allowed values, help and an example.
  let calculators = [];

  const isNumeric = (f) => f.type === "MONEY" || f.type === "NUMBER" || f.type === "INTEGER";

  function fieldControl(field) {
    const id = "calc-" + field.name;
    const common = { id, name: field.name, "data-type": field.type };
    if (field.required) common.required = "";
    if (field.help) common["aria-describedby"] = id + "-help";
    if (field.type === "CHOICE" || field.type === "BOOLEAN") {
      const choices = field.type === "BOOLEAN"
        ? [["true", "是"], ["false", "否"]]
        : list(field.choices).map((c) => [str(c.value), str(c.label)]);
      return el("select", common,
        [["", field.required ? "请选择" : "不填"], ...choices].map(([value, text]) => el("option", { value }, text)));
    }
    if (field.type === "DATE") return el("input", { ...common, type: "date" });
    const attrs = { ...common, type: "number", step: field.type === "INTEGER" ? "1" : "any",
      inputmode: field.type === "INTEGER" ? "numeric" : "decimal" };
    if (field.min != null) attrs.min = String(field.min);
    if (field.max != null) attrs.max = String(field.max);
    if (field.example != null) attrs.placeholder = "例如 " + field.example;
    return el("input", attrs);
  }

  function renderCalcFields() {
    const name = $("calc-name").value;
    const calc = calculators.find((c) => c.name === name);
    const box = $("calc-fields");
    box.replaceChildren();
    $("calc-result").replaceChildren();
    if (!calc) return;
    if (calc.description) box.appendChild(el("p", { class: "calc-description" }, str(calc.description)));
    for (const field of list(calc.fields)) {
      const control = fieldControl(field);
      control.addEventListener("input", () => clearInvalid(control));
      const label = str(field.label) + (field.unit ? "（" + str(field.unit) + "）" : "") + (field.required ? " *" : "");
      box.appendChild(el("div", { class: "field" },
        el("label", { for: control.id }, label), control,
        field.help ? el("small", { id: control.id + "-help", class: "hint" }, str(field.help)) : null));
    }
  }

  function clearInvalid(control) {
    control.classList.remove("invalid");
    control.removeAttribute("aria-invalid");
  }

  function calcBody() {
    const name = $("calc-name").value;
    const body = {};
    for (const control of $("calc-fields").querySelectorAll("input, select")) {
      const field = control.name;
      const type = control.dataset.type;
      const value = control.value.trim();
      if (value === "") continue;
      if (type === "BOOLEAN") body[field] = value === "true";
      else if (isNumeric({ type })) body[field] = Number(value);
      else body[field] = value;
    }
    return { name, body };
  }

  /** Renders a calculation result (shared by the calculator, chat and print view). */
  function renderCalc(result) {
    const r = result || {};
    const box = el("div", { class: "calc-block" });
    if (r.title) box.appendChild(el("h3", null, r.title));
    box.appendChild(el("p", { class: "result-text" }, str(r.resultText)));
    const steps = list(r.breakdown);
    if (steps.length) {
      box.appendChild(el("div", { class: "table-wrap" },
        el("table", { class: "breakdown" },
          el("caption", null, "计算过程"),
          el("thead", null, el("tr", null, el("th", { scope: "col" }, "项目"), el("th", { scope: "col" }, "公式"),
            el("th", { scope: "col" }, "数值"))),
          el("tbody", null, steps.map((s) => el("tr", null,
            el("td", null, str(s.label)), el("td", null, str(s.formula)), el("td", null, str(s.value))))))));
    }
    const section = (cls, title, items) => items.length
      ? el("div", { class: cls }, el("h4", null, title), el("ul", null, items.map((i) => el("li", null, i))))
      : null;
    append(box, [
      section("assumptions", "前提与假设", list(r.assumptions).map(str)),
      section("basis", "法律依据", list(r.legalBasis).map(str)),
      section("parameters", "所用参数", list(r.parametersUsed).map((p) =>
        `${str(p.figure)}：${str(p.value)}（${str(p.effectiveDate)}起执行，${str(p.publisher)}发布）`)),
    ]);
    return box;
  }

  async function onCalc(event) {
    event.preventDefault();
    const out = $("calc-result");
    const { name, body } = calcBody();
    if (!name) return;
    for (const control of $("calc-fields").querySelectorAll(".invalid")) clearInvalid(control);
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在计算…"));
    try {
      const result = await api("/api/calc/" + encodeURIComponent(name), {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      out.replaceChildren(renderCalc(result));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
      const first = list(e.problem.errors)[0];
      const control = first && first.field
        ? [...$("calc-fields").querySelectorAll("input, select")].find((c) => c.name === first.field) : null;
      if (control) {
        control.classList.add("invalid");
        control.setAttribute("aria-invalid", "true");
        control.focus();
      }
    } finally {
      out.removeAttribute("aria-busy");
    }
  }

  async function loadCalculators() {
    const select = $("calc-name");
    try {
      calculators = list(await api("/api/calc"));
      select.replaceChildren(...calculators.map((c) => el("option", { value: c.name }, str(c.title || c.name))));
      renderCalcFields();
    } catch (e) {
      $("calc-result").replaceChildren(errorBox(e.message));
    }
  }

  // ---------- 3. Chat ----------

  const MODES = { llm: "智能回答", faq: "手册原文", offline: "离线整理" };
  const SUGGESTION_LABELS = { clarify: "你想问的是：", related: "你可能还想问：" };
  const turns = [];
  let sessionId = null;
  let chatBusy = false;

  function citationLine(c) {
    const basis = list(c.legalBasis).join("、");
    const confirmed = list(c.confirmedBy).join("；");
    return `[${str(c.n)}] ${str(c.source)}《${str(c.title)}》${str(c.heading)}` + (basis ? ` — ${basis}` : "") +
      (confirmed ? `（信息来源：${confirmed}）` : "");
  }

  function renderCitations(citations) {
    const items = list(citations);
    if (!items.length) return null;
    return el("div", { class: "citations" }, el("h4", null, "引用来源"),
      el("ul", null, items.map((c) => el("li", null, citationLine(c)))));
  }

  function renderHandoff(h) {
    if (!h) return null;
    const hotlines = list(h.hotlines);
    const card = h.caseCard || null;
    return el("div", { class: "handoff" },
      el("h4", null, "建议转介"),
      h.message ? el("p", null, h.message) : null,
      hotlines.length ? el("ul", { class: "hotlines" }, hotlines.map((t) => el("li", null,
        el("a", { href: "tel:" + str(t.number).replace(/[^0-9+\-]/g, "") }, str(t.number)),
        " ", str(t.name), t.purpose ? `（${t.purpose}）` : ""))) : null,
      card && card.text ? el("div", { class: "case-card" }, el("h5", null, "案情卡片" + (card.topic ? `：${card.topic}` : "")),
        el("pre", null, str(card.text))) : null);
  }

  /** Suggested questions ("clarify" choices or "related" follow-ups); a tap asks one in this session. */
  function renderSuggestions(turn) {
    const texts = list(turn.suggestions).map((s) => str(s && s.text).trim()).filter(Boolean).slice(0, 4);
    if (!texts.length) return null;
    const kind = turn.suggestionKind === "clarify" ? "clarify" : "related";
    const label = SUGGESTION_LABELS[kind];
    const box = el("div", { class: "suggestions", "data-kind": kind, role: "group", "aria-label": label.replace("：", "") },
      el("p", { class: "suggestions-label", "aria-hidden": "true" }, label));
    for (const text of texts) {
      const button = el("button", { type: "button", class: "suggestion" }, text);
      button.addEventListener("click", async () => {
        if (button.disabled) return;
        if (chatBusy) {
          $("chat-status").replaceChildren(statusBox("上一个问题还在咨询中，请稍候再点"));
          return;
        }
        const buttons = box.querySelectorAll("button.suggestion");
        buttons.forEach((b) => { b.disabled = true; });
        button.classList.add("chosen");
        const article = await sendChat(text, false);
        if (article) {
          // The tapped button is now disabled and has lost focus; move it to the new turn.
          article.setAttribute("tabindex", "-1");
          article.focus();
        } else {
          buttons.forEach((b) => { b.disabled = false; });
          button.classList.remove("chosen");
        }
      });
      box.appendChild(button);
    }
    return box;
  }

  function renderTurn(turn, index) {
    return el("article", { class: "turn", "aria-label": `第${index + 1}次咨询` },
      el("div", { class: "question" }, el("h3", null, "问"), el("p", null, turn.question)),
      el("div", { class: "answer" },
        el("h3", null, "答 ", turn.mode ? el("span", { class: "mode" }, MODES[turn.mode] || turn.mode) : null),
        renderBlocks(turn.answer, boldInline)),
      renderCitations(turn.citations),
      turn.calculation ? renderCalc(turn.calculation) : null,
      renderHandoff(turn.handoff),
      renderSuggestions(turn));
  }

  async function onChat() {
    const input = $("chat-input");
    const message = input.value.trim();
    if (!message) {
      $("chat-status").replaceChildren(errorBox("请先填写职工的经历或问题"));
      input.focus();
      return;
    }
    if (chatBusy) return;
    await sendChat(message, true);
  }

  /**
   * Asks one question in the current session and appends the turn. fromInput: the question came from
   * the text box, which is cleared on success. Returns the new turn's element, or null on failure.
   */
  async function sendChat(message, fromInput) {
    const input = $("chat-input");
    const button = $("chat-send");
    const status = $("chat-status");
    chatBusy = true;
    button.disabled = true;
    status.replaceChildren(statusBox("正在咨询，请稍候…"));
    try {
      const data = await api("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ message, audience: "volunteer", sessionId }),
      });
      if (data && data.sessionId) sessionId = data.sessionId;
      const turn = {
        question: message,
        answer: str(data && data.answer),
        mode: data && data.mode,
        citations: list(data && data.citations),
        calculation: (data && data.calculation) || null,
        handoff: (data && data.handoff) || null,
        suggestions: list(data && data.suggestions),
        suggestionKind: (data && data.suggestionKind) || null,
      };
      turns.push(turn);
      const article = renderTurn(turn, turns.length - 1);
      $("chat-log").appendChild(article);
      status.replaceChildren();
      if (fromInput) input.value = "";
      return article;
    } catch (e) {
      status.replaceChildren(errorBox(e.message));
      return null;
    } finally {
      chatBusy = false;
      button.disabled = false;
    }
  }

  // ---------- 4. Print view ----------

  function fillPrintView() {
    const view = $("print-view");
    const date = new Date().toLocaleDateString("zh-CN", { year: "numeric", month: "long", day: "numeric" });
    view.replaceChildren();
    append(view, [
      el("h2", null, "职工维权咨询记录"),
      el("p", { class: "print-date" }, "日期：" + date),
      turns.length ? null : el("p", null, "暂无咨询记录"),
      turns.map((turn, i) => el("article", { class: "print-turn" },
        el("h3", null, `第${i + 1}次咨询`),
        el("h4", null, "问题"), el("p", null, turn.question),
        el("h4", null, "解答"), renderBlocks(turn.answer, boldInline),
        renderCitations(turn.citations),
        turn.calculation ? renderCalc(turn.calculation) : null)),
    ]);
  }

  // ---------- Wiring ----------

  let started = false;
  function init() {
    if (started) return;
    started = true;
    $("search-form").addEventListener("submit", onSearch);
    $("calc-name").addEventListener("change", renderCalcFields);
    $("calc-form").addEventListener("submit", onCalc);
    $("calc-print").addEventListener("click", () => {
      $("print-view").replaceChildren(); // print the calculation only
      window.print();
    });
    $("chat-send").addEventListener("click", onChat);
    $("chat-input").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        onChat();
      }
    });
    $("print-consultation").addEventListener("click", () => {
      fillPrintView();
      window.print();
    });
    loadCalculators();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
