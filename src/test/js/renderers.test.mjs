// The widget's and the desk's Markdown renderers, run through the same cases
// (markdown-cases.json) with Node's own test runner: `node --test src/test/js/renderers.test.mjs`.
// Both renderers build DOM nodes; a very small DOM stand-in below records what they build and
// writes it out as HTML. It has no HTML parser: a renderer that tried innerHTML would fail here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

class FakeNode {
  constructor() {
    this.childNodes = [];
    this.parentNode = null;
  }

  appendChild(child) {
    if (!(child instanceof FakeNode)) throw new TypeError("appendChild needs a node");
    if (child instanceof FakeFragment) {
      for (const moved of [...child.childNodes]) this.appendChild(moved);
      return child;
    }
    if (child.parentNode) child.parentNode.removeChild(child);
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }

  removeChild(child) {
    this.childNodes = this.childNodes.filter((c) => c !== child);
    child.parentNode = null;
    return child;
  }

  remove() {
    if (this.parentNode) this.parentNode.removeChild(this);
  }

  get textContent() {
    return this.childNodes.map((c) => c.textContent).join("");
  }

  set textContent(value) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes = [];
    const text = value === null || value === undefined ? "" : String(value);
    if (text) this.appendChild(new FakeText(text));
  }
}

class FakeText extends FakeNode {
  constructor(data) {
    super();
    this.data = String(data);
  }

  get textContent() {
    return this.data;
  }

  set textContent(value) {
    this.data = String(value);
  }

  appendChild() {
    throw new TypeError("a text node has no children");
  }
}

class FakeFragment extends FakeNode {}

const noParsing = () => {
  throw new Error("renderers must build nodes, never parse HTML");
};

class FakeElement extends FakeNode {
  constructor(tag) {
    super();
    this.tagName = String(tag).toLowerCase();
    this.attributes = new Map();
  }

  setAttribute(name, value) {
    this.attributes.set(String(name), String(value));
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  get className() {
    return this.getAttribute("class") || "";
  }

  set className(value) {
    this.setAttribute("class", value);
  }

  set innerHTML(value) {
    noParsing();
  }

  set outerHTML(value) {
    noParsing();
  }

  insertAdjacentHTML() {
    noParsing();
  }
}

const fakeDocument = {
  createElement: (tag) => new FakeElement(tag),
  createTextNode: (data) => new FakeText(data),
  createDocumentFragment: () => new FakeFragment(),
};

// The renderers read these globals when they run, not when they load.
globalThis.document = fakeDocument;
globalThis.Node = FakeNode;

const VOID = new Set(["br"]);
const escapeText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** The nodes written out as HTML, the way a browser's innerHTML would show them. */
function html(nodes) {
  return nodes
    .map((n) => {
      if (n instanceof FakeText) return escapeText(n.data);
      const attributes = [...n.attributes].map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("");
      if (VOID.has(n.tagName)) return `<${n.tagName}${attributes}>`;
      return `<${n.tagName}${attributes}>${html(n.childNodes)}</${n.tagName}>`;
    })
    .join("");
}

/** Every element tag in the tree. */
function tags(nodes, found = new Set()) {
  for (const n of nodes) {
    if (n instanceof FakeElement) {
      found.add(n.tagName);
      tags(n.childNodes, found);
    }
  }
  return found;
}

const require = createRequire(import.meta.url);
const widget = require("../../main/resources/static/widget.js");
// The desk and the console share one renderer, in page.js.
const page = require("../../main/resources/static/page.js");

/** Each renderer as a function from Markdown to the nodes it makes. */
const renderers = {
  widget(markdown) {
    const container = fakeDocument.createElement("div");
    widget.renderMarkdown(container, markdown);
    return container.childNodes;
  },
  desk(markdown) {
    return page.renderBlocks(markdown, page.boldInline).childNodes;
  },
};

const { cases } = JSON.parse(readFileSync(new URL("./markdown-cases.json", import.meta.url), "utf8"));
const ALLOWED_TAGS = new Set(["p", "br", "ul", "li", "strong"]);

test("the case file has cases with unique names", () => {
  assert.ok(cases.length >= 20);
  assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
});

for (const [name, render] of Object.entries(renderers)) {
  for (const c of cases) {
    test(`${name}: ${c.name}`, () => {
      const nodes = render(c.markdown);
      assert.equal(html(nodes), c.html);
      for (const tag of tags(nodes)) {
        assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`);
      }
    });
  }
}

test("widget: rendering a streamed answer again replaces what was there", () => {
  const container = fakeDocument.createElement("div");
  widget.renderMarkdown(container, "可以要求");
  widget.renderMarkdown(container, "可以要求**二倍工资**。");
  assert.equal(html(container.childNodes), "<p>可以要求<strong>二倍工资</strong>。</p>");
});
