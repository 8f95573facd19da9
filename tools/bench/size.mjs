// Bytes a page must load to show one questionnaire, gzip -9 (what size.mjs budgets), per library;
// and each built-in instrument's module, which a page loads only when it uses that instrument.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { staticGraph } from '../build/budgets.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const file = (path) => {
  const b = readFileSync(path);
  return { min: b.length, gzip: gz(b) };
};
const sum = (rows) => rows.reduce((a, r) => ({ min: a.min + r.min, gzip: a.gzip + r.gzip }), { min: 0, gzip: 0 });

// An ES entry and every chunk it imports statically (the build's own walk), gzipped as one.
function esEntry(dist, entry) {
  const files = staticGraph(dist, entry);
  const buf = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  return { min: buf.length, gzip: gz(buf), files: files.length };
}

const inlineJson = (name) => {
  const b = Buffer.from(JSON.stringify(JSON.parse(readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8'))));
  return { min: b.length, gzip: gz(b) };
};

const NAMES = { attune: 'Attune', surveyjs: 'SurveyJS (survey-core + survey-js-ui, fontless CSS)', lforms: 'LHC-Forms (web component build)' };
const INLINE = { surveyjs: 'pcl-5.surveyjs.json', lforms: 'pcl-5.lforms.json' };

/**
 * @param requested library id -> URL paths its page requested while showing one PCL-5 (from the
 *   bench server's log, so a lazily loaded file counts as soon as the library loads it)
 * @param resolvePath URL path -> file on disk
 */
export function librarySizes(benchDir, requested, resolvePath) {
  const dist = join(benchDir, 'dist');
  const libraries = {};
  for (const [id, paths] of Object.entries(requested)) {
    const parts = paths.filter((p) => !p.startsWith('/pages/')).map((p) => [`\`${p.split('/').pop()}\``, file(resolvePath(p))]);
    // the other libraries take their definition as JSON in the page; Attune's built-ins are files it loads
    if (INLINE[id]) parts.push([`PCL-5 JSON inlined in the page`, inlineJson(INLINE[id])]);
    libraries[id] = { name: NAMES[id], parts, total: sum(parts.map((r) => r[1])) };
  }
  return {
    libraries,
    entries: [
      [
        '`dist/attune.iife.js`: the script tag, one file, what every client page loads before its first question (the instruments, the review and results, the battery load beside it)',
        file(join(dist, 'attune.iife.js')),
      ],
      ['`dist/define.js` + its static chunks: ES module, registers the elements', esEntry(dist, 'define.js')],
      ['`dist/core.js` + its static chunks: DOM-free scoring, catalog of every instrument, validation (Node)', esEntry(dist, 'core.js')],
      ["`dist/attune-validate.js` + chunks: loaded only for a practice's own definition, text pack or saved answers", esEntry(dist, 'attune-validate.js')],
    ],
  };
}

/** Each built-in instrument's module (dist/instruments/<id>.js and any chunk it imports): what a page using it adds. */
export function instrumentShares(benchDir) {
  const dir = join(benchDir, 'dist', 'instruments');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ id: f.replace(/\.js$/, ''), ...esEntry(join(benchDir, 'dist'), `instruments/${f}`) }));
}
