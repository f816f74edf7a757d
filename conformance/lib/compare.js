'use strict';
// Compares clinicite's entries with citeproc-js's, item by item (matched by id), as plain text with only
// whitespace normalised (runs of whitespace -> one space, trimmed). Prints the identical share per style and
// overall, writes the report and the full list of differences.
// Usage: node lib/compare.js ITEMS.json CLINICITE.json CITEPROC_JS.json REPORT.md DIFFS.json [BASELINE.json]
const fs = require('fs');
const { CLASSES, classify } = require('./classes');
const report = require('./report');

const norm = (t) => (t == null ? null : t.replace(/\s+/g, ' ').trim());

function byId(entries) {
  return new Map((entries || []).map((e) => [String(e.id), norm(e.text)]));
}

/** Share of the items both sides rendered that stand at the same position among those items. */
function sameOrder(java, js) {
  const common = new Set(java.map((e) => String(e.id)).filter((id) => js.some((e) => String(e.id) === id)));
  const a = java.map((e) => String(e.id)).filter((id) => common.has(id));
  const b = js.map((e) => String(e.id)).filter((id) => common.has(id));
  const moved = a.filter((id, i) => b[i] !== id); // items at another position, in clinicite's order
  return { total: a.length, same: a.length - moved.length, moved };
}

function compareStyle(style, java, js, items) {
  const a = byId(java[style]);
  const b = byId(js[style]);
  const ids = [...items.keys()].filter((id) => a.has(id) || b.has(id));
  const diffs = [];
  for (const id of ids) {
    if (a.get(id) !== b.get(id)) {
      diffs.push({ style, id, clinicite: a.get(id) ?? null, citeprocJs: b.get(id) ?? null,
        classes: classify(a.get(id), b.get(id), items.get(id)) });
    }
  }
  return { style, total: ids.length, identical: ids.length - diffs.length, diffs,
    order: sameOrder(java[style] || [], js[style] || []),
    refused: { clinicite: java[`${style}#issues`] || [], citeprocJs: js[`${style}#issues`] || [] } };
}

function main([itemsFile, javaFile, jsFile, reportFile, diffsFile, baselineFile]) {
  const list = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
  const items = new Map(list.map((x) => [String(x.id), x]));
  const java = JSON.parse(fs.readFileSync(javaFile, 'utf8'));
  const js = JSON.parse(fs.readFileSync(jsFile, 'utf8'));
  const styles = Object.keys(js).filter((k) => !k.includes('#'));
  const results = styles.map((s) => compareStyle(s, java, js, items));
  const baseline = baselineFile && fs.existsSync(baselineFile) ? JSON.parse(fs.readFileSync(baselineFile, 'utf8')) : null;
  const pct = (n, d) => (d ? (100 * n / d).toFixed(1) : '-') + ' %';
  let total = 0;
  let same = 0;
  for (const r of results) {
    total += r.total;
    same += r.identical;
    const before = baseline?.styles?.[r.style];
    process.stdout.write(`${r.style.padEnd(30)} ${String(r.identical).padStart(4)}/${r.total} identical `
      + `${pct(r.identical, r.total).padStart(8)}${before ? `   (before: ${pct(before.identical, before.total)})` : ''}\n`);
  }
  process.stdout.write(`${'overall'.padEnd(30)} ${String(same).padStart(4)}/${total} identical ${pct(same, total).padStart(8)}`
    + `${baseline ? `   (before: ${pct(baseline.identical, baseline.total)})` : ''}\n`);
  const counts = {};
  results.forEach((r) => r.diffs.forEach((d) => d.classes.forEach((c) => { counts[c] = (counts[c] || 0) + 1; })));
  Object.entries(counts).sort((x, y) => y[1] - x[1])
    .forEach(([c, n]) => process.stdout.write(`  ${String(n).padStart(4)}  ${c}\n`));
  fs.writeFileSync(diffsFile, JSON.stringify(results.flatMap((r) => r.diffs), null, 1));
  fs.writeFileSync(require('path').join(require('path').dirname(diffsFile), 'summary.json'),
    JSON.stringify(summary(results), null, 1));
  fs.writeFileSync(reportFile, report.render({ list, results, baseline, classes: CLASSES }));
}

/** The figures a later run shows as "before" (conformance/baseline.json). */
function summary(results) {
  const styles = {};
  let total = 0;
  let identical = 0;
  const classes = {};
  for (const r of results) {
    styles[r.style] = { total: r.total, identical: r.identical, outOfPlace: r.order.moved.length };
    total += r.total;
    identical += r.identical;
    r.diffs.forEach((d) => d.classes.forEach((c) => { classes[c] = (classes[c] || 0) + 1; }));
  }
  return { total, identical, styles, classes };
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { compareStyle, summary };
