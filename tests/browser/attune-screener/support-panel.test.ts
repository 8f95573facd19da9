// An endorsed safety item: support shown below it at once, announced, attune-safety, the practice's crisis
// resources and slot; never blocking finishing.
import { expect, html, oneEvent } from '@open-wc/testing';

import { announcement, answerAllShown, choose, click, errors, has, mount, pagedTo, part, resetClientConditions, start, text } from '../helpers.js';
import { score } from '../../../src/core.js';

afterEach(resetClientConditions);

describe('safety: an endorsed safety item', () => {
  it('PHQ-9 item 9 above "Not at all" shows support below it at once, announces it, and fires attune-safety', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await start(el);
    await choose(el, '8', 1);
    expect(has(el, 'safety')).to.equal(false);
    setTimeout(() => void choose(el, '9', 1));
    const { detail } = await oneEvent(el, 'attune-safety');
    await el.updateComplete;
    expect(detail).to.deep.equal({ instrument: { id: 'phq-9', version: '1.0.0' }, flags: ['self-harm'], itemId: '9' });
    const panel = part(el, 'safety')!;
    expect(panel.previousElementSibling!.id).to.equal('question-9');
    expect(panel.textContent).to.contain('If you are in danger now, call your local emergency number.');
    expect(announcement()).to.equal('Support information is shown below this question.');
    // calm, not alarm red: no colour in the panel is red-dominant
    for (const colour of [getComputedStyle(panel).borderTopColor, getComputedStyle(panel).backgroundColor, getComputedStyle(panel).color]) {
      const [r, g, b] = colour.match(/\d+/g)!.map(Number);
      expect(r! > g! + 40 && r! > b! + 40, colour).to.equal(false);
    }
  });

  it('"Not at all" raises nothing', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    let fired = 0;
    el.addEventListener('attune-safety', () => fired++);
    await start(el);
    await choose(el, '9', 0);
    expect([has(el, 'safety'), fired]).to.deep.equal([false, 0]);
  });

  it('never blocks finishing; the result carries the flag and the support stays on the thank-you screen', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" results="summary"></attune-screener>`);
    await start(el);
    await answerAllShown(el, 2);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    await el.updateComplete;
    expect(detail.result.flags).to.deep.equal(['self-harm']);
    // the scores are the manual's; the result also records that support was shown in this pass
    expect(detail.result).to.deep.equal({ ...score('phq-9', detail.answers), supportShown: ['self-harm'], language: 'en' });
    expect(has(el, 'results') && has(el, 'safety')).to.equal(true);
    // no clinician detail in the client's view: no flag name, no score
    expect(text(el)).not.to.contain('self-harm');
  });

  it('paged mode: support shows on the question, on the pages after it and on the review', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" mode="paged"></attune-screener>`);
    await start(el);
    await pagedTo(el, 8, 0);
    await choose(el, '9', 3);
    expect(has(el, 'safety')).to.equal(true);
    await click(el, part(el, 'next-button'));
    expect(has(el, 'safety')).to.equal(true);
    await click(el, part(el, 'review-button'));
    expect(has(el, 'review') && has(el, 'safety')).to.equal(true);
  });

  it("shows the practice's crisis resources, with a phone number to call; a malformed entry is reported and left out", async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    const seen = errors(el);
    el.crisisResources = [
      { name: '988 Suicide & Crisis Lifeline', phone: '988', text: 'Call or text, any time.' },
      { name: 'Our practice', url: 'javascript:alert(1)' },
    ];
    await el.updateComplete;
    await start(el);
    await choose(el, '9', 1);
    const list = part(el, 'crisis-resources')!;
    expect(list.querySelectorAll('li')).to.have.length(1);
    expect(list.textContent).to.contain('988 Suicide & Crisis Lifeline');
    expect(list.querySelector('a')!.getAttribute('href')).to.equal('tel:988');
    expect(list.querySelector('a')!.textContent).to.equal('Call 988');
    expect(seen.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    expect(seen[0]!.message).to.contain('crisisResources[1]: url must start with https://');
  });

  it("the crisis slot replaces the default line with the practice's own content", async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"><p slot="crisis">Call Harbour Street on 555 0100.</p></attune-screener>`);
    await start(el);
    await choose(el, '9', 1);
    const slot = part(el, 'safety')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Call Harbour Street on 555 0100.']);
  });
});
