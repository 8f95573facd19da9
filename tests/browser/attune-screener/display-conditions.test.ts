// Display conditions: 320 CSS pixels (400% zoom), reduced motion, forced colours.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { choose, click, mount, part, resetClientConditions, start } from '../helpers.js';
import { storedPcl5 } from '../examples/client-screens.js';

afterEach(resetClientConditions);

describe('display conditions', () => {
  it('at 320 CSS pixels (400% zoom) the review, support panel and resume screens reflow without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      sessionStorage.setItem('attune:pcl-5:narrow', storedPcl5(3));
      const states = [
        await mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="narrow"></attune-screener>`),
        await (async () => {
          const e = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
          e.crisisResources = [
            { name: 'A crisis line with a long name for narrow screens', phone: '+44 116 123', url: 'https://example.org/a/very/long/path/that/could/overflow' },
          ];
          await start(e);
          await choose(e, '9', 1);
          return e;
        })(),
        await (async () => {
          const e = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
          await start(e);
          await choose(e, 'exposure', 0);
          await click(e, part(e, 'review-button'));
          return e;
        })(),
      ];
      for (const el of states) {
        expect(document.documentElement.scrollWidth, el.getAttribute('instrument')!).to.be.at.most(320);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(320.5);
      }
      // and every new target is still at least 24 by 24
      for (const t of states.flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, .safety a')])) {
        const box = t.getBoundingClientRect();
        expect(box.width >= 24 && box.height >= 24, t.textContent).to.equal(true);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prefers-reduced-motion: no transition or animation runs', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await start(el);
    await choose(el, '9', 1);
    for (const node of [part(el, 'safety')!, part(el, 'exit-button')!, part(el, 'option')!]) {
      const style = getComputedStyle(node);
      expect([style.transitionDuration, style.animationName], node.tagName).to.deep.equal(['0s', 'none']);
    }
  });

  it('forced colours: the support panel and the review keep visible system-colour borders', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const probe = await fixture<HTMLDivElement>(html`<div style="color: CanvasText"></div>`);
    const canvasText = getComputedStyle(probe).color;
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await start(el);
    await choose(el, '9', 1);
    const panel = getComputedStyle(part(el, 'safety')!);
    expect(panel.borderTopStyle).to.equal('solid');
    expect(panel.borderTopColor).to.equal(canvasText);
  });
});
