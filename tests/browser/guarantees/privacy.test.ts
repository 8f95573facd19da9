// The widget makes no network request: no font, image, script or beacon, and no answer in a URL.
import { expect, html, oneEvent } from '@open-wc/testing';
import { answerAllShown, click, mount, part, has } from '../helpers.js';
import { customInstrument } from '../../unit/fixtures.js';

describe('privacy', () => {
  const calls: string[] = [];
  const originals = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon, WebSocket: window.WebSocket };

  beforeEach(() => {
    calls.length = 0;
    // the test page itself loads hundreds of modules: with the default buffer (250 entries) full,
    // no later request would be recorded at all and "nothing loaded" would pass unchecked
    performance.setResourceTimingBufferSize(100_000);
    performance.clearResourceTimings();
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
      return originals.fetch.call(window, input, init);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      calls.push(`xhr ${String(url)}`);
      return originals.open.call(this, method, url, true);
    };
    navigator.sendBeacon = (url: string | URL) => {
      calls.push(`beacon ${String(url)}`);
      return true;
    };
    window.WebSocket = function (url: string | URL) {
      calls.push(`websocket ${String(url)}`);
      throw new Error('blocked');
    } as unknown as typeof WebSocket;
  });
  afterEach(
    () =>
      Object.assign(window, { fetch: originals.fetch, WebSocket: originals.WebSocket }) &&
      Object.assign(XMLHttpRequest.prototype, { open: originals.open }) &&
      Object.assign(navigator, { sendBeacon: originals.beacon }),
  );

  for (const [instrument, mode] of [
    ['pcl-5', 'page'],
    ['pcl-5', 'paged'],
    ['pc-ptsd-5', 'page'],
  ] as const) {
    it(`${instrument} (${mode}), from introduction to full results, loads nothing and sends nothing`, async () => {
      const before = performance.getEntriesByType('resource').length;
      const url = location.href;
      const el = await mount(html`<attune-screener instrument=${instrument} mode=${mode} results="full"></attune-screener>`);
      await click(el, part(el, 'start-button'));
      if (mode === 'paged') {
        while (part(el, 'next-button')) {
          await answerAllShown(el, 1);
          await click(el, part(el, 'next-button'));
        }
      }
      await answerAllShown(el, 1);
      if (mode === 'paged') await click(el, part(el, 'review-button'));
      setTimeout(() => part(el, 'finish-button')!.click());
      await oneEvent(el, 'attune-complete');
      await new Promise((r) => setTimeout(r, 50));
      // the files the widget may load are the library's own: the module with this instrument's wording
      // and, in paged mode only, paged mode's screen (one file beside the script in the built bundle;
      // here, from the source tree, the screen's module and its Next and Back steps), once per page
      const own = new RegExp(`/src/(instruments/${instrument}${mode === 'paged' ? '|elements/attune-screener/paged-screen|session/paged-steps' : ''})\\.ts(\\?|$)`);
      expect(
        performance
          .getEntriesByType('resource')
          .slice(before)
          .map((e) => e.name)
          .filter((name) => !own.test(new URL(name).pathname + new URL(name).search)),
      ).to.deep.equal([]);
      expect(calls).to.deep.equal([]);
      expect(location.href).to.equal(url);
      expect(document.title).not.to.match(/\d/);
    });
  }

  it('with submit-url, the one request is the POST of the completion to that address, with no answer in any URL', async () => {
    const before = performance.getEntriesByType('resource').length;
    const endpoint = `/__attune-test/endpoints/privacy-${Date.now()}`;
    const el = await mount(html`<attune-screener instrument="pcl-5" results="full" submit-url=${endpoint}></attune-screener>`);
    await click(el, part(el, 'start-button'));
    await answerAllShown(el, 3);
    setTimeout(() => part(el, 'finish-button')!.click());
    await oneEvent(el, 'attune-submit');
    const address = new URL(endpoint, location.href).href;
    // a fetch's timing entry is recorded once its response has ended, just after the event
    for (let i = 0; i < 40 && performance.getEntriesByType('resource').length === before; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).to.deep.equal([`fetch ${address}`]);
    // besides the POST, only the library's own modules: the work of submitting and the outbox (loaded
    // by an element with an endpoint; here from the source tree, beside the script in the built bundle)
    // and this instrument's wording
    const own = /^\/src\/(delivery\/(outbox(-module|-store)?|idempotency-key)|elements\/internal\/(submission-work|page-outboxes|load-seal|load-outbox)|instruments\/pcl-5)\.ts$/;
    const requested = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => e.name);
    expect(requested.filter((name) => !(new URL(name).origin === location.origin && own.test(new URL(name).pathname)))).to.deep.equal([address]);
    expect(location.href).not.to.contain('answers');
  });

  it("a practice definition loads only the library's own validator module, from the library's own origin", async () => {
    const el = await mount(html`<attune-screener .definition=${customInstrument()}></attune-screener>`);
    expect(has(el, 'intro')).to.equal(true);
    const foreign = performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
  });
});
