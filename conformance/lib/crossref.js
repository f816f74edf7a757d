'use strict';
// Crossref REST API works -> CSL-JSON (the fields a citation needs; Crossref names most of them as CSL does),
// and the structured entries of a work's "reference" list (first author's family name, article title, journal
// title as the citing publisher abbreviated it, volume, first page, year).
const { put } = require('./pubmed');

const TYPES = {
  'journal-article': 'article-journal', 'book-chapter': 'chapter', 'proceedings-article': 'paper-conference',
  'posted-content': 'article', 'dissertation': 'thesis', 'monograph': 'book', 'edited-book': 'book',
  'reference-entry': 'entry', 'dataset': 'dataset', 'report': 'report', 'book': 'book',
};

function first(v) {
  const x = Array.isArray(v) ? v.find((s) => typeof s === 'string' && s.trim() !== '') : v;
  return typeof x === 'string' ? x.replace(/\s+/g, ' ').trim() : null;
}

function date(d) {
  const parts = d && Array.isArray(d['date-parts']) && d['date-parts'][0];
  return parts && parts.length && parts[0] != null ? { 'date-parts': [parts.filter((p) => p != null).map(Number)] } : null;
}

function person(a) {
  if (a.name) return { literal: a.name };
  const o = {};
  put(o, 'family', a.family);
  put(o, 'given', a.given);
  put(o, 'suffix', a.suffix);
  return o.family ? o : null;
}

function work(w) {
  const o = { type: TYPES[w.type] || (w.type === 'article' ? 'article' : 'document') };
  put(o, 'title', first(w.title));
  put(o, 'author', (w.author || []).map(person).filter(Boolean));
  put(o, 'editor', (w.editor || []).map(person).filter(Boolean));
  put(o, 'container-title', first(w['container-title']));
  put(o, 'container-title-short', first(w['short-container-title']) || first(w['container-title-short']));
  put(o, 'publisher', first(w.publisher) || first((w.institution || []).map((i) => i.name)));
  put(o, 'volume', first(w.volume));
  put(o, 'issue', first(w.issue));
  put(o, 'page', first(w.page));
  put(o, 'ISSN', first(w.ISSN));
  put(o, 'DOI', first(w.DOI));
  put(o, 'issued', date(w['published-print']) || date(w.issued) || date(w['published-online']) || date(w.posted));
  return o.title ? o : null;
}

function reference(r) {
  if (!r['article-title'] || !r.year) return null;
  const o = { type: 'article-journal', title: r['article-title'].trim() };
  if (r.author) o.author = [{ family: r.author.trim() }];
  put(o, 'container-title', r['journal-title']);
  put(o, 'volume', r.volume);
  put(o, 'page', r['first-page']);
  o.issued = { 'date-parts': [[Number(r.year.match(/\d{4}/)[0])]] };
  put(o, 'DOI', r.DOI);
  return o;
}

module.exports = { work, reference };
