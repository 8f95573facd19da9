// Size check, run after every build: prints each bundle's minified and gzip size and fails the build
// when one grows past its budget (tools/build/budgets.mjs says what each counts, and why).
import { readdirSync } from 'node:fs';
import {
  BATTERY_BUDGET_BYTES,
  CORE_BUDGET_BYTES,
  FINISH_BUDGET_BYTES,
  SUBMISSION_BUDGET_BYTES,
  INSTRUMENT_BUDGET_BYTES,
  PAGED_BUDGET_BYTES,
  SAVE_RESUME_BUDGET_BYTES,
  REPORT_BUDGET_BYTES,
  SCRIPT_TAG_BUDGET_BYTES,
  VALIDATOR_BUDGET_BYTES,
  measure,
  overBudget,
  staticGraph,
  unhintedImports,
} from './budgets.mjs';
import { BATTERY_FILES, CLIENT_ENTRY, FINISH_FILES, PAGED_FILES, SAVE_RESUME_FILES, SCRIPT_TAG, SUBMISSION_FILES } from './client-files.mjs';

const dist = 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const graph = (entry) => staticGraph(dist, entry);

// what every client page loads before its first question: the script tag, one classic file
const scriptTag = measure(dist, [SCRIPT_TAG]);
// what a page adds later: each list with everything it imports. client/attune.js, the module that
// hands the script tag's code to them, comes with the first; it is counted with the review and results
// screens (and the battery, which includes them), which every client page loads
const clientGraph = graph(CLIENT_ENTRY);
const withShared = (files) => [...new Set(files.flatMap(graph))];
const beyondScriptTag = (files) => withShared(files).filter((f) => !clientGraph.includes(f));
const finishFiles = withShared(FINISH_FILES);
const finish = measure(dist, finishFiles);
const submissionFiles = beyondScriptTag(SUBMISSION_FILES);
const submission = measure(dist, submissionFiles);
const saveResumeFiles = beyondScriptTag(SAVE_RESUME_FILES);
const saveResume = measure(dist, saveResumeFiles);
const pagedFiles = beyondScriptTag(PAGED_FILES);
const paged = measure(dist, pagedFiles);
const batteryFiles = withShared(BATTERY_FILES);
const battery = measure(dist, batteryFiles);
const instruments = readdirSync(`${dist}/instruments`)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => [`dist/instruments/${f}`, measure(dist, graph(`instruments/${f}`))]);
const lazy = (file) => [`dist/${file} (+ chunks)`, measure(dist, graph(file))];
const report = measure(dist, ['attune-report.iife.js']);
const core = measure(dist, graph('core.js'), { joined: true });
const validator = measure(dist, graph('attune-validate.js'));

const rows = [
  ['dist/attune.iife.js: the script tag, every client page (one file)', scriptTag],
  [`${finishFiles.map((f) => `dist/${f}`).join(' + ')}: review and results, loaded once a screener is shown`, finish],
  [`${submissionFiles.map((f) => `dist/${f}`).join(' + ')}: submitting, loaded once an element with submit-url is shown`, submission],
  [`${saveResumeFiles.map((f) => `dist/${f}`).join(' + ')}: save and resume's work, only an element with persist`, saveResume],
  [`${pagedFiles.map((f) => `dist/${f}`).join(' + ')}: paged mode's screen, only an element with mode="paged"`, paged],
  [`${batteryFiles.map((f) => `dist/${f}`).join(' + ')}: only a page with a battery`, battery],
  ['dist/attune-report.iife.js (script tag for the clinician report)', report],
  ['dist/define.js + chunks (ES module for bundlers, registers; counted as one file)', measure(dist, graph('define.js'), { joined: true })],
  ['dist/core.js + chunks (DOM-free scoring, validation; a server reads it as one)', core],
  ["dist/attune-validate.js (+ chunks): a practice's own definition, text pack or saved answers", validator],
  ...['attune-persist.js', 'attune-outbox.js', 'attune-seal.js', 'i18n/es.js'].map(lazy),
  ...instruments,
];
console.log('\n| bundle | files | minified | gzip |\n|---|--:|--:|--:|');
for (const [name, s] of rows) console.log(`| ${name} | ${s.files.length} | ${kb(s.min)} | ${kb(s.gzip)} |`);

