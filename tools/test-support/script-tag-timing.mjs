// When a page's instrument wording starts downloading, against when the script tag's own code has
// finished downloading, read from the page's Resource Timing entries (milliseconds since navigation
// start). The script tag is a small loader (dist/attune.iife.js) that imports the elements' code
// (dist/client/attune.js) and, in the same moment, hints each instrument the page names: the wording
// must start no later than the elements' code finishes (`lead` ≥ 0), where it used to wait for that
// code to run (a second round trip). Used by tests/e2e/script-tag-loading.test.ts, and by the bench.

/** Reads the figures in a Playwright page that loaded the script tag and shows `instrument`. */
export async function wordingTiming(page, instrument) {
  return page.evaluate((id) => {
    const entries = performance.getEntriesByType('resource');
    const find = (suffix) => entries.find((e) => new URL(e.name).pathname.endsWith(suffix));
    const loader = find('/attune.iife.js');
    const elements = find('/client/attune.js');
    const wording = find(`/instruments/${id}.js`);
    if (!loader || !elements || !wording) {
      const seen = entries.map((e) => new URL(e.name).pathname).join(', ');
      throw new Error(`wordingTiming: no resource entry for the loader, the elements' code or instruments/${id}.js (seen: ${seen})`);
    }
    return {
      loaderEnd: loader.responseEnd,
      scriptEnd: elements.responseEnd,
      wordingStart: wording.startTime,
      wordingEnd: wording.responseEnd,
      lead: elements.responseEnd - wording.startTime,
    };
  }, instrument);
}
