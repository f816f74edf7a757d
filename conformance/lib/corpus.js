'use strict';
// Builds the conformance corpus: real items from the shared fixtures as CSL-JSON, one id per item, duplicates
// (same DOI, PMID or title) kept once. Usage: node lib/corpus.js DATA_DIR OUT.json
const fs = require('fs');
const path = require('path');
const pubmed = require('./pubmed');
const jats = require('./jats');
const crossref = require('./crossref');
const ctgov = require('./ctgov');

function files(dir, re) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => path.join(dir, f)) : [];
}

async function sources(records) {
  const out = [];
  const add = (source, items) => items.forEach((item) => out.push({ source, item }));
  for (const f of files(path.join(records, 'pubmed-xml'), /\.xml$/)) {
    if (!/Malformed/.test(f)) add('pubmed-xml', await pubmed.read(f));
  }
  const refs = [];
  for (const f of files(path.join(records, 'jats-xml'), /\.nxml$/)) {
    const j = await jats.read(f);
    add('jats-article', j.articles);
    refs.push(...j.references);
  }
  add('jats-reference', refs);
  for (const f of files(path.join(records, 'csl-json'), /__raw\.json$/)) {
    const data = JSON.parse(fs.readFileSync(f, 'utf8'));
    add('csl-json', (Array.isArray(data) ? data : [data]).filter((x) => x && typeof x === 'object'));
  }
  add('crossref-work', crossrefWorks(path.join(records, 'crossref-json')));
  add('crossref-reference', crossrefReferences(path.join(records, 'csl-json')));
  for (const sub of ['v2', 'api-v1-fullstudies']) {
    for (const f of files(path.join(records, 'clinicaltrials-json', sub), /\.json$/)) add('ctgov', ctgov.fromJson(f));
  }
  for (const f of files(path.join(records, 'clinicaltrials-xml'), /\.xml$/)) add('ctgov', await ctgov.fromXml(f));
  return out;
}

function crossrefWorks(dir) {
  const works = [];
  for (const f of files(dir, /\.jsonl?$/)) {
    const raw = fs.readFileSync(f, 'utf8');
    const docs = f.endsWith('.jsonl') ? raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : [JSON.parse(raw)];
    for (const d of docs) {
      if (d.message) works.push(...(d.message.items || [d.message]));
      else if (d.DOI) works.push(d);
      else Object.values(d).forEach((v) => works.push(...(Array.isArray(v) ? v : [v])));
    }
  }
  return works.map(crossref.work).filter(Boolean);
}

function crossrefReferences(cslDir) {
  const out = [];
  for (const f of files(cslDir, /__raw\.json$/)) {
    for (const item of [].concat(JSON.parse(fs.readFileSync(f, 'utf8')))) {
      (item.reference || []).map(crossref.reference).filter(Boolean).forEach((r) => out.push(r));
    }
  }
  return out;
}

function keys(item) {
  const k = [];
  if (item.DOI) k.push('doi:' + String(item.DOI).toLowerCase());
  if (item.PMID) k.push('pmid:' + item.PMID);
  const t = Array.isArray(item.title) ? item.title[0] : item.title;
  if (typeof t === 'string') k.push('title:' + t.toLowerCase().replace(/[^a-z0-9]+/g, ''));
  return k;
}

// Same rule as clinicite's ItemConverter: an item with none of these has nothing to cite and is refused.
const CITEABLE = ['title', 'author', 'issued', 'container-title', 'DOI', 'URL'];

async function build(dataDir) {
  const seen = new Set();
  const items = [];
  const count = {};
  const refused = [];
  for (const { source, item } of await sources(path.join(dataDir, 'records'))) {
    if (!CITEABLE.some((f) => item[f] != null)) {
      refused.push({ source, item });
      continue;
    }
    const k = keys(item);
    if (k.some((x) => seen.has(x))) continue;
    k.forEach((x) => seen.add(x));
    count[source] = (count[source] || 0) + 1;
    items.push(Object.assign({ id: `${source}-${count[source]}` }, Object.fromEntries(
      Object.entries(item).filter(([key]) => key !== 'id'))));
  }
  return { items, count, refused };
}

if (require.main === module) {
  build(process.argv[2]).then(({ items, count, refused }) => {
    fs.writeFileSync(process.argv[3], JSON.stringify(items, null, 1));
    process.stderr.write(`corpus: ${items.length} items ${JSON.stringify(count)}; `
      + `${refused.length} without anything to cite left out\n`);
  });
}

module.exports = { build };
