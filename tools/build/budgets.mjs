// The size budgets, and how a bundle's bytes are counted: gzip -9 of each file a browser fetches,
// file by file (each goes over the wire compressed on its own), after following the ES imports a
// file makes before it runs. A budget, not a timing: the same bytes every run.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/**
 * gzip budget for what every client page loads before its first question: the script tag,
 * dist/attune.iife.js, one classic file (the client's entry, tools/build/script-tag-entry.mjs). The wording of
 * each instrument, the battery, the results and review screens with finishing (scoring), other
 * languages, the validator, the submission outbox, save and resume's work and paged mode's screen are
 * files beside it, loaded only by a page (or a screen) that uses them, each with a budget of its own
 * below.
 *
 * 27.6 KB when the script was one classic bundle; 24.1 KB since the battery, the review and results
 * and the work of submitting load beside it; 24.5 KB with the answers built once per question (fewer
 * DOM nodes, a faster first layout). 21.6 KB (25,139 → 22,156 B) since these left it: scoring and
 * finishing, to the finish screens (−903 B); paged mode's screen, only for mode="paged", with the
 * review's and the plot's styles to the finish screens (−263 B); the submission status line and its
 * styles, to the finish screens (−193 B); Lit's decorators, the elements declaring their properties
 * statically (−474 B); save and resume's work with its resume screen, only for persist (−129 B); the
 * review's steps, to the finish screens (−152 B); the finish screens' styles added with Lit's own
 * adoptStyles (−89 B); English's strings for the results, review, submission status and battery
 * (en-finish.ts), to the finish screens (−790 B). 21.4 KB (22,323 → 21,863 B) since these left it: the
 * screener's drawing of the review and results screens and of the submission status line, to the
 * finish screens (finished-screen.ts, −125 B); the DOM-built widget for a battery whose code is
 * missing, replaced by a small element drawn with the client's own problem view (unavailable-element.ts;
 * the loader keeps the DOM-built one, for when the client's code itself is missing, −196 B); the table
 * rules, which only the full results' plot table uses, to the finish screens and the battery (−56 B);
 * paged mode's Next and Back (paged-steps.ts), to paged mode's screen (−83 B). Raised from 21.5 to
 * 21.75 KB for two additions (21,863 → 22,120 B): registering the screener once the page's wording
 * has arrived, so the introduction is its first render (page-wording.ts and an instrument at hand at
 * once, +170 B; one render and usually a frame fewer before the first screen), and asking for a file
 * that failed to load under an address of its own on a later try (+~60 B; a browser may keep a failed
 * module load for the visit). 21 KB (22,120 → 21,387 B) since the loader and the elements' code it
 * imported became one file: one file compresses better than two, and the loader's DOM-built widget for
 * missing elements' code has nothing left to report (−733 B; and a round trip fewer on every page).
 * The aim is 20 KB (what is left: docs/performance.md): lower this as parts of the first screen's code
 * leave it, never raise it without saying what for.
 */
export const SCRIPT_TAG_BUDGET_BYTES = 21 * 1024;

/**
 * gzip budget for the review and results screens (with the attachment plot and their styles), the
 * review's steps, finishing itself (scoring, the completion), the submission status line and
 * English's strings for all of these (en-finish.ts), with dist/client/attune.js, the module handing
 * them the script tag's code (about 300 B), which a screener loads while its first screen is shown: needed by every client page, but not before its first question. 4 KB until those moved here
 * from the script tag's first download (a few hundred bytes more than they were there: a file
 * compressed on its own shares less with its neighbours); 6.5 KB until the screener's drawing of the
 * review, the results and the status line and the table rules joined them (about 6.4 KB with them).
 */
export const FINISH_BUDGET_BYTES = 7 * 1024;

/**
 * gzip budget for the work of submitting to a practice's endpoint (dist/client/submission-work.js and
 * the storage chunk it imports), which an element with `submit-url` loads while its first screen is shown.
 */
export const SUBMISSION_BUDGET_BYTES = 3 * 1024;

/**
 * gzip budget for what only a page with an <attune-battery> loads: the battery's own code, with the
 * review and results screens and finishing it imports. 8 KB until scoring, the review's steps, the
 * results' styles and English's later strings (the battery's own among them) left the script tag's
 * first download: bytes counted here instead of there; 12 KB until the screener's drawing of the
 * review and results and the table rules joined the finish screens it imports (about 12 KB with them).
 */
export const BATTERY_BUDGET_BYTES = 12.5 * 1024;

/**
 * gzip budget for save and resume's work with the screen asking before resuming
 * (dist/client/save-resume-work.js), hinted only for an element with `persist`; the storage work it
 * loads (dist/attune-persist.js) is the ES build's own file, shared with the battery.
 */
export const SAVE_RESUME_BUDGET_BYTES = 1.5 * 1024;

/** gzip budget for paged mode's screen (dist/client/paged-screen.js), hinted only for an element with `mode="paged"`. */
export const PAGED_BUDGET_BYTES = 1 * 1024;

/**
 * gzip budget for dist/attune-report.iife.js, the clinician's report: it loads each instrument's
 * wording beside it on demand (and the JOSE code for sealed completions only when one arrives), so it
 * must never again carry the whole catalog (about 26 KB). About 18.5 KB with the sealed-input screen.
 */
export const REPORT_BUDGET_BYTES = 20 * 1024;

/**
 * gzip budget for the DOM-free core (dist/core.js and its chunks: scoring, every definition, zod
 * validation, FHIR), counted as one file. A server's import, never a client's page: raised from 30 KB
 * to 32 KB for the FHIR transaction bundle with its Observations, and to 36 KB for the published
 * translations (the Spanish PHQ-9 and GAD-7, so a server exports a Spanish response in the words the
 * client read) and translation text packs; opening sealed bodies loads its JOSE code only when used.
 */
export const CORE_BUDGET_BYTES = 36 * 1024;

/** gzip budget for the validator and its chunks (zod), loaded only for a practice's own definition, text pack or saved answers. */
export const VALIDATOR_BUDGET_BYTES = 20 * 1024;

/** gzip budget for each built-in instrument's module and each translation of one (the largest, ITQ, is about 2.8 KB). */
export const INSTRUMENT_BUDGET_BYTES = 4 * 1024;

/** gzip -9 size of some bytes. */
export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

/** The files (relative to dist) an ES module loads before it runs: itself and its static imports, recursively. */
export function staticGraph(dist, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|^import|;import)\s*["'](\.{1,2}\/[^"']+)["']/gm)) visit(posix.join(posix.dirname(file), m[1]));
  };
  visit(entry);
  return [...seen];
}

