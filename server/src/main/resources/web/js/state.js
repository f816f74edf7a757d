// What the page shows lives in the URL hash, so Back, reload and shared links work:
// #q=…&sort=…&page=…&drill=dim:value…  or  #study=ID (with the search kept alongside).

export const state = {q: '', sort: 'relevance', page: 1, drills: [], study: null, selected: new Set(), resultIds: []};

export function readHash() {
  const p = new URLSearchParams(window.location.hash.slice(1));
  state.q = p.get('q') || '';
  state.sort = p.get('sort') || 'relevance';
  state.page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
  state.drills = p.getAll('drill');
  state.study = p.get('study');
}

export function hashFor(changes) {
  const next = Object.assign({q: state.q, sort: state.sort, page: state.page, drills: state.drills, study: null}, changes);
  const p = new URLSearchParams();
  if (next.q) p.set('q', next.q);
  if (next.sort && next.sort !== 'relevance') p.set('sort', next.sort);
  if (next.page > 1) p.set('page', String(next.page));
  next.drills.forEach(d => p.append('drill', d));
  if (next.study) p.set('study', next.study);
  return '#' + p.toString();
}

export function go(changes) {
  const h = hashFor(changes);
  if (h === window.location.hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = h;
}
