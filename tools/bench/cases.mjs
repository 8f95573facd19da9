// The libraries compared, and how the bench finds their parts on the page.
import { readFileSync } from 'node:fs';

const pcl5 = JSON.parse(readFileSync(new URL('./pages/pcl-5.surveyjs.json', import.meta.url), 'utf8'));
/** Wording of PCL-5 item n (1-based), from the bench's JSON (tested equal to the Attune definition). */
export const itemText = (n) => pcl5.pages[0].elements[n - 1].title;
export const OPTIONS_PER_ITEM = 5;
export const ITEMS = 20;

const version = (pkg) => JSON.parse(readFileSync(pkg === '.' ? 'package.json' : `node_modules/${pkg}/package.json`, 'utf8')).version;

export const LIBRARIES = [
  { id: 'attune', name: `Attune ${version('.')}`.replace(/ undefined$/, ''), page: 'attune.html', start: true, paged: true },
  { id: 'surveyjs', name: `SurveyJS ${version('survey-js-ui')}`, page: 'surveyjs.html', paged: true },
  // LHC-Forms has no one-question-per-page mode
  { id: 'lforms', name: `LHC-Forms ${version('lforms')}`, page: 'lforms.html', paged: false },
];

/**
 * The floor every figure is a ratio to: the same 20 PCL-5 fieldsets as plain HTML with no script
 * (tools/bench/pages.mjs writes it). Not a library: it is in the first-render and DOM-node runs only.
 */
export const FLOOR = { id: 'static', name: 'Static HTML (no script)', page: 'static.html' };

/** Query string for a page: n screeners, mode, and for Attune skip the introduction (start()). */
export function query(lib, { n = 1, mode = 'page', start = true } = {}) {
  const q = new URLSearchParams();
  if (n !== 1) q.set('n', String(n));
  if (mode !== 'page') q.set('mode', mode);
  if (lib.start && start) q.set('start', '');
  const s = q.toString().replace(/=(&|$)/g, '$1');
  return s ? `?${s}` : '';
}
