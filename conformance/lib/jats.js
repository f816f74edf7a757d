'use strict';
// JATS (PMC .nxml) -> CSL-JSON: the article itself from <article-meta>, and each structured reference of its
// <ref-list> (real PubMed-style references: abbreviated journal titles in <source>, initials in <given-names>).
// Free-text references without tagged names, title or year are left out: there is nothing to map.
const { records, text, kids, at, below } = require('./xmltree');
const { put } = require('./pubmed');

function name(n) {
  const o = {};
  put(o, 'family', text(at(n, 'surname')));
  put(o, 'given', text(at(n, 'given-names')));
  put(o, 'suffix', text(at(n, 'suffix')));
  return o.family ? o : null;
}

function names(parent) {
  const out = [];
  for (const c of kids(parent)) {
    if (c.name === 'name') {
      const n = name(c);
      if (n) out.push(n);
    } else if (c.name === 'collab') {
      out.push({ literal: text(c) });
    } else if (c.name === 'person-group' && (c.attrs['person-group-type'] || 'author') === 'author') {
      out.push(...names(c));
    }
  }
  return out;
}

function pages(n) {
  const first = text(at(n, 'fpage'));
  const last = text(at(n, 'lpage'));
  if (first && last) return `${first}-${last}`;
  return first || text(at(n, 'elocation-id'));
}

function year(n) {
  const y = (text(at(n, 'year')) || '').match(/\d{4}/);
  return y ? { 'date-parts': [[Number(y[0])]] } : null;
}

function pubIds(n, o) {
  for (const id of kids(n, 'pub-id').concat(kids(n, 'article-id'))) {
    const type = id.attrs['pub-id-type'];
    if (type === 'doi') put(o, 'DOI', text(id));
    if (type === 'pmid') put(o, 'PMID', text(id));
    if (type === 'pmc') put(o, 'PMCID', 'PMC' + text(id).replace(/^PMC/, ''));
  }
}

function reference(cit) {
  const type = cit.attrs['publication-type'];
  const articleTitle = text(at(cit, 'article-title')) || text(at(cit, 'chapter-title'));
  const source = text(at(cit, 'source'));
  const o = {};
  if (type === 'journal') {
    o.type = 'article-journal';
    put(o, 'title', articleTitle);
    put(o, 'container-title', source);
  } else if (articleTitle && source) {
    o.type = 'chapter';
    put(o, 'title', articleTitle);
    put(o, 'container-title', source);
  } else {
    o.type = 'book';
    put(o, 'title', source || articleTitle);
  }
  put(o, 'author', names(cit));
  put(o, 'volume', text(at(cit, 'volume')));
  put(o, 'issue', text(at(cit, 'issue')));
  put(o, 'page', pages(cit));
  put(o, 'issued', year(cit));
  put(o, 'publisher', text(at(cit, 'publisher-name')));
  put(o, 'publisher-place', text(at(cit, 'publisher-loc')));
  pubIds(cit, o);
  return o.title && o.author && o.issued ? o : null;
}

function pubDate(meta) {
  const dates = kids(meta, 'pub-date');
  const d = dates.find((x) => x.attrs['pub-type'] === 'ppub') || dates.find((x) => x.attrs['pub-type'] === 'epub')
    || dates[0];
  if (!d) return null;
  const parts = [Number(text(at(d, 'year')))];
  if (text(at(d, 'month'))) parts.push(Number(text(at(d, 'month'))));
  if (parts.length === 2 && text(at(d, 'day'))) parts.push(Number(text(at(d, 'day'))));
  return { 'date-parts': [parts] };
}

function article(front) {
  const meta = at(front, 'article-meta');
  const journal = at(front, 'journal-meta');
  const o = { type: 'article-journal' };
  put(o, 'title', text(at(meta, 'title-group/article-title')));
  const authors = [];
  for (const group of kids(meta, 'contrib-group')) {
    for (const c of kids(group, 'contrib')) {
      if (c.attrs['contrib-type'] === 'author') authors.push(...names(c));
    }
  }
  put(o, 'author', authors);
  put(o, 'container-title', text(at(journal, 'journal-title-group/journal-title')) || text(at(journal, 'journal-title')));
  const abbrev = kids(journal, 'journal-id').find((j) => j.attrs['journal-id-type'] === 'nlm-ta');
  put(o, 'container-title-short', text(abbrev));
  put(o, 'ISSN', text(at(journal, 'issn')));
  put(o, 'volume', text(at(meta, 'volume')));
  put(o, 'issue', text(at(meta, 'issue')));
  put(o, 'page', pages(meta));
  put(o, 'issued', pubDate(meta));
  pubIds(meta, o);
  return o;
}

/** { articles: [the article], references: [its structured references] } of one JATS file. */
async function read(file) {
  const articles = [];
  const references = [];
  await records(file, ['front', 'ref-list'], (node) => {
    if (node.name === 'front') {
      articles.push(article(node));
      return;
    }
    for (const ref of below(node, 'ref')) {
      const cit = kids(ref).find((c) => c.name === 'mixed-citation' || c.name === 'element-citation');
      const item = cit && reference(cit);
      if (item) references.push(item);
    }
  });
  return { articles, references };
}

module.exports = { read };
