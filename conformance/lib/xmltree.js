'use strict';
// Streaming XML reading with sax: only the elements named in `recordNames` (and what they contain) are built
// into small trees, handed to `onRecord` and dropped, so memory stays flat with file size. sax never reads
// a DTD or external entity; DOCTYPE declarations are ignored.
const fs = require('fs');
const sax = require('sax');

function records(file, recordNames, onRecord) {
  const wanted = new Set(recordNames);
  return new Promise((resolve, reject) => {
    const parser = sax.createStream(true, { trim: false, normalize: false, position: true });
    const stack = [];
    parser.on('opentag', (tag) => {
      if (stack.length === 0 && !wanted.has(tag.name)) return;
      const node = { name: tag.name, attrs: tag.attributes, children: [], line: parser._parser.line + 1 };
      if (stack.length) stack[stack.length - 1].children.push(node);
      stack.push(node);
    });
    parser.on('text', (t) => { if (stack.length) stack[stack.length - 1].children.push(t); });
    parser.on('cdata', (t) => { if (stack.length) stack[stack.length - 1].children.push(t); });
    parser.on('closetag', () => {
      if (!stack.length) return;
      const node = stack.pop();
      if (!stack.length) onRecord(node);
    });
    parser.on('error', reject);
    parser.on('end', resolve);
    fs.createReadStream(file).pipe(parser);
  });
}

/** All text below a node, tags dropped, whitespace collapsed. */
function text(node) {
  if (node == null) return null;
  const parts = [];
  (function walk(n) {
    if (typeof n === 'string') parts.push(n);
    else n.children.forEach(walk);
  })(node);
  const t = parts.join('').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function kids(node, name) {
  return node ? node.children.filter((c) => typeof c !== 'string' && (name == null || c.name === name)) : [];
}

/** The first element along a path of child names ("MedlineCitation/Article/Journal"). */
function at(node, path) {
  let n = node;
  for (const name of path.split('/')) {
    n = kids(n, name)[0];
    if (!n) return null;
  }
  return n;
}

/** Every element with this name anywhere below the node. */
function below(node, name, out = []) {
  for (const c of kids(node)) {
    if (c.name === name) out.push(c);
    below(c, name, out);
  }
  return out;
}

module.exports = { records, text, kids, at, below };
