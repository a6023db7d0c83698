// Shared by the volunteer desk and the union staff's console (the widget stays one self-contained
// file): DOM helpers and the Markdown renderer. All server and user text is inserted with
// textContent / text nodes only.
"use strict";

(() => {
  // ---------- DOM helpers ----------

  /** Creates an element; attrs: "class", "text" or plain attributes; children: nodes, strings, arrays. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === "class") node.className = value;
        else if (key === "text") node.textContent = value;
        else node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(parent, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(parent, child);
      else if (child instanceof Node) parent.appendChild(child);
      else parent.appendChild(document.createTextNode(String(child)));
    }
    return parent;
  }

  const $ = (id) => document.getElementById(id);
  const str = (v) => (v === null || v === undefined ? "" : String(v));
  const list = (v) => (Array.isArray(v) ? v : []);

  function errorBox(message) {
    return el("p", { class: "error" }, message || "服务暂时出现问题，请稍后再试");
  }

  function statusBox(message) {
    return el("p", { class: "status" }, message);
  }

  // ---------- Text rendering ----------

  const plainInline = (s) => document.createTextNode(s);

  /** Inline **bold** only; everything else stays text. */
  function boldInline(s) {
    const frag = document.createDocumentFragment();
    s.split(/\*\*(.+?)\*\*/).forEach((part, i) => {
      if (!part) return;
      frag.appendChild(i % 2 === 1 ? el("strong", null, part) : document.createTextNode(part));
    });
    return frag;
  }

  /**
   * Paragraphs on blank lines, "- " or "* " lines as list items; inline renderer decides bold.
   * The widget renders answers the same way (cases: src/test/js).
   */
  function renderBlocks(text, inline = plainInline) {
    const frag = document.createDocumentFragment();
    const blocks = str(text).replace(/\r\n?/g, "\n").split(/\n\s*\n/);
    for (const block of blocks) {
      let ul = null;
      let p = null;
      for (const raw of block.split("\n")) {
        const line = raw.trim();
        if (!line) continue;
        const item = /^[-*]\s+(.*)$/.exec(line);
        if (item) {
          p = null;
          if (!ul) frag.appendChild((ul = el("ul")));
          ul.appendChild(el("li", null, inline(item[1])));
        } else {
          ul = null;
          if (p) p.appendChild(el("br"));
          else frag.appendChild((p = el("p")));
          p.appendChild(inline(line));
        }
      }
    }
    return frag;
  }

  const page = { el, append, $, str, list, errorBox, statusBox, plainInline, boldInline, renderBlocks };

  // Under Node (src/test/js) hand the helpers to the renderer tests; in a browser they are one
  // namespaced global for the desk's and the console's scripts.
  if (typeof window === "undefined") {
    if (typeof module !== "undefined" && module.exports) module.exports = page;
    return;
  }
  window.RightsPage = page;
})();
