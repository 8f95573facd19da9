// The page-wide announcer (src/elements/internal/announcer.ts), run on every element: one role="status"
// region for the whole page, shared by every Attune element and removed with the last; what one task
// says is said once.
import { expect, fixture, html } from '@open-wc/testing';
import { announcement } from '../helpers.js';
import { type ElementSubject, isClient } from './subjects.js';

const regions = () => [...document.querySelectorAll('[data-attune-announcer]')];

/** Every text the page's live region holds while `act` runs and the elements settle. */
async function heard(act: () => void | Promise<void>, settle: () => Promise<void>) {
  const said: string[] = [];
  const record = () => said.push(announcement());
  const onRegion = new MutationObserver(record);
  const watch = () => {
    const region = regions()[0]?.shadowRoot?.querySelector('[role="status"]');
    if (region) onRegion.observe(region, { childList: true, characterData: true, subtree: true });
  };
  // the region is made on the first thing said: catch it as it arrives, then every change to it
  const onBody = new MutationObserver(() => {
    record();
    watch();
  });
  onBody.observe(document.body, { childList: true });
  watch();
  await act();
  await settle();
  await new Promise((r) => setTimeout(r, 50));
  onRegion.disconnect();
  onBody.disconnect();
  return said.filter(Boolean);
}

/** A paged screener, started: it says "Question 1 of 6" through the page's region. */
async function speakingScreener() {
  const el = document.createElement('attune-screener');
  el.setAttribute('instrument', 'pc-ptsd-5');
  el.setAttribute('mode', 'paged');
  document.body.append(el);
  await el.ready;
  el.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  return el;
}

export function announcerSuite(subject: ElementSubject) {
  describe(`<${subject.tag}> and the page-wide announcer`, () => {
    it('one role="status" region serves every element on the page, none inside the element, and stays while any element is on the page', async () => {
      const els = [subject.create(), subject.create()];
      const wrapper = await fixture<HTMLDivElement>(html`<div>${els}</div>`);
      await Promise.all(els.map((el) => el.ready));
      const speaker = await speakingScreener();
      expect(announcement()).to.equal('Question 1 of 6');
      expect(regions()).to.have.length(1);
      expect(regions()[0]!.shadowRoot!.querySelectorAll('[role="status"]')).to.have.length(1);
      for (const el of els) expect(subject.firstScreen(el).querySelectorAll('[role="status"], [aria-live]')).to.have.length(0);
      // the region belongs to the page, not to the element that first spoke: it stays while these are on the page
      speaker.remove();
      expect(regions()).to.have.length(1);
      els[0]!.remove();
      expect(regions()).to.have.length(1);
      wrapper.remove();
      expect(regions()).to.have.length(0);
    });

    if (!isClient(subject)) return;

    it('what one task says is said once: two elements moving on together are heard once', async () => {
      const els = [subject.create({ mode: 'paged' }), subject.create({ mode: 'paged' })];
      await fixture<HTMLDivElement>(html`<div>${els}</div>`);
      await Promise.all(els.map((el) => el.ready));
      const starts = els.map((el) => subject.firstScreen(el).querySelector<HTMLElement>('[part~="start-button"]')!);
      const said = await heard(
        () => starts.forEach((b) => b.click()),
        async () => {
          for (const el of els) await subject.settle(el);
        },
      );
      expect(said.length).to.be.greaterThan(0);
      for (const text of said) {
        const phrases = text.split(/(?=Question)/).map((p) => p.trim());
        expect(new Set(phrases).size, text).to.equal(phrases.length);
      }
      expect(said.at(-1)).to.contain('Question 1 of 6');
    });
  });
}
