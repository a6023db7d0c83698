/*
 * 职工维权助手 widget. Embed with one line:
 *   <script src="https://HOST/widget.js" defer></script>
 * Optional attributes: data-title, data-color, data-position (right|left), data-audience
 * (worker|volunteer), data-greeting.
 *
 * The panel lives in a shadow DOM so the host page's CSS cannot reach it. Server and user text is
 * only ever inserted with textContent / DOM nodes, never parsed as HTML.
 */
(function () {
  'use strict';
  // Under Node (src/test/js) hand the Markdown renderer to the tests and start nothing. A browser
  // always has window, so on a page this is never taken and nothing global is added.
  if (typeof window === 'undefined') {
    if (typeof module !== 'undefined' && module.exports) {
      module.exports = { renderMarkdown: renderMarkdown };
    }
    return;
  }
  if (window.__rightsWidget) {
    return;
  }
  var script = document.currentScript;
  var base = new URL(script && script.src ? script.src : window.location.href).origin;
  var data = (script && script.dataset) || {};
  var options = {
    title: data.title || '职工维权助手',
    color: /^#[0-9a-fA-F]{3,8}$/.test(data.color || '') ? data.color : '#c8102e',
    position: data.position === 'left' ? 'left' : 'right',
    audience: data.audience === 'volunteer' ? 'volunteer' : 'worker',
    greeting: data.greeting || '你好！我是工会的职工维权助手。劳动合同、工资、加班、休假、社保、工伤这些问题都可以问我。'
  };
  var TOPICS = [
    ['劳动合同', '公司不跟我签劳动合同怎么办？'],
    ['工资', '公司拖欠工资怎么办？'],
    ['加班', '加班费怎么算？'],
    ['休假', '带薪年假有几天？'],
    ['社保', '公司不给交社保怎么办？'],
    ['工伤', '上班受伤了怎么认定工伤？'],
    ['外卖骑手', '送外卖的骑手有哪些权益？'],
    ['工会服务', '入了工会有什么用？工会能帮我们做什么？']
  ];
  var MODE_LABELS = { llm: '智能回答', faq: '手册原文', offline: '手册整理' };
  var SUGGESTION_LABELS = { clarify: '你想问的是：', related: '你可能还想问：' };

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') {
          node.textContent = attrs[k];
        } else if (k === 'class') {
          node.className = attrs[k];
        } else {
          node.setAttribute(k, attrs[k]);
        }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child == null) {
        continue;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** Renders **bold** inside one line as text and <strong> nodes; a lone ** stays text. */
  function inline(parent, line) {
    var parts = line.split(/\*\*(.+?)\*\*/);
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) {
        continue;
      }
      parent.appendChild(i % 2 === 1 ? el('strong', { text: parts[i] }) : document.createTextNode(parts[i]));
    }
  }

  /** The Markdown subset answers use: paragraphs, "- " or "* " lists, **bold** (cases: src/test/js). */
  function renderMarkdown(container, text) {
    container.textContent = '';
    String(text == null ? '' : text).split(/\n\s*\n/).forEach(function (block) {
      var lines = block.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l !== ''; });
      if (!lines.length) {
        return;
      }
      var list = null;
      var para = null;
      lines.forEach(function (line) {
        var m = /^[-*]\s+(.*)$/.exec(line);
        if (m) {
          if (!list) {
            list = el('ul');
            container.appendChild(list);
            para = null;
          }
          var li = el('li');
          inline(li, m[1]);
          list.appendChild(li);
        } else {
          list = null;
          if (!para) {
            para = el('p');
            container.appendChild(para);
          } else {
            para.appendChild(el('br'));
          }
          inline(para, line);
        }
      });
    });
  }

  var CSS = [
    ':host{all:initial}',
    '*{box-sizing:border-box;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}',
    '.launcher{position:fixed;bottom:20px;POS:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 18px;',
    'background:COLOR;color:#fff;font-size:16px;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}',
    '.launcher:focus-visible,button:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}',
    '.panel{position:fixed;bottom:84px;POS:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 24px);height:600px;',
    'max-height:calc(100vh - 104px);display:flex;flex-direction:column;background:#fff;color:#1f1f1f;border-radius:12px;',
    'box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.55}',
    '.panel[hidden]{display:none}',
    '@media (max-width:480px){.panel{inset:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}}',
    'header{display:flex;align-items:center;gap:8px;padding:10px 12px;background:COLOR;color:#fff}',
    'header h2{flex:1;margin:0;font-size:17px}',
    'header button{background:transparent;border:0;color:#fff;font-size:22px;cursor:pointer;min-width:44px;min-height:44px}',
    '.status{font-size:13px;padding:4px 12px;background:#fff4e5;color:#8a4b00}',
    '.status[hidden]{display:none}',
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px;background:#f6f6f6}',
    '.msg{max-width:92%;padding:8px 12px;border-radius:10px;word-break:break-word}',
    '.msg p{margin:0 0 8px}.msg p:last-child{margin-bottom:0}.msg ul{margin:4px 0 8px;padding-left:20px}',
    '.user{align-self:flex-end;background:COLOR;color:#fff;white-space:pre-wrap}',
    '.bot{align-self:flex-start;background:#fff;border:1px solid #e3e3e3}',
    '.mode{font-size:12px;color:#666;margin-top:4px}',
    '.chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}',
    '.chip{border:1px solid #bbb;background:#fafafa;border-radius:14px;padding:4px 10px;font-size:13px;cursor:pointer;min-height:32px}',
    '.passage{margin-top:6px;padding:8px;border-left:3px solid COLOR;background:#fafafa;font-size:14px;white-space:pre-wrap}',
    '.passage .src{font-size:12px;color:#555;margin-bottom:4px}',
    '.calc{margin:6px 0;padding:8px;background:#eef6ee;border-radius:8px;font-size:14px;white-space:pre-wrap}',
    '.handoff{margin-top:8px;padding:8px;border:2px solid #d93025;border-radius:8px;background:#fff5f5}',
    '.call{display:inline-block;margin:6px 6px 6px 0;padding:10px 14px;background:#d93025;color:#fff;border-radius:20px;text-decoration:none;font-weight:bold}',
    '.card{white-space:pre-wrap;font-size:13px;background:#fff;border:1px dashed #999;padding:6px;margin:6px 0}',
    '.feedback{display:flex;gap:6px;align-items:center;margin-top:6px;font-size:13px;color:#555}',
    '.feedback button,.copy{border:1px solid #ccc;background:#fff;border-radius:14px;padding:4px 10px;cursor:pointer;min-height:32px}',
    '.feedback textarea{width:100%;min-height:44px}',
    '.suggestions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}',
    '.suggestions-label{flex-basis:100%;font-size:13px;color:#555}',
    '.suggestion{border:1px solid COLOR;color:COLOR;background:#fff;border-radius:16px;padding:6px 12px;font-size:14px;',
    'line-height:1.4;text-align:left;cursor:pointer;min-height:36px;max-width:100%;white-space:normal;overflow-wrap:anywhere}',
    '.suggestion:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}',
    '.suggestion:disabled{cursor:default;opacity:.6}',
    '.suggestion.chosen{background:COLOR;color:#fff;opacity:1}',
    '@media (max-width:480px),(pointer:coarse){.suggestion{min-height:44px;padding:8px 14px}}',
    '.topics{display:flex;flex-wrap:wrap;gap:6px;padding:8px 12px;background:#fff;border-top:1px solid #eee}',
    '.topic{border:1px solid COLOR;color:COLOR;background:#fff;border-radius:16px;padding:6px 12px;cursor:pointer;min-height:36px}',
    'form{display:flex;gap:8px;padding:8px 12px;border-top:1px solid #eee;background:#fff}',
    'textarea.q{flex:1;resize:none;font-size:16px;padding:8px;border:1px solid #bbb;border-radius:8px;min-height:44px}',
    'button.send{border:0;border-radius:8px;background:COLOR;color:#fff;padding:0 16px;font-size:16px;min-width:64px;cursor:pointer}',
    '.notice{font-size:12px;color:#666;padding:4px 12px 8px;background:#fff}',
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}'
  ].join('\n').replace(/COLOR/g, options.color).replace(/POS/g, options.position);

  var host = el('div', { id: 'rights-widget' });
  var shadow = host.attachShadow({ mode: 'open' });
  shadow.appendChild(el('style', { text: CSS }));

  var launcher = el('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'rw-panel',
    'aria-label': '打开' + options.title, text: options.title });
  var closeBtn = el('button', { type: 'button', class: 'close', 'aria-label': '关闭', text: '×' });
  var status = el('div', { class: 'status', role: 'status', hidden: '' });
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text' });
  var input = el('textarea', { class: 'q', rows: '2', maxlength: '1000', 'aria-label': '输入你的问题', placeholder: '输入你的问题…' });
  var send = el('button', { type: 'submit', class: 'send', text: '发送' });
  var form = el('form', { 'aria-label': '提问' }, el('label', { class: 'sr', text: '输入你的问题' }), input, send);
  var topics = el('div', { class: 'topics', role: 'group', 'aria-label': '常见问题' });
  TOPICS.forEach(function (t) {
    var b = el('button', { type: 'button', class: 'topic', text: t[0] });
    b.addEventListener('click', function () { ask(t[1]); });
    topics.appendChild(b);
  });
  var panel = el('div', { class: 'panel', id: 'rw-panel', role: 'dialog', 'aria-label': options.title, hidden: '' },
    el('header', null, el('h2', { text: options.title }), closeBtn),
    status, log, topics, form,
    el('div', { class: 'notice', text: '回答仅供参考，属于一般性法律信息，不构成法律意见。紧急情况请拨打职工维权服务热线12351。' }));
  shadow.appendChild(launcher);
  shadow.appendChild(panel);

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    if (!log.childNodes.length) {
      var hello = el('div', { class: 'msg bot' });
      renderMarkdown(hello, options.greeting);
      log.appendChild(hello);
    }
    connect();
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }
  launcher.addEventListener('click', function () { panel.hidden ? open() : close(); });
  closeBtn.addEventListener('click', close);
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { close(); } });
  form.addEventListener('submit', function (e) { e.preventDefault(); ask(input.value); });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); ask(input.value); }
  });

  function showStatus(text) {
    status.textContent = text || '';
    status.hidden = !text;
  }

  // ---- Conversation state ----
  var sessionId = null;
  var socket = null;
  var socketOpen = false;
  var failures = 0;
  var retryTimer = null;
  var pending = [];      // questions sent on the socket, waiting for their "start"
  var current = null;    // the answer being streamed

  function wsUrl() {
    return base.replace(/^http/, 'ws') + '/ws/chat';
  }

  function connect() {
    if (socket || typeof WebSocket === 'undefined') {
      return;
    }
    try {
      socket = new WebSocket(wsUrl());
    } catch (e) {
      socket = null;
      scheduleReconnect();
      return;
    }
    socket.onopen = function () {
      socketOpen = true;
      failures = 0;
      showStatus('');
    };
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      onFrame(frame);
    };
    socket.onclose = function () {
      var wasOpen = socketOpen;
      socket = null;
      socketOpen = false;
      failures++;
      showStatus(navigator.onLine === false ? '网络已断开，恢复后会自动重连。' : '连接中断，正在重新连接…');
      // Anything in flight is answered over HTTP instead, so no question is lost.
      var lost = pending.slice();
      if (current && !current.done) { lost.unshift(current.question); current.bubble.appendChild(el('div', { class: 'mode', text: '（连接中断，已改用备用方式重新回答）' })); current.done = true; }
      pending = [];
      lost.forEach(askOverHttp);
      if (wasOpen || failures < 20) { scheduleReconnect(); }
    };
    socket.onerror = function () { /* onclose follows */ };
  }

  function scheduleReconnect() {
    if (retryTimer) { return; }
    var delay = Math.min(30000, 1000 * Math.pow(2, Math.min(failures, 5)));
    retryTimer = setTimeout(function () { retryTimer = null; connect(); }, delay);
  }
  window.addEventListener('online', function () { showStatus('网络已恢复，正在连接…'); connect(); });
  window.addEventListener('offline', function () { showStatus('网络已断开，恢复后会自动重连。'); });

  function ask(text) {
    var question = (text || '').trim();
    if (!question) { return; }
    if (question.length > 1000) { question = question.slice(0, 1000); }
    input.value = '';
    log.appendChild(el('div', { class: 'msg user', text: question }));
    log.scrollTop = log.scrollHeight;
    if (socketOpen && socket && socket.readyState === 1) {
      pending.push(question);
      var frame = { type: 'ask', message: question, audience: options.audience };
      if (sessionId) { frame.sessionId = sessionId; }
      socket.send(JSON.stringify(frame));
    } else {
      askOverHttp(question);
    }
  }

  function newAnswer(question) {
    var bubble = el('div', { class: 'msg bot', 'aria-busy': 'true' });
    var body = el('div', { class: 'body' });
    bubble.appendChild(body);
    log.appendChild(bubble);
    return { question: question, bubble: bubble, body: body, text: '', done: false, answerId: null, suggestions: null };
  }

  function onFrame(frame) {
    if (frame.type === 'start') {
      sessionId = frame.sessionId || sessionId;
      current = newAnswer(pending.shift() || '');
      current.answerId = frame.answerId;
    } else if (frame.type === 'delta' && current) {
      current.text += frame.text || '';
      renderMarkdown(current.body, current.text);
      log.scrollTop = log.scrollHeight;
    } else if (frame.type === 'calculation' && current) {
      renderCalculation(current, frame.result);
    } else if (frame.type === 'citations' && current) {
      renderCitations(current, frame.items || []);
    } else if (frame.type === 'handoff' && current) {
      renderHandoff(current, frame);
    } else if (frame.type === 'suggestions' && current) {
      renderSuggestions(current, frame.kind, frame.items);
    } else if (frame.type === 'done' && current) {
      finishAnswer(current, frame.mode);
      current = null;
    } else if (frame.type === 'error') {
      if (current && !current.done) { current.done = true; }
      pending.shift();
      var err = el('div', { class: 'msg bot', role: 'alert', text: frame.message || '出错了，请稍后再试。' });
      log.appendChild(err);
    }
  }

  function askOverHttp(question) {
    var answer = newAnswer(question);
    answer.body.textContent = '正在查询…';
    var body = { message: question, audience: options.audience };
    if (sessionId) { body.sessionId = sessionId; }
    fetch(base + '/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (res) {
        if (!res.ok) { throw new Error(res.json.message_zh || '请求失败'); }
        var a = res.json;
        sessionId = a.sessionId || sessionId;
        answer.answerId = a.answerId;
        answer.text = a.answer || '';
        renderMarkdown(answer.body, answer.text);
        if (a.calculation) { renderCalculation(answer, a.calculation); }
        renderCitations(answer, a.citations || []);
        if (a.handoff) { renderHandoff(answer, a.handoff); }
        renderSuggestions(answer, a.suggestionKind, a.suggestions);
        finishAnswer(answer, a.mode);
      })
      .catch(function (e) {
        answer.body.textContent = (e && e.message) ? e.message : '网络出错了，请稍后再试。也可以直接拨打12351。';
        answer.done = true;
        answer.bubble.removeAttribute('aria-busy');
      });
  }

  function renderCalculation(answer, calc) {
    if (!calc) { return; }
    var lines = ['【计算】' + (calc.resultText || '')];
    (calc.breakdown || []).forEach(function (s) { lines.push('· ' + s.label + '：' + s.formula + (s.value ? ' → ' + s.value : '')); });
    if (calc.legalBasis && calc.legalBasis.length) { lines.push('依据：' + calc.legalBasis.join('、')); }
    answer.bubble.insertBefore(el('div', { class: 'calc', text: lines.join('\n') }), answer.body.nextSibling);
  }

  function renderCitations(answer, items) {
    if (!items.length) { return; }
    var chips = el('div', { class: 'chips', role: 'group', 'aria-label': '出处' });
    var shown = null;
    items.forEach(function (c) {
      var chip = el('button', { type: 'button', class: 'chip', 'aria-expanded': 'false', text: '[' + c.n + '] ' + (c.title || '出处') });
      chip.addEventListener('click', function () {
        if (shown) { shown.remove(); }
        var open = chip.getAttribute('aria-expanded') !== 'true';
        chips.querySelectorAll('.chip').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
        if (!open) { shown = null; return; }
        chip.setAttribute('aria-expanded', 'true');
        shown = el('div', { class: 'passage', role: 'region', 'aria-label': '出处 ' + c.n },
          el('div', { class: 'src', text: (c.source || '') + '《' + (c.title || '') + '》 ' + (c.heading || '') }),
          el('div', { class: 'ptext', text: c.text || c.snippet || '' }),
          el('div', { class: 'src', text: (c.legalBasis && c.legalBasis.length) ? '法律依据：' + c.legalBasis.join('、') : '' }),
          el('div', { class: 'src', text: (c.confirmedBy && c.confirmedBy.length) ? '信息来源：' + c.confirmedBy.join('；') : '' }));
        chips.parentNode.insertBefore(shown, chips.nextSibling);
      });
      chips.appendChild(chip);
    });
    answer.bubble.appendChild(chips);
  }

  function renderHandoff(answer, h) {
    var box = el('div', { class: 'handoff', role: 'note' }, el('div', { text: h.message || '建议联系工会工作人员。' }));
    (h.hotlines || []).forEach(function (line) {
      box.appendChild(el('a', { class: 'call', href: 'tel:' + String(line.number).replace(/[^0-9]/g, ''),
        text: '拨打 ' + line.number + ' ' + line.name }));
    });
    if (h.caseCard && h.caseCard.text) {
      var card = el('div', { class: 'card', text: h.caseCard.text });
      var copy = el('button', { type: 'button', class: 'copy', text: '复制个案卡' });
      copy.addEventListener('click', function () { copyText(h.caseCard.text, copy); });
      box.appendChild(card);
      box.appendChild(copy);
    }
    answer.bubble.appendChild(box);
  }

  /**
   * Suggested questions under an answer: "clarify" choices or "related" follow-ups. Tapping one asks
   * its text as the next question; the row is then disabled so a double tap does not ask twice.
   */
  function renderSuggestions(answer, kind, items) {
    var texts = (Array.isArray(items) ? items : [])
      .map(function (s) { return s && typeof s.text === 'string' ? s.text.trim() : ''; })
      .filter(function (t) { return t !== ''; })
      .slice(0, 4);
    if (answer.suggestions) { answer.suggestions.remove(); answer.suggestions = null; }
    if (!texts.length) { return; }
    var k = kind === 'clarify' ? 'clarify' : 'related';
    var box = el('div', { class: 'suggestions', 'data-kind': k, role: 'group', 'aria-label': SUGGESTION_LABELS[k].replace('：', '') },
      el('div', { class: 'suggestions-label', 'aria-hidden': 'true', text: SUGGESTION_LABELS[k] }));
    texts.forEach(function (text) {
      var b = el('button', { type: 'button', class: 'suggestion', text: text });
      b.addEventListener('click', function (e) {
        if (b.disabled) { return; }
        box.querySelectorAll('button.suggestion').forEach(function (x) { x.disabled = true; });
        b.classList.add('chosen');
        ask(text);
        // A disabled button drops keyboard focus; hand it to the input (not on taps, to keep the phone keyboard down).
        if (e.detail === 0) { input.focus(); }
      });
      box.appendChild(b);
    });
    answer.suggestions = box;
    answer.bubble.appendChild(box);
    log.scrollTop = log.scrollHeight;
  }

  function copyText(text, button) {
    var done = function () { button.textContent = '已复制'; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }
  function fallbackCopy(text) {
    var area = el('textarea');
    area.value = text;
    shadow.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* ignore */ }
    area.remove();
  }

  function finishAnswer(answer, mode) {
    answer.done = true;
    answer.bubble.removeAttribute('aria-busy');
    if (MODE_LABELS[mode]) { answer.bubble.appendChild(el('div', { class: 'mode', text: MODE_LABELS[mode] })); }
    if (!answer.answerId) { return; }
    var fb = el('div', { class: 'feedback', role: 'group', 'aria-label': '这个回答有帮助吗' }, el('span', { text: '有帮助吗？' }));
    [['up', '有用', '这个回答有帮助'], ['down', '没用', '这个回答没有帮助']].forEach(function (r) {
      var b = el('button', { type: 'button', class: 'rate rate-' + r[0], 'aria-label': r[2], text: r[1] });
      b.addEventListener('click', function () { feedbackForm(answer, fb, r[0]); });
      fb.appendChild(b);
    });
    answer.bubble.appendChild(fb);
    log.scrollTop = log.scrollHeight;
  }

  function feedbackForm(answer, container, rating) {
    container.textContent = '';
    var comment = el('textarea', { class: 'comment', maxlength: '1000', 'aria-label': '补充意见（可不填）', placeholder: '补充意见（可不填）' });
    var submit = el('button', { type: 'button', class: 'submit-feedback', text: '提交' });
    submit.addEventListener('click', function () {
      var body = { answerId: answer.answerId, question: answer.question || '（未知问题）', rating: rating };
      if (comment.value.trim()) { body.comment = comment.value.trim(); }
      if (sessionId) { body.sessionId = sessionId; }
      fetch(base + '/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) { container.textContent = r.ok ? '谢谢你的反馈！' : '反馈没有发送成功。'; })
        .catch(function () { container.textContent = '反馈没有发送成功。'; });
    });
    container.appendChild(comment);
    container.appendChild(submit);
    comment.focus();
  }

  function mount() {
    document.body.appendChild(host);
    window.__rightsWidget = { open: open, close: close, ask: function (q) { open(); ask(q); } };
  }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
})();