/**
 * Minified and gzip bytes of some files (relative to dist), each compressed on its own, as a browser
 * fetches them; `joined` compresses them as one (a server's import, read from disk, not the wire).
 */
export function measure(dist, files, { joined = false } = {}) {
  const bufs = files.map((file) => readFileSync(join(dist, file)));
  const min = bufs.reduce((n, b) => n + b.length, 0);
  const gzip = joined ? gzipBytes(Buffer.concat(bufs)) : bufs.reduce((n, b) => n + gzipBytes(b), 0);
  return { min, gzip, files: [...files] };
}

/**
 * Each measurement over its budget, as a sentence for the build's log. `checks` are
 * `{ name, gzip, budget }`; an empty list means every budget holds.
 */
export function overBudget(checks) {
  return checks.filter((c) => c.gzip > c.budget).map((c) => `${c.name} is ${c.gzip} bytes gzip, over its budget of ${c.budget}.`);
}

/**
 * Files a hinted module imports statically that the loader does not hint (they would be fetched
 * only after the module arrives: the waterfall the hints exist to prevent). `hinted` are the files
 * fetched together; the answer lists each missing one as `from → file`.
 */
export function unhintedImports(graphs, hinted) {
  const known = new Set(hinted);
  return Object.entries(graphs).flatMap(([from, files]) => files.filter((f) => !known.has(f)).map((f) => `${from} → ${f}`));
}
