// The citation panel: style picker over every bundled style, formatted citations, copy, downloads.
import {get, url} from './api.js';
import {clear, el} from './dom.js';
import {state} from './state.js';

const FORMATS = {bibtex: 'dl-bibtex', ris: 'dl-ris', csljson: 'dl-csljson', csv: 'dl-csv'};
let styleTimer = null;

/** The studies the panel works on: the open study, the selected ones, or this page's results. */
export function citeIds() {
  if (state.study) return [state.study];
  if (state.selected.size > 0) return [...state.selected];
  return state.resultIds;
}

export function updateScope() {
  const ids = citeIds();
  const scope = state.study ? 'This study.' : state.selected.size > 0
      ? state.selected.size + ' selected ' + (state.selected.size === 1 ? 'study.' : 'studies.')
      : ids.length + ' ' + (ids.length === 1 ? 'study' : 'studies') + ' on this page (select results to narrow).';
  document.getElementById('cite-scope').textContent = scope;
  for (const [to, id] of Object.entries(FORMATS)) {
    const a = document.getElementById(id);
    if (ids.length === 0) {
      a.removeAttribute('href');
      a.setAttribute('aria-disabled', 'true');
    } else {
      a.href = url('/api/export', {ids: ids.join(','), to});
      a.removeAttribute('aria-disabled');
    }
  }
  document.getElementById('cite-button').disabled = ids.length === 0;
}

let latest = 0;

async function formatCitations() {
  const mine = ++latest;
  const out = document.getElementById('citation-output');
  const ids = citeIds();
  if (ids.length === 0) return;
  out.value = 'Formatting…';
  let text;
  try {
    const b = await get('/api/cite', {ids: ids.join(','), style: document.getElementById('style').value.trim() || 'apa'});
    text = b.text.trim();
  } catch (e) {
    text = e.message;
  }
  if (mine !== latest) return;
  out.value = text;
  document.getElementById('copy-status').textContent = '';
}

/** Formats the citations of what is shown now, so the panel is ready to copy. */
export function autoCite() {
  if (citeIds().length > 0) formatCitations();
  else document.getElementById('citation-output').value = '';
}

async function copyCitations() {
  const out = document.getElementById('citation-output');
  const note = document.getElementById('copy-status');
  if (!out.value || out.value === 'Formatting…') await formatCitations();
  try {
    await navigator.clipboard.writeText(out.value);
    note.textContent = 'Copied';
  } catch (e) {
    out.focus();
    out.select();
    note.textContent = 'Press Ctrl+C to copy (the browser refused clipboard access)';
  }
}

async function suggestStyles() {
  const input = document.getElementById('style');
  const list = document.getElementById('style-list');
  const match = input.value.trim();
  if (match.length < 2) return;
  try {
    const styles = await get('/api/styles', {match, limit: 50});
    clear(list);
    styles.forEach(s => list.appendChild(el('option', {value: s.id}, s.title)));
  } catch (e) { /* the field still takes any id */ }
}

export function initCitePanel() {
  document.getElementById('cite-button').addEventListener('click', formatCitations);
  document.getElementById('copy-button').addEventListener('click', copyCitations);
  const style = document.getElementById('style');
  style.addEventListener('input', () => {
    clearTimeout(styleTimer);
    styleTimer = setTimeout(suggestStyles, 200);
  });
  style.addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      e.preventDefault();
      formatCitations();
    }
  });
}
