'use strict';
// citeproc-js half of bench/.../CitationBenchmark: style load time and plain-text bibliography time after
// warm-up, for the same item files and styles. Prints one JSON object.
// Usage: node lib/bench.js STYLES_DIR LOCALES_DIR STYLE[,STYLE...] ITEMS.json[,ITEMS.json...]
const fs = require('fs');
const { performance } = require('perf_hooks');
const { engine, bibliography } = require('./citeprocjs');

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeLoad(style, stylesDir, localesDir) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    engine(style, new Map(), stylesDir, localesDir);
    runs.push(performance.now() - t);
  }
  return { first: runs[0], median: median(runs.slice(1)) };
}

function timeBibliography(style, list, stylesDir, localesDir) {
  const items = new Map(list.map((x) => [String(x.id), x]));
  const ids = [...items.keys()];
  // the same counts as CitationBenchmark.warmUp / measured
  const warm = list.length > 2000 ? 2 : 10;
  const measured = list.length > 2000 ? 3 : 10;
  const runs = [];
  const cpu = [];
  let entries = 0;
  for (let i = 0; i < warm + measured; i++) {
    // a fresh engine per run, as a new document would; its build is timed separately (load)
    const e = engine(style, items, stylesDir, localesDir);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    entries = bibliography(e, ids).length;
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= warm) {
      runs.push(ms);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { items: list.length, entries, median: median(runs), cpuMedian: median(cpu) };
}

function main([stylesDir, localesDir, styles, files]) {
  const out = { load: {}, bibliography: {} };
  for (const style of styles.split(',')) {
    out.load[style] = timeLoad(style, stylesDir, localesDir);
  }
  for (const file of files.split(',')) {
    const list = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const style of styles.split(',')) {
      out.bibliography[`${style}/${list.length}`] = timeBibliography(style, list, stylesDir, localesDir);
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main(process.argv.slice(2));
