// Size check, run after every build: prints each bundle's minified and gzip size and fails the build
// when the script-tag bundle grows past its budget. A budget, not a timing: the same bytes every run.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/**
 * gzip budget for dist/attune.iife.js, the one script a practice's client page loads, with the
 * elements a client meets (screener and battery) and everything they do. The wording of each built-in
 * instrument is a file of its own beside it (dist/instruments/<id>.js, listed below), loaded only by a
 * page that uses it; the clinician report is a script of its own.
 */
export const IIFE_BUDGET_BYTES = 30 * 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// An ES entry loads its static imports too; count what a page must fetch before the entry runs.
function esModuleBytes(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join('dist', file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|^import|;import)\s*["'](\.{1,2}\/[^"']+)["']/gm)) visit(posix.join(posix.dirname(file), m[1]));
  };
  visit(entry);
  const buf = Buffer.concat([...seen].map((f) => readFileSync(join('dist', f))));
  return { min: buf.length, gzip: gz(buf) };
}

const rows = [
  ['dist/attune.iife.js (script tag, registers the elements)', (() => { const b = readFileSync('dist/attune.iife.js'); return { min: b.length, gzip: gz(b) }; })()],
  ['dist/attune-report.iife.js (script tag for the clinician report)', (() => { const b = readFileSync('dist/attune-report.iife.js'); return { min: b.length, gzip: gz(b) }; })()],
  ['dist/define.js + chunks (ES module, registers)', esModuleBytes('define.js')],
  ['dist/core.js + chunks (DOM-free scoring, validation)', esModuleBytes('core.js')],
  ['dist/attune-validate.js + chunks (loaded only for a practice\'s own definition)', esModuleBytes('attune-validate.js')],
  ...readdirSync('dist/instruments').filter((f) => f.endsWith('.js')).sort().map((f) => [`dist/instruments/${f} (loaded only by a page that uses it)`, esModuleBytes(`instruments/${f}`)]),
];
console.log('\n| bundle | minified | gzip |\n|---|---|---|');
for (const [name, s] of rows) console.log(`| ${name} | ${kb(s.min)} | ${kb(s.gzip)} |`);

const iife = rows[0][1].gzip;
if (iife > IIFE_BUDGET_BYTES) {
  console.error(`\nsize: dist/attune.iife.js is ${iife} bytes gzip, over its budget of ${IIFE_BUDGET_BYTES}.`);
  process.exit(1);
}
console.log(`\nsize: dist/attune.iife.js ${iife} bytes gzip, within the ${IIFE_BUDGET_BYTES}-byte budget.`);
