// Time to first render: navigation start -> the PCL-5's 100 radio buttons in the DOM -> next paint.
// One fresh browser context (empty cache) per load; libraries interleaved so that machine noise
// and drift fall on all of them alike (each round loads every case once, in an order that turns
// from round to round); the first rounds are warm-up and dropped.
import { freshContext } from './browser.mjs';
import { FLOOR, ITEMS, LIBRARIES, OPTIONS_PER_ITEM, query } from './cases.mjs';
import { probe } from './probe.mjs';
import { stats } from './stats.mjs';

export const RENDER_CASES = [
  // the floor: the same 20 fieldsets in static HTML, no script
  { id: 'static', lib: 'static', label: 'Static HTML: 20 questions (the floor)', q: {}, ready: { radios: ITEMS * OPTIONS_PER_ITEM } },
  // what a client sees first from Attune: the introduction with its Start button
  { id: 'attune-intro', lib: 'attune', label: 'Attune: introduction (first screen)', q: { start: false }, ready: { part: 'start-button' }, waterfall: true },
  // and the questions: start() is called as soon as the introduction has rendered
  { id: 'attune', lib: 'attune', label: 'Attune: 20 questions', q: {}, ready: { radios: ITEMS * OPTIONS_PER_ITEM }, waterfall: true },
  { id: 'surveyjs', lib: 'surveyjs', label: 'SurveyJS: 20 questions', q: {}, ready: { radios: ITEMS * OPTIONS_PER_ITEM } },
  { id: 'lforms', lib: 'lforms', label: 'LHC-Forms: 20 questions', q: {}, ready: { radios: ITEMS * OPTIONS_PER_ITEM } },
];

/** Loads a page in a fresh context and waits for `ready` and the paint after it. */
export async function load(browser, origin, lib, q, ready, { timeout = 20000 } = {}) {
  const ctx = await freshContext(browser, origin);
  const page = await ctx.newPage();
  await page.addInitScript(probe, ready);
  await page.goto(`${origin}/pages/${lib.page}${query(lib, q)}`, { waitUntil: 'load', timeout });
  const t = await page.evaluate(() => window.__bench.loaded);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  return { ctx, page, ...t, fcp };
}

export const libraryOf = (id) => (id === FLOOR.id ? FLOOR : LIBRARIES.find((l) => l.id === id));

/**
 * The waterfall, from Resource Timing, against when the script tag (`attune.iife.js`, one classic
 * script whose first act hints the wording) finished downloading: `asked`, when the page asked for
 * the instrument's wording (`instruments/pcl-5.js`, its `startTime`: the time the script took to start
 * running; above a few ms it would have waited for something else, another file or the elements' code
 * running), and `gap`, when the request went out (`requestStart`, which also holds the browser's own
 * queueing while the script runs).
 */
export async function waterfall(page) {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const path = (e) => new URL(e.name).pathname;
    const script = entries.find((e) => path(e).endsWith('/attune.iife.js'));
    const wording = entries.find((e) => new URL(e.name).pathname.endsWith('/instruments/pcl-5.js'));
    if (!script || !wording) return undefined;
    return {
      asked: wording.startTime - script.responseEnd,
      gap: wording.requestStart - script.responseEnd,
      scriptEnd: script.responseEnd,
      wordingStart: wording.requestStart,
      wordingEnd: wording.responseEnd,
    };
  });
}

export async function firstRender(browser, origin, { runs, warmup = 2, log }) {
  const samples = Object.fromEntries(RENDER_CASES.map((c) => [c.id, { paint: [], fcp: [], asked: [], gap: [], wordingEnd: [] }]));
  const deadline = Date.now() + 6 * 60_000; // bounded in time as well as count
  let done = 0;
  for (let i = 0; i < runs + warmup && Date.now() < deadline; i++) {
    // the order turns each round, so that no case always follows the same one
    const order = RENDER_CASES.map((_, k) => RENDER_CASES[(k + i) % RENDER_CASES.length]);
    for (const c of order) {
      const { ctx, page, paintAt, fcp } = await load(browser, origin, libraryOf(c.lib), c.q, c.ready);
      const w = c.waterfall ? await waterfall(page) : undefined;
      await ctx.close();
      if (i < warmup) continue;
      samples[c.id].paint.push(paintAt);
      if (fcp !== undefined) samples[c.id].fcp.push(fcp);
      if (w) {
        samples[c.id].asked.push(w.asked);
        samples[c.id].gap.push(w.gap);
        samples[c.id].wordingEnd.push(w.wordingEnd);
      }
    }
    if (i >= warmup) done++;
    if (log && (i + 1) % 10 === 0) log(`  first render: ${i + 1 - Math.min(i + 1, warmup)} of ${runs} rounds`);
  }
  return {
    runs: done,
    warmup,
    cases: RENDER_CASES.map((c) => ({
      ...c,
      paint: stats(samples[c.id].paint),
      // each round's time, in round order: the report pairs the cases round by round
      rounds: samples[c.id].paint,
      fcp: stats(samples[c.id].fcp),
      ...(c.waterfall ? { asked: stats(samples[c.id].asked), gap: stats(samples[c.id].gap), wordingEnd: stats(samples[c.id].wordingEnd) } : {}),
    })),
  };
}
