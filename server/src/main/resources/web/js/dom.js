// DOM helpers. Every piece of data becomes a text node: nothing from the API is ever parsed as HTML.

/** el('p', {class: 'x'}, 'text', child, ...): an element with attributes and text / element children. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

/** Appends text and nodes; null, undefined and false are skipped, nested arrays flattened. */
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A passage with «matched» words: text nodes and <mark> elements, never markup from the data. */
export function highlighted(text) {
  const frag = document.createDocumentFragment();
  const parts = String(text).split(/(«[^«»]*»)/);
  for (const p of parts) {
    if (p.startsWith('«') && p.endsWith('»')) frag.appendChild(el('mark', {}, p.slice(1, -1)));
    else if (p) frag.appendChild(document.createTextNode(p));
  }
  return frag;
}

/** An http(s) URL from the data as a link, or plain text when it is anything else. */
export function safeLink(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', {href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank'}, label || u.href);
    }
  } catch (e) { /* not a URL */ }
  return document.createTextNode(label || String(url));
}

export function status(message) {
  document.getElementById('status').textContent = message || '';
}
