// The forest plot of the current query (an <img> of the API's SVG: images run no script).
import {get, url} from './api.js';
import {state} from './state.js';

export async function updatePlot() {
  const figure = document.getElementById('plot-figure');
  const note = document.getElementById('plot-note');
  const q = state.q;
  try {
    const s = await get('/api/summary', {q});
    if (!s.groups || s.groups.length === 0) {
      figure.hidden = true;
      note.textContent = 'No numeric outcomes among these studies.';
      return;
    }
    const g = s.groups[0];
    const img = document.getElementById('plot-image');
    img.src = url('/api/summary/forest.svg', {q});
    document.getElementById('plot-link').href = img.src;
    img.alt = 'Forest plot: ' + g.label + ', ' + g.k + (g.k === 1 ? ' study' : ' studies') + ', n = ' + g.totalN;
    document.getElementById('plot-caption').textContent = g.label + ' (' + g.k + (g.k === 1 ? ' study' : ' studies')
        + ', n = ' + g.totalN + '). ' + s.method + '. Opens full size.';
    note.textContent = '';
    figure.hidden = false;
  } catch (e) {
    figure.hidden = true;
    note.textContent = e.message;
  }
}
