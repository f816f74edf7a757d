// The import form, shown only when the server was started with an import token.
import {get, upload} from './api.js';
import {clear, el} from './dom.js';

export async function initImport(afterImport) {
  let config;
  try {
    config = await get('/api/config');
  } catch (e) {
    return;
  }
  if (!config.importEnabled) return;
  document.getElementById('import-panel').hidden = false;
  document.getElementById('import-form').addEventListener('submit', async e => {
    e.preventDefault();
    const report = clear(document.getElementById('import-report'));
    const files = document.getElementById('import-files').files;
    report.appendChild(el('li', {}, 'Importing ' + files.length + (files.length === 1 ? ' file…' : ' files…')));
    try {
      const r = await upload(files, document.getElementById('import-format').value,
          document.getElementById('import-token').value);
      clear(report);
      report.appendChild(el('li', {class: 'summary'}, ['added', 'merged', 'unchanged', 'rejected']
          .map(k => (r[k] || 0) + ' ' + k).join(', ')));
      r.records.forEach(x => report.appendChild(el('li', {}, x.file + (x.line ? ':' + x.line : '') + ' — ' + x.outcome
          + (x.title ? ': ' + x.title : '') + (x.reason ? ' (' + x.reason + ')' : ''))));
      afterImport();
    } catch (err) {
      clear(report).appendChild(el('li', {class: 'error'}, err.message));
    }
  });
}
