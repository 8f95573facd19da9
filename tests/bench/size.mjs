// Bytes a page must load to show one questionnaire, gzip -9 (what size.mjs budgets), per library;
// and each built-in instrument's share of the script-tag bundle.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { buildIife, catalogModules } from './build.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const file = (path) => {
  const b = readFileSync(path);
  return { min: b.length, gzip: gz(b) };
};
const sum = (rows) => rows.reduce((a, r) => ({ min: a.min + r.min, gzip: a.gzip + r.gzip }), { min: 0, gzip: 0 });

// An ES entry and every chunk it imports statically, gzipped as one (as size.mjs counts it).
function esEntry(dist, entry) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(join(dist, f), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|^import|;import)\s*["'](\.{1,2}\/[^"']+)["']/gm)) visit(posix.join(posix.dirname(f), m[1]));
  };
  visit(entry);
  const buf = Buffer.concat([...seen].map((f) => readFileSync(join(dist, f))));
  return { min: buf.length, gzip: gz(buf), files: seen.size };
}

const inlineJson = (name) => {
  const b = Buffer.from(JSON.stringify(JSON.parse(readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8'))));
  return { min: b.length, gzip: gz(b) };
};

export function librarySizes(benchDir) {
  const dist = join(benchDir, 'dist');
  const attune = [
    ['`attune.iife.js` (script tag; PCL-5 definition inside)', file(join(dist, 'attune.iife.js'))],
  ];
  const survey = [
    ['`survey.core.min.js`', file('node_modules/survey-core/survey.core.min.js')],
    ['`survey-js-ui.min.js`', file('node_modules/survey-js-ui/survey-js-ui.min.js')],
    ['`survey-core.fontless.min.css`', file('node_modules/survey-core/survey-core.fontless.min.css')],
    ['PCL-5 JSON, inlined in the page', inlineJson('pcl-5.surveyjs.json')],
  ];
  const lhc = [
    ['`zone.min.js`', file('node_modules/lforms/dist/lforms/webcomponent/assets/lib/zone.min.js')],
    ['`lhc-forms.js`', file('node_modules/lforms/dist/lforms/webcomponent/lhc-forms.js')],
    ['`styles.css`', file('node_modules/lforms/dist/lforms/webcomponent/styles.css')],
    ['PCL-5 JSON (LHC-Forms format), inlined', inlineJson('pcl-5.lforms.json')],
  ];
  return {
    attune: { parts: attune, total: sum(attune.map((r) => r[1])) },
    surveyjs: { parts: survey, total: sum(survey.map((r) => r[1])) },
    lforms: { parts: lhc, total: sum(lhc.map((r) => r[1])) },
    entries: [
      ['`dist/attune.iife.js`: script tag, registers the elements, every built-in instrument', file(join(dist, 'attune.iife.js'))],
      ['`dist/define.js` + its static chunks: ES module, registers the elements', esEntry(dist, 'define.js')],
      ['`dist/core.js` + its static chunks: DOM-free scoring, catalog, validation (Node)', esEntry(dist, 'core.js')],
      ['`dist/attune-validate.js` + chunks: loaded only for a practice\'s own definition', esEntry(dist, 'attune-validate.js')],
    ],
  };
}

/** Each instrument's share: gzip(full bundle) − gzip(bundle built with that instrument stubbed out). */
export async function instrumentShares(benchDir, fullGzip, log) {
  const rows = [];
  for (const { file: id } of catalogModules()) {
    const out = join(benchDir, `without-${id}`);
    const without = file(await buildIife(out, { without: id }));
    const full = file(join(benchDir, 'dist', 'attune.iife.js'));
    rows.push({ id, min: full.min - without.min, gzip: fullGzip - without.gzip });
    log?.(`  ${id}: ${fullGzip - without.gzip} bytes gzip`);
  }
  return rows;
}
