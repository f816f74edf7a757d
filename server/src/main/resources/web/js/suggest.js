// Suggestions for the search box: the word being typed completed to substance:"…" or condition:"…".
import {get} from './api.js';
import {clear, el} from './dom.js';

let timer = null;

export function initSuggestions() {
  const input = document.getElementById('q');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest(input.value), 150);
  });
}

async function suggest(text) {
  const list = document.getElementById('q-suggestions');
  const m = /(?:^|\s)(?:(substance|condition):)?"?([^\s:"]{2,})$/.exec(text);
  if (!m) {
    clear(list);
    return;
  }
  const kinds = m[1] ? [m[1]] : ['substance', 'condition'];
  const head = text.slice(0, m.index + (m[0].startsWith(' ') ? 1 : 0));
  const options = [];
  for (const kind of kinds) {
    try {
      const terms = await get('/api/suggest', {kind, prefix: m[2]});
      terms.forEach(t => options.push([head + kind + ':"' + t.name + '"', kind + ': ' + t.name]));
    } catch (e) { /* no suggestions */ }
  }
  clear(list);
  options.forEach(([value, label]) => list.appendChild(el('option', {value}, label)));
}
