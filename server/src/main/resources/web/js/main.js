// Wires the page: the hash decides between the search view and a study; the panels follow it.
import {autoCite, initCitePanel, updateScope} from './cite.js';
import {initImport} from './importer.js';
import {updatePlot} from './plot.js';
import {runSearch} from './search.js';
import {go, readHash, state} from './state.js';
import {showStudy} from './study.js';
import {initSuggestions} from './suggest.js';

let lastSearch = null;

async function render() {
  readHash();
  document.getElementById('q').value = state.q;
  document.getElementById('sort').value = state.sort;
  const studyView = document.getElementById('study-view');
  const results = document.getElementById('results');
  const facets = document.getElementById('facets');
  if (state.study) {
    studyView.hidden = false;
    results.hidden = true;
    facets.hidden = true;
    updateScope();
    await showStudy(state.study);
    autoCite();
    return;
  }
  studyView.hidden = true;
  results.hidden = false;
  facets.hidden = false;
  const key = JSON.stringify([state.q, state.sort, state.page, state.drills]);
  if (key !== lastSearch) {
    lastSearch = key;
    if (await runSearch(updateScope)) {
      updatePlot();
      updateScope();
      autoCite();
    }
  } else {
    updateScope();
  }
}

function init() {
  if (window.matchMedia('(max-width: 700px)').matches) {
    document.getElementById('facet-details').open = false; // on a phone the results come first
  }
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    state.selected.clear();
    go({q: document.getElementById('q').value.trim(), sort: document.getElementById('sort').value, page: 1, drills: []});
  });
  document.getElementById('sort').addEventListener('change', () =>
    go({sort: document.getElementById('sort').value, page: 1}));
  initCitePanel();
  initSuggestions();
  initImport(() => {
    lastSearch = null;
    render();
  });
  window.addEventListener('hashchange', render);
  render();
}

init();
