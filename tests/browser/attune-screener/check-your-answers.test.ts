// "Check your answers" in paged mode: every answer listed, Change and back, Back to the last question.
import { expect, html, oneEvent } from '@open-wc/testing';

import { choose, click, focused, has, legends, mount, pagedTo, part, parts, resetClientConditions, start } from '../helpers.js';

afterEach(resetClientConditions);

describe('check your answers (paged mode)', () => {
  it('lists every answer; Change goes to that question and comes back; Finish submits the changed answer', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
    await start(el);
    await choose(el, 'exposure', 1);
    await click(el, part(el, 'next-button'));
    await pagedTo(el, 4, 1);
    await choose(el, '5', 0);
    await click(el, part(el, 'review-button'));
    expect(focused(el)!.textContent).to.equal('Check your answers');
    const rows = parts(el, 'review-row');
    expect(rows).to.have.length(6);
    expect(rows[3]!.querySelector('dt')!.textContent.replace(/\s+/g, ' ').trim()).to.match(/^3\. /);
    expect(rows[3]!.querySelector('.review-answer')!.textContent).to.equal('Yes');
    // each Change has a name of its own for screen readers
    expect(rows[3]!.querySelector('button')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Change your answer to question 3');

    await click(el, rows[3]!.querySelector('button'));
    expect((focused(el) as HTMLInputElement).name).to.equal('item-3');
    await choose(el, '3', 0);
    expect(has(el, 'next-button')).to.equal(false);
    await click(el, part(el, 'review-button'));
    expect(part(el, 'review-row')).to.not.equal(null);
    expect(parts(el, 'review-row')[3]!.querySelector('.review-answer')!.textContent).to.equal('No');
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.answers).to.deep.equal({ exposure: 1, 1: 1, 2: 1, 3: 0, 4: 1, 5: 0 });
  });

  it('Back from the review goes to the last question', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
    await start(el);
    await choose(el, 'exposure', 0);
    await click(el, part(el, 'review-button'));
    await click(el, part(el, 'back-button'));
    expect(legends(el)).to.have.length(1);
    expect(part(el, 'question')!.id).to.equal('question-exposure');
    expect(focused(el)!.tagName).to.equal('LEGEND');
  });
});