const problems = [
  ...unhintedImports({ [CLIENT_ENTRY]: clientGraph }, [CLIENT_ENTRY]).map(
    (edge) => `${edge}: ${CLIENT_ENTRY} only hands the script tag's code to the files beside it and must import nothing`,
  ),
  ...unhintedImports(Object.fromEntries(FINISH_FILES.map((f) => [f, graph(f)])), [...clientGraph, ...FINISH_FILES]).map(
    (edge) => `${edge}: list it with the review and results screens (FINISH_FILES in tools/build/client-files.mjs)`,
  ),
  ...unhintedImports(Object.fromEntries(SUBMISSION_FILES.map((f) => [f, graph(f)])), [...clientGraph, ...SUBMISSION_FILES]).map(
    (edge) => `${edge}: list it with the work of submitting (SUBMISSION_FILES in tools/build/client-files.mjs)`,
  ),
  ...unhintedImports(Object.fromEntries(SAVE_RESUME_FILES.map((f) => [f, graph(f)])), [...clientGraph, ...SAVE_RESUME_FILES]).map(
    (edge) => `${edge}: list it with save and resume's work (SAVE_RESUME_FILES in tools/build/client-files.mjs)`,
  ),
  ...unhintedImports(Object.fromEntries(PAGED_FILES.map((f) => [f, graph(f)])), [...clientGraph, ...PAGED_FILES]).map(
    (edge) => `${edge}: list it with paged mode's screen (PAGED_FILES in tools/build/client-files.mjs)`,
  ),
  ...unhintedImports(Object.fromEntries(BATTERY_FILES.map((f) => [f, graph(f)])), [...clientGraph, ...BATTERY_FILES]).map(
    (edge) => `${edge}: a battery's page hints only ${BATTERY_FILES.join(', ')} (tools/build/client-files.mjs)`,
  ),
  ...overBudget([
    { name: 'dist/attune.iife.js', gzip: scriptTag.gzip, budget: SCRIPT_TAG_BUDGET_BYTES },
    { name: 'the review and results screens', gzip: finish.gzip, budget: FINISH_BUDGET_BYTES },
    { name: 'the work of submitting', gzip: submission.gzip, budget: SUBMISSION_BUDGET_BYTES },
    { name: "save and resume's work", gzip: saveResume.gzip, budget: SAVE_RESUME_BUDGET_BYTES },
    { name: "paged mode's screen", gzip: paged.gzip, budget: PAGED_BUDGET_BYTES },
    { name: 'the battery with the review and results screens', gzip: battery.gzip, budget: BATTERY_BUDGET_BYTES },
    { name: 'dist/attune-report.iife.js', gzip: report.gzip, budget: REPORT_BUDGET_BYTES },
    { name: 'dist/core.js + chunks', gzip: core.gzip, budget: CORE_BUDGET_BYTES },
    { name: 'dist/attune-validate.js + chunks', gzip: validator.gzip, budget: VALIDATOR_BUDGET_BYTES },
    ...instruments.map(([name, s]) => ({ name, gzip: s.gzip, budget: INSTRUMENT_BUDGET_BYTES })),
  ]),
];
for (const problem of problems) console.error(`size: ${problem}`);
if (problems.length) process.exit(1);
console.log(
  `\nsize: the script tag is ${scriptTag.gzip} bytes gzip, within its ${SCRIPT_TAG_BUDGET_BYTES}-byte budget; ` +
    `the review and results within ${FINISH_BUDGET_BYTES}, submitting within ${SUBMISSION_BUDGET_BYTES}, save and resume within ${SAVE_RESUME_BUDGET_BYTES}, paged mode within ${PAGED_BUDGET_BYTES}, the battery within ${BATTERY_BUDGET_BYTES}, dist/attune-report.iife.js within ${REPORT_BUDGET_BYTES}, dist/core.js within ${CORE_BUDGET_BYTES}, ` +
    `the validator within ${VALIDATOR_BUDGET_BYTES}, each instrument module within ${INSTRUMENT_BUDGET_BYTES}.`,
);
