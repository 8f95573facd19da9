// `node tools/bench/timeline.mjs [--questions] [--loads N] [--no-build]`: where the time of one Attune
// load goes, printed per load (ms from navigation start): the HTML's response, each file the page
// fetched (queued, a new connection if one was opened, request sent, last byte: Resource Timing), when
// <attune-screener> was defined, each render of it (start, duration, stage), the first contentful
// paint, and when the introduction (or, with --questions, all 20 questions after start()) was in the
// DOM and then painted. For finding what to take off the path to first paint; writes nothing. The
// figures to quote come from bench.mjs.
import { rmSync } from 'node:fs';
import { buildAll, builtAt } from './build.mjs';
import { writePages, mounts } from './pages.mjs';
import { serve } from './server.mjs';
import { launch, freshContext } from './browser.mjs';
import { probe } from './probe.mjs';
import { ITEMS, LIBRARIES, OPTIONS_PER_ITEM, query } from './cases.mjs';

const argv = process.argv.slice(2);
const questions = argv.includes('--questions');
const loads = Number(argv[argv.indexOf('--loads') + 1]) || 5;
const BENCH = '.bench';
if (!argv.includes('--no-build') || !builtAt(`${BENCH}/dist`)) {
  rmSync(`${BENCH}/dist`, { recursive: true, force: true });
  await buildAll(`${BENCH}/dist`);
}
writePages(`${BENCH}/pages`);

// Runs in the page before its scripts: wraps the screener's update() when the element is defined.
function watchRenders() {
  const log = (window.__timeline = []);
  const define = customElements.define;
  customElements.define = function (name, element, options) {
    log.push({ at: performance.now(), what: `defined <${name}>` });
    if (name === 'attune-screener') {
      const update = element.prototype.update;
      element.prototype.update = function (changed) {
        const at = performance.now();
        update.call(this, changed);
        log.push({
          at,
          what: `render ${(performance.now() - at).toFixed(1)} ms (${this.instrumentDefinition ? (this.result ? 'done' : 'with the definition') : 'before the definition'})`,
        });
      };
    }
    return define.call(this, name, element, options);
  };
}

const attune = LIBRARIES.find((l) => l.id === 'attune');
const server = await serve(mounts(BENCH));
const browser = await launch();
try {
  for (let i = 0; i < loads; i++) {
    const ctx = await freshContext(browser, server.origin);
    const page = await ctx.newPage();
    await page.addInitScript(probe, questions ? { radios: ITEMS * OPTIONS_PER_ITEM } : { part: 'start-button' });
    await page.addInitScript(watchRenders);
    await page.goto(`${server.origin}/pages/${attune.page}${query(attune, { start: questions })}`, { waitUntil: 'load' });
    const seen = await page.evaluate(() => window.__bench.loaded);
    const events = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const out = [{ at: nav.responseEnd, what: 'HTML received' }, ...window.__timeline];
      for (const r of performance.getEntriesByType('resource')) {
        const file = new URL(r.name).pathname.split('/').pop();
        out.push({ at: r.startTime, what: `${file}: queued` }, { at: r.requestStart, what: `${file}: requested` }, { at: r.responseEnd, what: `${file}: received` });
        if (r.connectEnd > r.connectStart) out.push({ at: r.connectStart, what: `${file}: connecting` }, { at: r.connectEnd, what: `${file}: connected` });
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) out.push({ at: fcp.startTime, what: 'first contentful paint' });
      return out;
    });
    events.push({ at: seen.readyAt, what: questions ? '20 questions in the DOM' : 'introduction in the DOM' }, { at: seen.paintAt, what: 'painted' });
    console.log(`load ${i + 1}:`);
    for (const e of events.filter((e) => e.at > 0).sort((a, b) => a.at - b.at)) console.log(`${e.at.toFixed(1).padStart(8)}  ${e.what}`);
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}
