'use strict';
// The reference half of the conformance check: citeproc-js (npm "citeproc") formats CSL-JSON items as a
// plain-text bibliography per style. Styles and locales are read from directories unzipped from the same
// org.citationstyles jars clinicite bundles; a dependent style is rendered with its independent parent.
// Usage: node lib/citeprocjs.js ITEMS.json OUT.json STYLE[,STYLE...] STYLES_DIR LOCALES_DIR
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

// Same aliases as clinicite's StyleAliases: the CSL repository files Vancouver as nlm-citation-sequence.
const ALIASES = { vancouver: 'nlm-citation-sequence', ama: 'american-medical-association',
  mla: 'modern-language-association', chicago: 'chicago-author-date', harvard: 'harvard-cite-them-right' };

function styleXml(id, stylesDir) {
  const file = path.join(stylesDir, `${ALIASES[id] || id}.csl`);
  const xml = fs.readFileSync(file, 'utf8');
  const parent = xml.match(/<link[^>]*href="https?:\/\/www\.zotero\.org\/styles\/([^"]+)"[^>]*rel="independent-parent"/)
    || xml.match(/<link[^>]*rel="independent-parent"[^>]*href="https?:\/\/www\.zotero\.org\/styles\/([^"]+)"/);
  return parent ? fs.readFileSync(path.join(stylesDir, `${parent[1]}.csl`), 'utf8') : xml;
}

/** The style's default-locale (a dependent style's own first), or null. */
function defaultLocale(id, stylesDir) {
  const own = fs.readFileSync(path.join(stylesDir, `${ALIASES[id] || id}.csl`), 'utf8');
  const m = own.match(/<style[^>]*default-locale="([^"]+)"/) || styleXml(id, stylesDir).match(/<style[^>]*default-locale="([^"]+)"/);
  return m ? m[1] : null;
}

/** A citeproc-js engine for the style; items are looked up in `items` (id -> item) at render time. */
function engine(id, items, stylesDir, localesDir) {
  const sys = {
    retrieveLocale: (lang) => {
      const f = path.join(localesDir, `locales-${lang}.xml`);
      return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : false;
    },
    retrieveItem: (itemId) => items.get(itemId),
  };
  const e = new CSL.Engine(sys, styleXml(id, stylesDir), defaultLocale(id, stylesDir) || 'en-US');
  e.setOutputFormat('text');
  return e;
}

/** [{id, text}] in bibliography order. */
function bibliography(e, ids) {
  e.updateItems(ids);
  const [meta, entries] = e.makeBibliography();
  return entries.map((text, i) => ({ id: String(meta.entry_ids[i][0]), text: text.replace(/\s+$/, '') }));
}

/** Items citeproc-js throws on (rendered alone); none if the whole list renders. */
function failing(style, ids, items, stylesDir, localesDir) {
  try {
    bibliography(engine(style, items, stylesDir, localesDir), ids);
    return [];
  } catch (whole) {
    const failed = [];
    const e = engine(style, items, stylesDir, localesDir);
    for (const id of ids) {
      try {
        bibliography(e, [id]);
      } catch (err) {
        failed.push({ id, message: String(err.message || err).split('\n')[0] });
      }
    }
    return failed;
  }
}

function main([itemsFile, outFile, styles, stylesDir, localesDir]) {
  const list = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
  const items = new Map(list.map((x) => [String(x.id), x]));
  const out = {};
  for (const style of styles.split(',')) {
    const ids = list.map((x) => String(x.id));
    const failed = failing(style, ids, items, stylesDir, localesDir);
    const usable = ids.filter((id) => !failed.some((f) => f.id === id));
    out[style] = bibliography(engine(style, items, stylesDir, localesDir), usable);
    out[`${style}#issues`] = failed;
  }
  fs.writeFileSync(outFile, JSON.stringify(out, null, 1));
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { engine, bibliography, styleXml };
