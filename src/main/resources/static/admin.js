// Union staff console: overview charts, unanswered questions, the entry editor, documents,
// feedback and the knowledge base. The API is /api/admin/** under the bearer token kept in this
// tab's sessionStorage. All server and user text is inserted with textContent / text nodes only.
"use strict";

(() => {
  const { el, append, $, str, list, errorBox, statusBox, boldInline, renderBlocks } = window.RightsPage;

  // ---------- More helpers ----------

  const num = (v) => (typeof v === "number" && isFinite(v) ? v : Number(v) || 0);
  // Entry ids are paths ("console/entries/e-…", "rights-handbook/probation#…"): the server takes the
  // slashes as they are, so only each segment is encoded.
  const pathOf = (id) => str(id).split("/").map(encodeURIComponent).join("/");
  const lines = (text) => str(text).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

  function okBox(message) {
    return el("p", { class: "ok" }, message);
  }

  function button(text, onClick, cls) {
    const b = el("button", { type: "button", class: cls || null }, text);
    b.addEventListener("click", onClick);
    return b;
  }

  /** "2026-11-30T08:15:00Z" → "2026-11-30 16:15" in the browser's time zone. */
  function dateTime(value) {
    if (!value) return "";
    const d = new Date(value);
    if (isNaN(d.getTime())) return str(value);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  /** A table with a caption, column headers and rows of cells (strings or nodes). */
  function table(caption, headers, rows, cls) {
    return el("table", { class: "breakdown " + (cls || "") },
      caption ? el("caption", null, caption) : null,
      el("thead", null, el("tr", null, headers.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", null, rows.map((cells) => el("tr", null, cells.map((c) => el("td", null, c))))));
  }

  // ---------- Labels ----------

  const MODES = { offline: "离线整理", llm: "智能回答", faq: "手册原文" };
  const OUTCOMES = { answered: "已回答", not_found: "没找到答案", off_scope: "超出范围", handoff: "转人工", prompt_probe: "试探提示词" };
  const HANDOFF_REASONS = {
    "low-confidence": "没找到可靠答案", not_found: "没找到答案", "asked-for-person": "要求人工",
    urgent: "紧急情况", off_scope: "超出范围",
  };
  const KINDS = { not_found: "没找到答案", off_scope: "超出范围", thumbs_down: "被点踩" };
  const ORIGINS = { file: "手册文件", console: "控制台新建", override: "覆盖手册条目" };
  const ACTIONS = { create: "新建", update: "修改", override: "覆盖手册条目", publish: "发布", revert: "撤销", withdraw: "撤下", discard: "放弃" };
  const TARGETS = { entry: "条目", document: "文档" };
  const DOC_STATUS = { draft: "草稿", published: "已发布" };
  const REINDEX_STATES = { IDLE: "尚未运行", RUNNING: "正在重建…", SUCCEEDED: "完成", DONE: "完成", FAILED: "失败" };
  // What a status code means when the server (or a proxy before it) sent no problem body.
  const STATUS_MESSAGES = {
    400: "请求有误，请检查填写的内容", 401: "管理令牌不正确", 403: "没有权限", 404: "没有找到",
    409: "操作冲突，请刷新后再试", 413: "文件太大，无法上传", 415: "不支持这种文件类型",
  };
  const label = (map, key) => map[key] || str(key);

  // ---------- HTTP ----------

  const TOKEN_KEY = "rights.admin.token";
  const AUTHOR_KEY = "rights.admin.author";

  class ApiError extends Error {
    constructor(message, status, problem) {
      super(message);
      this.status = status || 0;
      this.problem = problem || {};
    }
  }

  const token = () => sessionStorage.getItem(TOKEN_KEY) || "";

  /**
   * Fetches with the bearer token; returns parsed JSON, or null for an empty body. Throws ApiError
   * carrying message_zh from RFC 9457 problem bodies. A 401 after sign-in sends back to sign-in.
   */
  async function api(url, options, tokenOverride) {
    const opts = Object.assign({}, options);
    const headers = Object.assign({ Accept: "application/json" }, opts.headers);
    const bearer = tokenOverride !== undefined ? tokenOverride : token();
    if (bearer) headers.Authorization = "Bearer " + bearer;
    if (opts.json !== undefined) {
      headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(opts.json);
      delete opts.json;
    }
    opts.headers = headers;
    let response;
    try {
      response = await fetch(url, opts);
    } catch (e) {
      throw new ApiError("网络连接失败，请检查网络后重试");
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      const msg = data && data.message_zh ? data.message_zh
        : STATUS_MESSAGES[response.status] || `请求失败（${response.status}）`;
      const error = new ApiError(msg, response.status, data);
      if (response.status === 401 && tokenOverride === undefined && token()) expired();
      throw error;
    }
    return data;
  }

  /** Adds who is acting, when known, to a change that takes ?author= (publish, discard, revert). */
  function withAuthor(url) {
    const author = localStorage.getItem(AUTHOR_KEY);
    return author ? url + (url.includes("?") ? "&" : "?") + "author=" + encodeURIComponent(author) : url;
  }

  // ---------- 0. Sign-in ----------

  function showConsole(signedIn) {
    $("signin").hidden = signedIn;
    $("console").hidden = !signedIn;
    $("console-nav").hidden = !signedIn;
  }

  /** Explains a failed sign-in probe. */
  function signInMessage(e) {
    if (e.status === 401) return "管理令牌不正确";
    if (e.status === 403 && e.problem.code === "admin_disabled") return "管理控制台未启用（服务器未配置 ADMIN_TOKEN）";
    return e.message;
  }

  async function onSignIn(event) {
    event.preventDefault();
    const input = $("token");
    const value = input.value.trim();
    const out = $("signin-result");
    if (!value) {
      out.replaceChildren(errorBox("请输入管理令牌"));
      input.focus();
      return;
    }
    out.replaceChildren(statusBox("正在验证…"));
    try {
      const overview = await api("/api/admin/overview?days=" + overviewDays(), null, value);
      sessionStorage.setItem(TOKEN_KEY, value);
      input.value = "";
      out.replaceChildren();
      enter(overview);
    } catch (e) {
      out.replaceChildren(errorBox(signInMessage(e)));
      input.setAttribute("aria-invalid", "true");
      input.focus();
    }
  }

  function enter(overview) {
    $("token").removeAttribute("aria-invalid");
    showConsole(true);
    announce("已登录");
    if (overview) renderOverview(overview);
    else loadOverview();
    loadOptions();
    loadUnanswered();
    loadDocuments();
    loadFeedback();
    loadEntries();
    loadChanges();
    loadReindex();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    stopPolling();
    disposeCharts();
    for (const id of ["overview-summary", "unanswered-list", "entry-result", "doc-result", "doc-preview", "doc-list",
      "feedback-list", "entries-list", "knowledge-docs", "changes-list", "reindex-status", "instances-list", "similar",
      "basis-lookup"]) {
      $(id).replaceChildren();
    }
    for (const id of Object.values(TABLES)) $(id).replaceChildren();
    showConsole(false);
    $("signin-result").replaceChildren(message ? errorBox(message) : statusBox("已退出登录"));
    $("token").focus();
  }

  function expired() {
    signOut("登录已失效，请重新输入管理令牌");
  }

  function announce(message) {
    $("admin-status").textContent = message;
  }

  // ---------- 1. Overview ----------

  const CHARTS = { perDay: "chart-per-day", byMode: "chart-by-mode", handoffs: "chart-handoffs",
    feedback: "chart-feedback", topics: "chart-topics" };
  const TABLES = { perDay: "table-per-day", byMode: "table-by-mode", handoffs: "table-handoffs",
    feedback: "table-feedback", topics: "table-topics" };
  const COLORS = ["#a3141c", "#1d4ed8", "#1f6f2b", "#b45309", "#6b21a8", "#0e7490", "#4b5563"];
  const charts = {};

  function overviewDays() {
    const checked = document.querySelector("input[name=overview-days]:checked");
    return checked ? checked.value : "7";
  }

  async function loadOverview() {
    const out = $("overview-summary");
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在加载统计…"));
    try {
      renderOverview(await api("/api/admin/overview?days=" + overviewDays()));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    } finally {
      out.removeAttribute("aria-busy");
    }
  }

  /** Pairs [key, count] of a count map, largest first. */
  const entries = (map) => Object.entries(map || {}).map(([k, v]) => [k, num(v)]).sort((a, b) => b[1] - a[1]);

  function renderOverview(o) {
    const data = o || {};
    const outcomes = entries(data.byOutcome);
    $("overview-summary").replaceChildren(
      el("p", { class: "summary" }, `近${num(data.days)}天共 ${num(data.questions)} 个问题`,
        list(data.perDay).length ? `（${str(data.perDay[0].day)} 至 ${str(data.perDay[data.perDay.length - 1].day)}）` : ""),
      outcomes.length ? el("ul", { class: "outcomes", "aria-label": "按结果" },
        outcomes.map(([k, v]) => el("li", null, `${label(OUTCOMES, k)}：${v}`))) : null);

    const perDay = list(data.perDay).map((d) => [str(d.day), num(d.questions)]);
    const byMode = entries(data.byMode).map(([k, v]) => [label(MODES, k), v]);
    const handoffs = entries(data.handoffsByReason).map(([k, v]) => [label(HANDOFF_REASONS, k), v]);
    const fb = data.feedback || {};
    const feedback = [["有帮助（赞）", num(fb.up)], ["没帮助（踩）", num(fb.down)]];
    const topics = list(data.topTopics).map((t) => [str(t.label || t.topic), num(t.count)]);

    fillTable("perDay", "每日提问数", ["日期", "提问数"], perDay);
    fillTable("byMode", "已回答问题的回答方式", ["回答方式", "问题数"], byMode);
    fillTable("handoffs", "转人工的原因", ["原因", "次数"], handoffs);
    fillTable("feedback", "用户反馈", ["评价", "条数"], feedback);
    fillTable("topics", "问得最多的话题（前10）", ["话题", "问题数"], topics);

    if (typeof window.echarts === "undefined") {
      $("overview-summary").appendChild(statusBox("图表组件未能加载，下面的表格列出了全部数字。"));
      return;
    }
    drawChart("perDay", {
      tooltip: { trigger: "axis" },
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: "category", data: perDay.map((r) => r[0].slice(5)) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ name: "提问数", type: perDay.length > 31 ? "line" : "bar", data: perDay.map((r) => r[1]),
        itemStyle: { color: COLORS[0] }, areaStyle: perDay.length > 31 ? { opacity: 0.15 } : undefined }],
    }, !perDay.length);
    drawChart("byMode", {
      tooltip: { trigger: "item", formatter: "{b}：{c}（{d}%）" },
      legend: { bottom: 0 },
      series: [{ name: "回答方式", type: "pie", radius: ["35%", "65%"], center: ["50%", "45%"],
        label: { formatter: "{b}\n{d}%" }, data: byMode.map(([name, value]) => ({ name, value })) }],
    }, !byMode.some((r) => r[1] > 0));
    drawChart("handoffs", barOption("次数", handoffs, COLORS[3]), !handoffs.length);
    drawChart("feedback", {
      tooltip: { trigger: "axis" },
      grid: { left: 40, right: 16, top: 16, bottom: 30 },
      xAxis: { type: "category", data: feedback.map((r) => r[0]) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ name: "条数", type: "bar", barMaxWidth: 48,
        data: feedback.map((r, i) => ({ value: r[1], itemStyle: { color: i === 0 ? COLORS[2] : COLORS[0] } })) }],
    }, !feedback.some((r) => r[1] > 0));
    drawChart("topics", barOption("问题数", topics, COLORS[1]), !topics.length);
  }

  /** Horizontal bars, largest at the top. */
  function barOption(name, rows, color) {
    const reversed = rows.slice().reverse();
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: reversed.map((r) => r[0]) },
      series: [{ name, type: "bar", barMaxWidth: 28, data: reversed.map((r) => r[1]), itemStyle: { color } }],
    };
  }

  function fillTable(key, caption, headers, rows) {
    const box = $(TABLES[key]);
    box.replaceChildren(rows.length
      ? table(caption, headers, rows.map((r) => [r[0], String(r[1])]), "numbers")
      : el("p", { class: "status" }, caption + "：暂无数据"));
  }

  /** Draws (or redraws) one chart; a chart with nothing to show says so instead of empty axes. */
  function drawChart(key, option, empty) {
    const node = $(CHARTS[key]);
    let chart = charts[key];
    if (!chart) {
      chart = window.echarts.init(node, null, { renderer: "svg" });
      charts[key] = chart;
    }
    const base = { animation: false, color: COLORS, textStyle: { fontFamily: "inherit" } };
    chart.setOption(empty
      ? Object.assign(base, { title: { text: "暂无数据", left: "center", top: "middle",
        textStyle: { color: "#4b5563", fontSize: 14, fontWeight: "normal" } } })
      : Object.assign(base, option), true);
  }

  function disposeCharts() {
    for (const key of Object.keys(charts)) {
      charts[key].dispose();
      delete charts[key];
    }
  }

  // ---------- Options (categories, regions, sources) ----------

  let options = { categories: [], regions: [], sources: [] };

  async function loadOptions() {
    try {
      const data = (await api("/api/admin/entries/options")) || {};
      options = { categories: list(data.categories), regions: list(data.regions), sources: list(data.sources) };
    } catch (e) {
      $("entry-result").replaceChildren(errorBox("分类和地区未能加载：" + e.message));
    }
    const categoryOptions = () => [el("option", { value: "" }, "请选择"),
      ...options.categories.map((c) => el("option", { value: str(c.key) }, str(c.label || c.key)))];
    const regionOptions = () => [el("option", { value: "" }, "请选择"),
      ...options.regions.map((r) => el("option", { value: str(r) }, str(r)))];
    const sourceOptions = () => options.sources.map((s) => el("option", { value: str(s) }, str(s)));
    for (const id of ["entry-category", "doc-category"]) keepValue($(id), categoryOptions());
    for (const id of ["entry-region", "doc-region"]) keepValue($(id), regionOptions());
    for (const id of ["entry-source", "doc-source"]) keepValue($(id), sourceOptions());
  }

  /** Replaces a select's options, keeping the chosen value when it is still offered. */
  function keepValue(select, newOptions) {
    const value = select.value;
    select.replaceChildren(...newOptions);
    ensureOption(select, value);
  }

  /** Selects value, adding it as an option when the list does not have it (an old entry's category). */
  function ensureOption(select, value) {
    if (!value) return;
    if (![...select.options].some((o) => o.value === value)) select.appendChild(el("option", { value }, value));
    select.value = value;
  }

  const categoryLabel = (key) => {
    const c = options.categories.find((x) => x.key === key);
    return c ? str(c.label) : str(key);
  };

  // ---------- 2. Unanswered questions ----------

  async function loadUnanswered(event) {
    if (event) event.preventDefault();
    const out = $("unanswered-list");
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在加载…"));
    try {
      const groups = list(await api("/api/admin/unanswered/groups?days=" + encodeURIComponent($("unanswered-days").value)));
      out.replaceChildren(groups.length ? statusBox(`共 ${groups.length} 组`) : statusBox("这段时间没有未答上的问题"),
        ...groups.map(renderGroup));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    } finally {
      out.removeAttribute("aria-busy");
    }
  }

  function renderGroup(g) {
    const wordings = list(g.wordings);
    const kinds = entries(g.kinds).map(([k, v]) => `${label(KINDS, k)} ${v}`).join("，");
    const titleId = "group-" + str(g.id).replace(/[^A-Za-z0-9_-]/g, "_");
    const article = el("article", { class: "group", "aria-labelledby": titleId, "data-id": str(g.id) },
      el("h3", { id: titleId }, str(g.representative)),
      el("p", { class: "source" }, `共 ${num(g.size)} 次`, kinds ? ` · ${kinds}` : "",
        g.lastAskedAt ? ` · 最近一次 ${dateTime(g.lastAskedAt)}` : ""),
      wordings.length ? el("ul", { class: "wordings", "aria-label": "职工的问法" }, wordings.map((w) =>
        el("li", null, el("span", { class: "wording" }, str(w.text)),
          el("span", { class: "wording-meta" }, `（${num(w.times) || 1} 次，${label(KINDS, w.kind)}）`)))) : null);
    const actions = el("div", { class: "actions" },
      button("写成条目", () => {
        const representative = str(g.representative);
        const others = [...new Set(wordings.map((w) => str(w.text).trim()))].filter((t) => t && t !== representative);
        openEditor({ question: representative, phrasings: others }, "根据未答问题新建");
      }, "primary write-entry"),
      button("忽略", async (e) => {
        const b = e.currentTarget;
        b.disabled = true;
        try {
          await api("/api/admin/unanswered/groups/" + encodeURIComponent(str(g.id)) + "/dismiss", { method: "POST" });
          const next = article.nextElementSibling || article.previousElementSibling;
          article.remove();
          announce("已忽略这组问题");
          if (next && next.querySelector) (next.querySelector("button") || $("unanswered-title")).focus();
        } catch (err) {
          b.disabled = false;
          article.appendChild(errorBox(err.message));
        }
      }, "dismiss"));
    article.appendChild(actions);
    return article;
  }

  // ---------- 3. Entry editor ----------

  let editing = null; // the id of the entry being edited, or null for a new one
  const FIELD_IDS = ["question", "phrasings", "answer", "category", "region", "source", "legalBasis", "note", "author"];

  /** Fills the editor with an entry (or a draft of one) and moves focus there. */
  function openEditor(entry, mode) {
    const e = entry || {};
    editing = e.id || null;
    clearFieldErrors();
    $("entry-result").replaceChildren();
    $("entry-question").value = str(e.question);
    $("entry-phrasings").value = list(e.phrasings).join("\n");
    $("entry-answer").value = str(e.answer);
    $("entry-category").value = "";
    ensureOption($("entry-category"), str(e.category));
    $("entry-region").value = "";
    ensureOption($("entry-region"), str(e.region));
    $("entry-source").selectedIndex = 0;
    ensureOption($("entry-source"), str(e.source));
    $("entry-legalBasis").value = list(e.legalBasis).join("\n");
    $("entry-note").value = "";
    $("entry-author").value = localStorage.getItem(AUTHOR_KEY) || "";
    $("editor-mode").textContent = editing
      ? `正在修改：${editing}（${label(ORIGINS, e.origin)}${e.origin === "file" ? "，保存后作为覆盖，原文件不变" : ""}）`
      : mode || "新建条目";
    $("similar").replaceChildren();
    $("basis-lookup").replaceChildren();
    if (e.question) findSimilar();
    if (list(e.legalBasis).length) lookUpBasis();
    $("editor").scrollIntoView({ block: "start" });
    $("entry-question").focus({ preventScroll: true });
  }

  /** Loads an existing entry (GET /api/admin/entries/{id}) into the editor. */
  async function openEntry(id) {
    announce("正在打开条目…");
    try {
      const entry = await api("/api/admin/entries/" + pathOf(id));
      openEditor(entry);
      announce("已打开条目 " + id);
    } catch (e) {
      $("editor").scrollIntoView({ block: "start" });
      $("entry-result").replaceChildren(errorBox(`条目 ${id} 未能打开：${e.message}`));
      $("editor-title").focus();
    }
  }

  function entryBody() {
    const author = $("entry-author").value.trim();
    if (author) localStorage.setItem(AUTHOR_KEY, author);
    return {
      question: $("entry-question").value.trim(),
      phrasings: lines($("entry-phrasings").value),
      answer: $("entry-answer").value.trim(),
      category: $("entry-category").value,
      region: $("entry-region").value,
      source: $("entry-source").value.trim(),
      legalBasis: lines($("entry-legalBasis").value),
      note: $("entry-note").value.trim(),
      author,
    };
  }

  function clearFieldErrors() {
    for (const f of FIELD_IDS) {
      $("entry-" + f).removeAttribute("aria-invalid");
      $("entry-" + f + "-error").textContent = "";
    }
  }

  /** "legalBasis[1]" or "legalBasis.x" → "legalBasis". */
  const fieldName = (f) => str(f).replace(/[[.].*$/, "");

  /** Marks each field a 400 problem names and puts its reason next to it; returns the first. */
  function showFieldErrors(problem) {
    let first = null;
    for (const error of list(problem.errors)) {
      const f = fieldName(error.field);
      if (!FIELD_IDS.includes(f)) continue;
      const control = $("entry-" + f);
      const box = $("entry-" + f + "-error");
      control.setAttribute("aria-invalid", "true");
      const text = str(error.message_zh || error.message_en);
      box.textContent = box.textContent ? box.textContent + "；" + text : text;
      if (!first) first = control;
    }
    return first;
  }

  async function onSaveEntry(event) {
    event.preventDefault();
    const out = $("entry-result");
    const body = entryBody();
    clearFieldErrors();
    const missing = [["question", "请填写问题"], ["answer", "请填写回答"], ["category", "请选择分类"],
      ["region", "请选择地区"], ["legalBasis", "请至少填写一条法律依据"]]
      .filter(([f]) => (Array.isArray(body[f]) ? !body[f].length : !body[f]));
    if (missing.length) {
      showFieldErrors({ errors: missing.map(([field, message_zh]) => ({ field, message_zh })) });
      out.replaceChildren(errorBox("还有必填项没有填写"));
      $("entry-" + missing[0][0]).focus();
      return;
    }
    const save = $("entry-save");
    save.disabled = true;
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在保存并更新检索…"));
    try {
      const result = editing
        ? await api("/api/admin/entries/" + pathOf(editing), { method: "PUT", json: body })
        : await api("/api/admin/entries", { method: "POST", json: body });
      const id = str(result && result.id);
      const wasNew = !editing;
      editing = id || editing;
      $("editor-mode").textContent = `正在修改：${editing}`;
      out.replaceChildren(okBox(`${wasNew ? "已新建" : "已保存"}条目，编号：${id}`), el("p", { class: "hint" },
        "现在就可以被检索和回答引用。", result && result.changeId != null ? `修改记录 #${result.changeId}` : ""));
      out.querySelector(".ok").setAttribute("data-entry-id", id);
      if (result && result.changeId != null) out.querySelector(".ok").setAttribute("data-change-id", str(result.changeId));
      loadEntries();
      loadChanges();
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
      const first = e.status === 400 ? showFieldErrors(e.problem) : null;
      if (first) first.focus();
    } finally {
      save.disabled = false;
      out.removeAttribute("aria-busy");
    }
  }

  // Nearest existing entries as the question is typed, to edit one instead of duplicating it.
  let similarSeq = 0;
  async function findSimilar() {
    const q = $("entry-question").value.trim();
    const box = $("similar");
    const seq = ++similarSeq;
    if (q.length < 4) {
      box.replaceChildren();
      return;
    }
    try {
      const found = list(await api("/api/admin/entries/similar?q=" + encodeURIComponent(q)))
        .filter((s) => s.id !== editing);
      if (seq !== similarSeq) return;
      box.replaceChildren(found.length
        ? el("div", null, el("h3", null, "相近的已有条目"),
          el("p", { class: "hint" }, "如果问的是同一件事，请打开已有条目修改，不要重复新建。"),
          el("ul", { class: "similar-list" }, found.map((s) => el("li", null,
            el("span", null, str(s.question)), " ",
            el("small", { class: "source" }, str(s.id)), " ",
            button("打开修改", () => openEntry(str(s.id)), "small open-entry")))))
        : el("p", { class: "hint" }, "没有相近的已有条目"));
    } catch (e) {
      if (seq === similarSeq) box.replaceChildren(errorBox(e.message));
    }
  }

  // The cited articles' key points as the legal basis is typed (GET /api/laws, public).
  let basisSeq = 0;
  async function lookUpBasis() {
    const cites = [...new Set(lines($("entry-legalBasis").value))].slice(0, 20);
    const box = $("basis-lookup");
    const seq = ++basisSeq;
    if (!cites.length) {
      box.replaceChildren();
      return;
    }
    try {
      const found = await Promise.all(cites.map((c) => api("/api/laws?cite=" + encodeURIComponent(c))
        .then((r) => list(r)[0] || null)));
      if (seq !== basisSeq) return;
      box.replaceChildren(el("h3", null, "条文要点"), el("ul", { class: "law-list" }, cites.map((c, i) => {
        const law = found[i];
        return law
          ? el("li", { class: "law-found" }, el("strong", null, str(law.citation || c)), " ", str(law.text))
          : el("li", { class: "law-missing" }, el("strong", null, c), " 未找到该条文");
      })));
    } catch (e) {
      if (seq === basisSeq) box.replaceChildren(errorBox(e.message));
    }
  }

  // ---------- 4. Documents ----------

  async function onUpload(event) {
    event.preventDefault();
    const out = $("doc-result");
    const file = $("doc-file").files[0];
    const required = [["doc-file", file, "请选择文件"], ["doc-title", $("doc-title").value.trim(), "请填写标题"],
      ["doc-source", $("doc-source").value, "请选择来源"], ["doc-category", $("doc-category").value, "请选择分类"],
      ["doc-region", $("doc-region").value, "请选择地区"], ["doc-effective", $("doc-effective").value, "请填写生效日期"]];
    for (const [id] of required) $(id).removeAttribute("aria-invalid");
    const missing = required.find(([, value]) => !value);
    if (missing) {
      $(missing[0]).setAttribute("aria-invalid", "true");
      out.replaceChildren(errorBox(missing[2]));
      $(missing[0]).focus();
      return;
    }
    const form = new FormData();
    form.append("file", file, file.name);
    for (const name of ["title", "source", "category", "region", "effective", "author"]) {
      const value = $("doc-" + name).value.trim();
      if (value) form.append(name, value);
    }
    if ($("doc-author").value.trim()) localStorage.setItem(AUTHOR_KEY, $("doc-author").value.trim());
    const upload = $("doc-upload");
    upload.disabled = true;
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在上传并拆分段落…"));
    $("doc-preview").replaceChildren();
    try {
      const draft = await api("/api/admin/documents", { method: "POST", body: form });
      out.replaceChildren(okBox("已生成草稿，请检查下面的段落后发布。"));
      showPreview(Object.assign({ title: $("doc-title").value.trim() }, draft));
      loadDocuments();
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
      $("doc-file").setAttribute("aria-invalid", "true");
      $("doc-file").focus();
    } finally {
      upload.disabled = false;
      out.removeAttribute("aria-busy");
    }
  }

  function renderPassage(p, i) {
    const basis = list(p.legalBasis);
    return el("article", { class: "passage" },
      el("h4", null, str(p.heading) || `第${i + 1}段`),
      el("div", { class: "text" }, renderBlocks(p.text, boldInline)),
      basis.length ? el("ul", { class: "basis", "aria-label": "法律依据" }, basis.map((b) => el("li", null, b)))
        : el("p", { class: "hint" }, "这一段没有识别出法律依据"));
  }

  /** The draft's passages as they will be indexed, with publish and discard. */
  function showPreview(doc) {
    const box = $("doc-preview");
    const passages = list(doc.passages);
    const id = str(doc.id);
    const isDraft = doc.status !== "published";
    const result = el("div", { class: "preview-result", "aria-live": "polite" });
    let published = !isDraft;
    const publish = isDraft ? button("发布", async () => {
      publish.disabled = true;
      result.replaceChildren(statusBox("正在发布并更新检索…"));
      try {
        await api(withAuthor("/api/admin/documents/" + encodeURIComponent(id) + "/publish"), { method: "POST" });
        published = true;
        result.replaceChildren(okBox("已发布，现在可以检索到这份文档。"));
        discard.textContent = "撤下";
        loadDocuments();
        loadChanges();
      } catch (e) {
        publish.disabled = false;
        result.replaceChildren(errorBox(e.message));
      }
    }, "primary publish") : null;
    const discard = button(isDraft ? "放弃" : "撤下", async () => {
      discard.disabled = true;
      try {
        await api(withAuthor("/api/admin/documents/" + encodeURIComponent(id)), { method: "DELETE" });
        box.replaceChildren(okBox(published ? "已撤下这份文档" : "已放弃草稿"));
        loadDocuments();
        loadChanges();
      } catch (e) {
        discard.disabled = false;
        result.replaceChildren(errorBox(e.message));
      }
    }, "discard");
    box.replaceChildren(el("section", { class: "preview", "aria-labelledby": "preview-title", "data-id": id },
      el("h3", { id: "preview-title", tabindex: "-1" }, `${isDraft ? "草稿预览" : "文档"}：${str(doc.title)}`),
      el("p", { class: "source" }, `${passages.length} 段`, doc.status ? ` · ${label(DOC_STATUS, doc.status)}` : ""),
      passages.map(renderPassage),
      el("div", { class: "actions" }, publish, discard),
      result));
    $("preview-title").focus();
  }

  let documents = [];

  async function loadDocuments() {
    try {
      documents = list(await api("/api/admin/documents"));
      renderDocuments($("doc-list"), true);
      renderDocuments($("knowledge-docs"), false);
    } catch (e) {
      $("doc-list").replaceChildren(errorBox(e.message));
      $("knowledge-docs").replaceChildren(errorBox(e.message));
    }
  }

  function renderDocuments(box, withActions) {
    if (!documents.length) {
      box.replaceChildren(statusBox("还没有上传的文档"));
      return;
    }
    const headers = ["标题", "状态", "来源", "分类", "地区", "生效日期", "上传", "段落"];
    if (withActions) headers.push("操作");
    box.replaceChildren(table(null, headers, documents.map((d) => {
      const cells = [str(d.title), label(DOC_STATUS, d.status), str(d.source), categoryLabel(d.category), str(d.region),
        str(d.effective), [dateTime(d.uploadedAt), d.author ? " " + d.author : ""].join(""), String(num(d.passages))];
      if (withActions) {
        cells.push(button("查看", async () => {
          try {
            showPreview(await api("/api/admin/documents/" + encodeURIComponent(str(d.id))));
          } catch (e) {
            $("doc-result").replaceChildren(errorBox(e.message));
          }
        }, "small"));
      }
      return cells;
    }), "documents"));
  }

  // ---------- 5. Feedback ----------

  async function loadFeedback() {
    const out = $("feedback-list");
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(statusBox("正在加载…"));
    try {
      const items = list(await api("/api/admin/feedback?rating=down&handled=false&limit=200"))
        .filter((f) => f.rating === "down" && !f.handled);
      out.replaceChildren(items.length ? statusBox(`${items.length} 条待处理`) : statusBox("没有待处理的反馈"),
        ...items.map(renderFeedback));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    } finally {
      out.removeAttribute("aria-busy");
    }
  }

  /** A cited passage as {id, title}: the server sends "id title" lines (or objects). */
  function citationOf(c) {
    if (c && typeof c === "object") return { id: str(c.id), title: str(c.title || c.id) };
    const text = str(c).trim();
    const space = text.search(/\s/);
    return space < 0 ? { id: text, title: text } : { id: text.slice(0, space), title: text.slice(space + 1).trim() };
  }

  function renderFeedback(f) {
    const citations = list(f.citations).map(citationOf).filter((c) => c.id);
    const article = el("article", { class: "feedback-item", "data-id": str(f.id) },
      el("h3", null, "问：", str(f.question)),
      el("p", { class: "source" }, dateTime(f.createdAt)),
      f.comment ? el("p", { class: "comment" }, "职工的意见：", str(f.comment)) : el("p", { class: "hint" }, "没有留下意见"),
      f.answer ? el("details", { class: "laws" }, el("summary", null, "当时的回答"),
        el("div", { class: "text" }, renderBlocks(f.answer, boldInline))) : null,
      citations.length ? el("div", { class: "citations" }, el("h4", null, "引用的条目"),
        el("ul", null, citations.map((c) => el("li", null, c.title, " ", el("small", { class: "source" }, c.id), " ",
          button("修改引用的条目", () => openEntry(c.id), "small edit-cited")))))
        : null);
    article.appendChild(el("div", { class: "actions" }, button("标记已处理", async (e) => {
      const b = e.currentTarget;
      b.disabled = true;
      try {
        await api("/api/admin/feedback/" + encodeURIComponent(str(f.id)) + "/handled", { method: "POST" });
        article.remove();
        announce("已标记为已处理");
      } catch (err) {
        b.disabled = false;
        article.appendChild(errorBox(err.message));
      }
    }, "mark-handled")));
    return article;
  }

  // ---------- 6. Knowledge: entries, history, re-index, export ----------

  async function loadEntries(event) {
    if (event) event.preventDefault();
    const out = $("entries-list");
    const q = $("entries-q").value.trim();
    out.setAttribute("aria-busy", "true");
    try {
      const found = list(await api("/api/admin/entries" + (q ? "?q=" + encodeURIComponent(q) : "")));
      out.replaceChildren(found.length
        ? table(`${found.length} 个条目`, ["问题", "分类", "地区", "来源", "类型", "更新日期", "修改人", "操作"],
          found.map((e) => [str(e.question), categoryLabel(e.category), str(e.region), str(e.source),
            label(ORIGINS, e.origin), str(e.updated), str(e.updatedBy) || "—",
            button("修改", () => openEntry(str(e.id)), "small")]), "entries")
        : statusBox(q ? "没有找到相关条目" : "还没有条目"));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    } finally {
      out.removeAttribute("aria-busy");
    }
  }

  async function loadChanges() {
    const out = $("changes-list");
    try {
      const changes = list(await api("/api/admin/changes?limit=100"));
      out.replaceChildren(changes.length
        ? table("最近的修改，最新的在前", ["时间", "操作", "对象", "说明", "修改人", ""], changes.map((c) => [
          dateTime(c.at), label(ACTIONS, c.action), `${label(TARGETS, c.target)} ${str(c.targetId)}`,
          str(c.note), str(c.author) || "—",
          c.reverted ? el("span", { class: "hint" }, "已撤销") : button("撤销", (e) => revert(c, e.currentTarget), "small revert"),
        ]), "changes")
        : statusBox("还没有修改记录"));
      const rows = out.querySelectorAll("tbody tr");
      changes.forEach((c, i) => rows[i] && rows[i].setAttribute("data-change-id", str(c.id)));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    }
  }

  async function revert(change, b) {
    b.disabled = true;
    announce("正在撤销…");
    try {
      const result = await api(withAuthor("/api/admin/changes/" + encodeURIComponent(str(change.id)) + "/revert"),
        { method: "POST" });
      announce(`已撤销修改 #${str(change.id)}` + (result && result.id != null ? `（新记录 #${result.id}）` : ""));
      loadChanges();
      loadEntries();
      loadDocuments();
    } catch (e) {
      b.disabled = false;
      announce("撤销失败：" + e.message);
      $("changes-list").prepend(errorBox("撤销失败：" + e.message));
    }
  }

  let pollTimer = null;

  function stopPolling() {
    clearTimeout(pollTimer);
    pollTimer = null;
  }

  async function startReindex(full) {
    const out = $("reindex-status");
    try {
      renderReindex(await api("/api/admin/reindex" + (full ? "?full=true" : ""), { method: "POST" }));
    } catch (e) {
      if (e.status === 409) {
        out.replaceChildren(statusBox("已经有一次重建在进行，完成后再试"));
        renderReindex(e.problem && e.problem.state ? e.problem : null, true);
      } else {
        out.replaceChildren(errorBox(e.message));
        return;
      }
    }
    poll();
  }

  async function loadReindex() {
    try {
      renderReindex(await api("/api/admin/reindex"));
    } catch (e) {
      $("reindex-status").replaceChildren(errorBox(e.message));
    }
    loadInstances();
  }

  /** Every instance and the index version it searches: has a change reached all of them? */
  async function loadInstances() {
    const out = $("instances-list");
    try {
      const instances = list(await api("/api/admin/instances"));
      const versions = new Set(instances.map((i) => str(i.indexVersion)));
      out.replaceChildren(table(
        versions.size > 1 ? "各实例的索引版本（还不一致：有的实例还没重建完）" : "各实例的索引版本",
        ["实例", "索引版本", "上次重建", "共享模式"],
        instances.map((i) => [
          str(i.id) + (i.self ? "（本实例）" : ""), str(i.indexVersion) || "—",
          (i.reindexedAt ? dateTime(i.reindexedAt) + " " : "") + label(REINDEX_STATES, i.reindexState),
          i.shared ? "是" : "否",
        ]), "instances"));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    }
  }

  function poll() {
    stopPolling();
    pollTimer = setTimeout(async () => {
      await loadReindex();
    }, 1000);
  }

  function renderReindex(s, keep) {
    if (!s) return;
    const running = s.state === "RUNNING";
    $("reindex-start").disabled = running;
    $("reindex-full").disabled = running;
    const report = s.report || null;
    const problems = list(s.problems);
    const parts = [
      el("p", { class: "reindex-state", "data-state": str(s.state) },
        "状态：", el("strong", null, label(REINDEX_STATES, s.state)), s.full ? "（全部重建）" : "",
        s.startedAt ? ` · 开始 ${dateTime(s.startedAt)}` : "", s.finishedAt ? ` · 结束 ${dateTime(s.finishedAt)}` : ""),
      running ? el("progress", { "aria-label": "重建进度" }) : null,
      report ? table("上次的报告", ["项目", "数量"], [
        ["重新嵌入的文件", String(num(report.filesEmbedded))], ["未改动的文件", String(num(report.filesKept))],
        ["移除的文件", String(num(report.filesRemoved))], ["段落总数", String(num(report.chunks))],
        ["新嵌入的段落", String(num(report.chunksEmbedded))], ["用时（秒）", (num(report.tookMs) / 1000).toFixed(1)],
      ], "numbers") : null,
      problems.length ? el("div", { class: "error" }, el("p", null, "这些知识文件有错误，索引没有替换："),
        el("ul", null, problems.map((p) => el("li", null, `${str(p.file)}：${str(p.message)}`)))) : null,
      s.error ? errorBox("出错：" + str(s.error)) : null,
    ];
    const out = $("reindex-status");
    if (keep) append(out, parts);
    else out.replaceChildren(...parts.filter(Boolean));
    if (running && token()) poll();
    else stopPolling();
  }

  /** The export needs the bearer token, so the link downloads through fetch. */
  async function onExport(event) {
    event.preventDefault();
    const out = $("export-status");
    out.replaceChildren(statusBox("正在导出…"));
    try {
      const response = await fetch("/api/admin/export", { headers: { Authorization: "Bearer " + token() } });
      if (!response.ok) {
        let problem = null;
        try {
          problem = await response.json();
        } catch (e) {
          problem = null;
        }
        throw new ApiError(problem && problem.message_zh ? problem.message_zh
          : STATUS_MESSAGES[response.status] || `导出失败（${response.status}）`, response.status, problem);
      }
      const url = URL.createObjectURL(await response.blob());
      const a = el("a", { href: url, download: "knowledge-export.zip", class: "visually-hidden" });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      out.replaceChildren(okBox("已导出"));
    } catch (e) {
      out.replaceChildren(errorBox(e.message));
    }
  }

  // ---------- Wiring ----------

  let started = false;
  function init() {
    if (started) return;
    started = true;
    $("signin-form").addEventListener("submit", onSignIn);
    $("sign-out").addEventListener("click", () => signOut());
    for (const radio of document.querySelectorAll("input[name=overview-days]")) {
      radio.addEventListener("change", loadOverview);
    }
    window.addEventListener("resize", debounce(() => Object.values(charts).forEach((c) => c.resize()), 200));
    $("unanswered-form").addEventListener("submit", loadUnanswered);
    $("entry-form").addEventListener("submit", onSaveEntry);
    $("entry-new").addEventListener("click", () => openEditor(null));
    $("entry-question").addEventListener("input", debounce(findSimilar, 400));
    $("entry-legalBasis").addEventListener("input", debounce(lookUpBasis, 400));
    for (const f of FIELD_IDS) {
      $("entry-" + f).addEventListener("input", () => {
        $("entry-" + f).removeAttribute("aria-invalid");
        $("entry-" + f + "-error").textContent = "";
      });
    }
    $("doc-form").addEventListener("submit", onUpload);
    $("doc-file").addEventListener("change", () => $("doc-file").removeAttribute("aria-invalid"));
    $("feedback-refresh").addEventListener("click", loadFeedback);
    $("entries-form").addEventListener("submit", loadEntries);
    $("changes-refresh").addEventListener("click", loadChanges);
    $("reindex-start").addEventListener("click", () => startReindex(false));
    $("reindex-full").addEventListener("click", () => startReindex(true));
    $("export-link").addEventListener("click", onExport);
    $("entry-author").value = localStorage.getItem(AUTHOR_KEY) || "";
    $("doc-author").value = localStorage.getItem(AUTHOR_KEY) || "";
    $("doc-effective").value = new Date().toISOString().slice(0, 10);

    if (token()) {
      // Signed in earlier in this tab: check the token still works before showing anything.
      api("/api/admin/overview?days=" + overviewDays(), null, token())
        .then(enter)
        .catch((e) => {
          sessionStorage.removeItem(TOKEN_KEY);
          showConsole(false);
          $("signin-result").replaceChildren(errorBox(signInMessage(e)));
        });
    } else {
      showConsole(false);
      $("token").focus();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
