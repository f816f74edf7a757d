// The result list, facet filters and pager.
import {get} from './api.js';
import {clear, el, highlighted, status} from './dom.js';
import {go, hashFor, state} from './state.js';

const FACET_NAMES = {substance: 'Substance', condition: 'Condition', design: 'Design', phase: 'Phase', year: 'Year',
  journal: 'Journal', outlet: 'News outlet'};
const PAGE_SIZE = 20;
const MAX_OUTCOMES = 3;

let latest = 0;

/** Runs the search the state describes; a slower, older answer never overwrites a newer one. */
export async function runSearch(onSelectionChange) {
  const mine = ++latest;
  const section = document.getElementById('results');
  section.setAttribute('aria-busy', 'true');
  status('Searching…');
  let r;
  try {
    r = await get('/api/search', {q: state.q, sort: state.sort, page: state.page, limit: PAGE_SIZE, drill: state.drills});
  } catch (e) {
    r = {total: 0, results: [], facets: {}, notices: [e.message]};
  }
  if (mine !== latest) return false;
  section.dataset.query = state.q;
  section.setAttribute('aria-busy', 'false');
  status((r.notices || []).join(' '));
  state.resultIds = r.results.map(h => h.id);
  renderFacets(r.facets || {});
  renderResults(r, onSelectionChange);
  renderPager(r.total);
  return true;
}

function renderFacets(facets) {
  document.getElementById('facets-title').textContent =
      state.drills.length ? 'Filter (' + state.drills.length + ' active)' : 'Filter';
  const box = clear(document.getElementById('facet-groups'));
  const active = new Set(state.drills);
  for (const [dim, values] of Object.entries(facets)) {
    const labels = Object.entries(values);
    const chosen = state.drills.filter(d => d.startsWith(dim + ':')).map(d => d.slice(dim.length + 1));
    chosen.filter(v => !(v in values)).forEach(v => labels.push([v, 0]));
    if (labels.length === 0) continue;
    const fs = el('fieldset', {class: 'facet'}, el('legend', {}, FACET_NAMES[dim] || dim));
    for (const [label, count] of labels) {
      const drill = dim + ':' + label;
      const id = 'f-' + dim + '-' + label.replace(/[^A-Za-z0-9]/g, '_');
      const check = el('input', {type: 'checkbox', id, 'data-drill': drill, checked: active.has(drill)});
      check.addEventListener('change', () => toggleDrill(drill, check.checked));
      fs.appendChild(el('div', {class: 'facet-value'}, check, el('label', {for: id}, label, ' ', el('span', {class: 'count'}, '(' + count + ')'))));
    }
    box.appendChild(fs);
  }
}

function toggleDrill(drill, on) {
  const drills = state.drills.filter(d => d !== drill);
  if (on) drills.push(drill);
  go({drills, page: 1});
}

function renderResults(r, onSelectionChange) {
  document.getElementById('result-count').textContent =
      r.total === 1 ? '1 study' : r.total + ' studies' + (r.total > PAGE_SIZE ? ', page ' + state.page : '');
  const list = clear(document.getElementById('result-list'));
  for (const h of r.results) list.appendChild(hit(h, onSelectionChange));
}

function hit(h, onSelectionChange) {
  const pick = el('input', {type: 'checkbox', id: 'sel-' + h.id, checked: state.selected.has(h.id)});
  pick.addEventListener('change', () => {
    if (pick.checked) state.selected.add(h.id); else state.selected.delete(h.id);
    onSelectionChange();
  });
  const meta = [h.design, h.n ? 'n = ' + h.n : null, h.year, (h.substances || []).join(', '), (h.conditions || []).join(', ')]
      .filter(x => x !== null && x !== undefined && x !== '');
  return el('li', {class: 'hit'},
    el('h3', {}, el('a', {href: hashFor({study: h.id}), class: 'study-link'}, h.title || '(untitled)')),
    el('p', {class: 'citation'}, h.citation || ''),
    meta.length ? el('p', {class: 'meta'}, meta.join(' · ')) : null,
    outcomes(h.outcomes || []),
    (h.highlights || []).slice(0, 2).map(x => el('p', {class: 'passage'}, el('span', {class: 'field'}, x.field + ': '), highlighted(x.text))),
    el('div', {class: 'pick'}, pick, el('label', {for: 'sel-' + h.id}, 'Select for citation')));
}

/** The first outcome lines, each clamped to two lines on screen (the full text stays in the page). */
function outcomes(lines) {
  if (lines.length === 0) return null;
  const shown = lines.slice(0, MAX_OUTCOMES).map(o => el('li', {title: o}, o));
  const more = lines.length > MAX_OUTCOMES
      ? el('li', {class: 'more'}, '+ ' + (lines.length - MAX_OUTCOMES) + ' more outcomes on the study page') : null;
  return el('ul', {class: 'outcomes', 'aria-label': 'Outcomes'}, shown, more);
}

function renderPager(total) {
  const nav = clear(document.getElementById('pager'));
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return;
  if (state.page > 1) nav.appendChild(el('a', {href: hashFor({page: state.page - 1})}, '← Previous'));
  nav.appendChild(el('span', {}, ' Page ' + state.page + ' of ' + pages + ' '));
  if (state.page < pages) nav.appendChild(el('a', {href: hashFor({page: state.page + 1})}, 'Next →'));
}
