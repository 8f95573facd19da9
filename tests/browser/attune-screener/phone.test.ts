// The client on a phone: "Leave this page" stays in view while the client scrolls, at 360 and 320 CSS
// pixels wide, on the questions, the review and the results; the Shift hint shows only where a
// keyboard is likely (a fine pointer that hovers).
import { expect, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { answerAllShown, choose, click, mount, part, type Screener } from '../helpers.js';

async function exitStaysInView(el: Screener, where: string) {
  for (const y of [400, 1200, document.documentElement.scrollHeight]) {
    window.scrollTo(0, Math.min(y, el.getBoundingClientRect().bottom + window.scrollY - 200));
    await new Promise((r) => requestAnimationFrame(r));
    const box = part(el, 'exit-button')!.getBoundingClientRect();
    expect(box.top, `${where}, scrolled to ${y}`).to.be.at.least(0);
    expect(box.bottom, `${where}, scrolled to ${y}`).to.be.at.most(window.innerHeight);
  }
  window.scrollTo(0, 0);
}

describe('on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 320]) {
    it(`${width} px: the exit stays in view on the questions, the review and the results`, async () => {
      await setViewport({ width, height: 640 });
      const page = await mount(html`<attune-screener instrument="pcl-5" results="full"></attune-screener>`);
      await click(page, part(page, 'start-button'));
      await exitStaysInView(page, 'page mode questions');
      await answerAllShown(page, 2);
      setTimeout(() => part(page, 'finish-button')!.click());
      await oneEvent(page, 'attune-complete');
      await page.updateComplete;
      await exitStaysInView(page, 'results');
      page.remove();

      const paged = await mount(html`<attune-screener instrument="phq-9" mode="paged"></attune-screener>`);
      await click(paged, part(paged, 'start-button'));
      for (let i = 1; i <= 9; i++) {
        await choose(paged, String(i), 1);
        await click(paged, part(paged, 'next-button'));
      }
      await click(paged, part(paged, 'review-button'));
      await exitStaysInView(paged, 'review with support');
      paged.remove();
    });
  }

  it('the Shift hint follows the pointer: shown with a fine hovering pointer, hidden otherwise', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    const keyboardLikely = matchMedia('(hover: hover) and (pointer: fine)').matches;
    expect(getComputedStyle(part(el, 'exit-hint')!).display !== 'none').to.equal(keyboardLikely);
    // (a touch-only device is emulated in tests/e2e/client-safety.test.ts, where the hint is hidden)
  });
});
