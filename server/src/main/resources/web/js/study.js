// The study page: metadata, identifiers linked to their registries, outcomes, findings, write-ups
// with the agree / disagree check of each number they state.
import {get} from './api.js';
import {append, clear, el, safeLink, status} from './dom.js';
import {hashFor} from './state.js';

const VERDICTS = {agrees: ['✓', 'agrees with the study'], disagrees: ['✗', 'disagrees with the study'],
  'not-in-study': ['?', 'not found in the study']};

let latest = 0;

export async function showStudy(id) {
  const mine = ++latest;
  const view = document.getElementById('study-view');
  let s;
  try {
    s = await get('/api/studies/' + encodeURIComponent(id));
  } catch (e) {
    if (mine === latest) clear(view).appendChild(el('p', {}, e.message));
    return;
  }
  if (mine !== latest) return;
  clear(view);
  view.dataset.study = id;
  status('');
  const c = s.clinicite || {};
  append(view, [
    el('p', {}, el('a', {href: hashFor({study: null}), class: 'back'}, '← Back to results')),
    el('h2', {id: 'study-title'}, s.title || '(untitled)'),
    c.status === 'stub' ? el('p', {class: 'note'}, 'Unverified stub: known from a news write-up only.') : null,
    metadata(s, c),
    identifiers(s, c),
    section('Outcomes', (c.outcomes || []).map(o => el('li', {}, o.summary))),
    section('Findings', (c.findings || []).map(f => el('li', {}, f))),
    writeUps(c.writeUps || []),
    section('Same trial', (c.sameTrial || []).map(o => el('li', {}, el('a', {href: hashFor({study: String(o.id)})}, o.title || '(untitled)'))))]);
  view.focus();
}

function metadata(s, c) {
  const authors = (s.author || []).map(a => a.literal || [a.family, a.given].filter(Boolean).join(', ')).join('; ');
  const issued = s.issued && s.issued['date-parts'] ? s.issued['date-parts'][0].join('-') : null;
  const journal = [s['container-title'], s.volume, s.issue ? '(' + s.issue + ')' : null, s.page ? ': ' + s.page : null]
      .filter(Boolean).join(' ');
  const rows = [['Authors', authors], ['Journal', journal], ['Published', issued],
    ['Design', c.designDetail || c.design], ['Phase', c.phase], ['n', c.sampleSize], ['Population', c.population],
    ['Substances', terms(c.substances)], ['Conditions', terms(c.conditions)]];
  return el('dl', {class: 'meta-list'}, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

function terms(list) {
  return (list || []).map(t => t.name + (t.qualifier ? ' (' + t.qualifier + ')' : '')).join(', ');
}

function identifiers(s, c) {
  const items = [];
  if (s.DOI) items.push(['DOI', s.DOI, 'https://doi.org/' + encodeURI(s.DOI)]);
  if (s.PMID && /^\d+$/.test(s.PMID)) items.push(['PubMed', s.PMID, 'https://pubmed.ncbi.nlm.nih.gov/' + s.PMID + '/']);
  if (s.PMCID && /^PMC\d+$/.test(s.PMCID)) items.push(['PMC', s.PMCID, 'https://www.ncbi.nlm.nih.gov/pmc/articles/' + s.PMCID + '/']);
  if (c.NCT && /^NCT\d{8}$/.test(c.NCT)) items.push(['ClinicalTrials.gov', c.NCT, 'https://clinicaltrials.gov/study/' + c.NCT]);
  if (items.length === 0) return null;
  return el('ul', {class: 'identifiers', 'aria-label': 'Identifiers'},
      items.map(([label, value, href]) => el('li', {}, label + ': ', safeLink(href, value))));
}

function section(title, items) {
  if (items.length === 0) return null;
  return el('section', {}, el('h3', {}, title), el('ul', {}, items));
}

function writeUps(list) {
  if (list.length === 0) return null;
  return el('section', {class: 'writeups'}, el('h3', {}, 'Write-ups'), el('ul', {}, list.map(w => el('li', {class: 'writeup'},
    el('p', {class: 'headline'}, w.url ? safeLink(w.url, w.title) : w.title),
    el('p', {class: 'muted'}, [w.outlet, w.date, w.author ? 'by ' + w.author : null].filter(Boolean).join(' · ')),
    el('ul', {class: 'claims', 'aria-label': 'Numbers the write-up states'}, (w.claims || []).map(claim))))));
}

function claim(ch) {
  const [mark, words] = VERDICTS[ch.verdict] || ['·', ch.verdict];
  return el('li', {class: 'claim ' + ch.verdict},
    el('span', {class: 'mark', 'aria-hidden': 'true'}, mark), ' ',
    el('strong', {}, ch.responders + ' of ' + ch.total), ' ', el('span', {class: 'verdict'}, words),
    ch.outcome ? el('span', {class: 'muted'}, ' (study: ' + ch.outcome + ')') : null,
    ch.text ? el('blockquote', {}, ch.text) : null);
}
