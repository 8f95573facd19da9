// When a page's instrument wording starts downloading, against when the script tag has finished
// downloading, read from the page's Resource Timing entries (milliseconds since navigation start).
// The script tag (dist/attune.iife.js) is one classic script whose first act hints each file the
// page's elements will load: the wording is asked for as soon as the script runs, one round trip after
// the script, where it once waited for a second file of code to arrive and run (two round trips).
// Used by tests/e2e/script-tag-loading.test.ts, and by the bench.

/** Reads the figures in a Playwright page that loaded the script tag and shows `instrument`. */
export async function wordingTiming(page, instrument) {
  return page.evaluate((id) => {
    const entries = performance.getEntriesByType('resource');
    const find = (suffix) => entries.find((e) => new URL(e.name).pathname.endsWith(suffix));
    const script = find('/attune.iife.js');
    const wording = find(`/instruments/${id}.js`);
    if (!script || !wording) {
      const seen = entries.map((e) => new URL(e.name).pathname).join(', ');
      throw new Error(`wordingTiming: no resource entry for the script tag or instruments/${id}.js (seen: ${seen})`);
    }
    return {
      scriptEnd: script.responseEnd,
      wordingStart: wording.startTime,
      wordingEnd: wording.responseEnd,
      // how long after the script had arrived the wording was asked for (the script's own run)
      after: wording.startTime - script.responseEnd,
    };
  }, instrument);
}
