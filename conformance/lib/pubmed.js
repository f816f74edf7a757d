'use strict';
// PubMed / MEDLINE XML (PubmedArticle, PubmedBookArticle) -> CSL-JSON, mapped the way clinicite's StudyJson.csl
// writes a study: Journal/Title -> container-title, ISOAbbreviation -> container-title-short, MedlinePgn -> page.
// Stand-in until the Java PubMed importer exists; values are copied as the record gives them (ArticleTitle keeps
// PubMed's closing period), only inline markup (<i>, <sup>, MathML) is flattened to its text.
const { records, text, kids, at } = require('./xmltree');

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function month(m) {
  if (!m) return null;
  if (/^\d+$/.test(m)) return Number(m);
  return MONTHS[m.slice(0, 3).toLowerCase()] || null;
}

function date(pubDate) {
  if (!pubDate) return null;
  const year = text(at(pubDate, 'Year')) || (text(at(pubDate, 'MedlineDate')) || '').match(/\d{4}/)?.[0];
  if (!year) return null;
  const parts = [Number(year)];
  const m = month(text(at(pubDate, 'Month')));
  if (m) {
    parts.push(m);
    const d = text(at(pubDate, 'Day'));
    if (d) parts.push(Number(d));
  }
  return { 'date-parts': [parts] };
}

function authors(authorList) {
  const out = [];
  for (const a of kids(authorList, 'Author')) {
    const collective = text(at(a, 'CollectiveName'));
    if (collective) {
      out.push({ literal: collective });
      continue;
    }
    const family = text(at(a, 'LastName'));
    if (!family) continue;
    const name = { family };
    const given = text(at(a, 'ForeName')) || text(at(a, 'Initials'));
    if (given) name.given = given;
    const suffix = text(at(a, 'Suffix'));
    if (suffix) name.suffix = suffix;
    out.push(name);
  }
  return out;
}

function ids(node, out) {
  for (const list of [at(node, 'ArticleIdList'), at(node, 'PubmedData/ArticleIdList')]) {
    for (const id of kids(list, 'ArticleId')) {
      const type = id.attrs.IdType;
      if (type === 'doi' && !out.DOI) out.DOI = text(id);
      if (type === 'pmc' && !out.PMCID) out.PMCID = text(id);
    }
  }
}

function pages(article) {
  const pgn = text(at(article, 'Pagination/MedlinePgn'));
  if (pgn) return pgn;
  const start = text(at(article, 'Pagination/StartPage'));
  const end = text(at(article, 'Pagination/EndPage'));
  return start && end ? `${start}-${end}` : start;
}

function put(o, key, value) {
  if (value != null && value !== '' && !(Array.isArray(value) && value.length === 0)) o[key] = value;
}

function article(rec) {
  const citation = at(rec, 'MedlineCitation');
  const art = at(citation, 'Article');
  const journal = at(art, 'Journal');
  const o = { type: 'article-journal' };
  put(o, 'title', text(at(art, 'ArticleTitle')));
  put(o, 'author', authors(at(art, 'AuthorList')));
  put(o, 'container-title', text(at(journal, 'Title')));
  put(o, 'container-title-short', text(at(journal, 'ISOAbbreviation')));
  put(o, 'ISSN', text(at(journal, 'ISSN')));
  put(o, 'volume', text(at(journal, 'JournalIssue/Volume')));
  put(o, 'issue', text(at(journal, 'JournalIssue/Issue')));
  put(o, 'page', pages(art));
  put(o, 'issued', date(at(journal, 'JournalIssue/PubDate')));
  for (const e of kids(art, 'ELocationID')) if (e.attrs.EIdType === 'doi' && !o.DOI) o.DOI = text(e);
  ids(rec, o);
  put(o, 'PMID', text(at(citation, 'PMID')));
  return o;
}

function bookArticle(rec) {
  const doc = at(rec, 'BookDocument');
  const book = at(doc, 'Book');
  const chapterTitle = text(at(doc, 'ArticleTitle'));
  const o = { type: chapterTitle ? 'chapter' : 'book' };
  put(o, 'title', chapterTitle || text(at(book, 'BookTitle')));
  if (chapterTitle) put(o, 'container-title', text(at(book, 'BookTitle')));
  for (const list of kids(book, 'AuthorList').concat(kids(doc, 'AuthorList'))) {
    const role = list.attrs.Type === 'editors' ? 'editor' : 'author';
    if (!o[role]) put(o, role, authors(list));
  }
  put(o, 'collection-title', text(at(book, 'CollectionTitle')));
  put(o, 'publisher', text(at(book, 'Publisher/PublisherName')));
  put(o, 'publisher-place', text(at(book, 'Publisher/PublisherLocation')));
  put(o, 'ISBN', text(at(book, 'Isbn')));
  put(o, 'page', pages(doc));
  put(o, 'issued', date(at(book, 'PubDate')));
  for (const e of kids(book, 'ELocationID')) if (e.attrs.EIdType === 'doi' && !o.DOI) o.DOI = text(e);
  put(o, 'PMID', text(at(doc, 'PMID')));
  return o;
}

/** The CSL-JSON items of one PubMed XML file; records without a title are left out (nothing to cite). */
async function read(file) {
  const out = [];
  await records(file, ['PubmedArticle', 'PubmedBookArticle'], (rec) => {
    const item = rec.name === 'PubmedArticle' ? article(rec) : bookArticle(rec);
    if (item.title) out.push(item);
  });
  return out;
}

module.exports = { read, date, authors, put };
