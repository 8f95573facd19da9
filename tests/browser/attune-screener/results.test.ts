// What the client sees on finishing: results="none|summary|full" and the thanks slot.
import { expect, html } from '@open-wc/testing';
import { answerAllShown, choose, click, focused, mount, part, text, type Screener, has } from '../helpers.js';

const started = async (el: Screener) => {
  await click(el, part(el, 'start-button'));
  return el;
};

describe('<attune-screener> results policy', () => {
  async function finishPcl(results?: string) {
    const el = await started(await mount(html`<attune-screener instrument="pcl-5" results=${results ?? 'none'}></attune-screener>`));
    await answerAllShown(el, 3); // total 60: above the cutoff
    await click(el, part(el, 'finish-button'));
    return el;
  }

  it('none (default): a thank-you, focus on it, and no score anywhere', async () => {
    const el = await finishPcl();
    expect(part(el, 'results')!.textContent).to.contain('Thank you');
    expect(focused(el)!.textContent).to.equal('Thank you');
    expect(has(el, 'summary')).to.equal(false);
    expect(has(el, 'full-results')).to.equal(false);
    expect(text(el)).not.to.match(/\b60\b/);
  });

  it('summary: the plain-language sentence for the outcome, not a number, and "not a diagnosis"', async () => {
    const el = await finishPcl('summary');
    const summary = part(el, 'summary')!.textContent;
    expect(summary).to.contain('have troubled you a lot in the past month');
    expect(summary).to.contain('not a diagnosis');
    expect(summary).not.to.match(/\d/);
  });

  it('full: the plain sentences, then every score in words with the questions it adds up and its range; no rule, label or cutoff', async () => {
    const el = await finishPcl('full');
    const full = part(el, 'full-results')!.textContent.replace(/\s+/g, ' ');
    expect(full).to.contain('have troubled you a lot in the past month');
    expect(full).to.contain('not a diagnosis');
    const rows = [...part(el, 'scores')!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Your answers to questions 1–20 add up to 60, on a range of 0 to 80.',
      'Your answers to questions 1–5 add up to 15, on a range of 0 to 20.',
      'Your answers to questions 6–7 add up to 6, on a range of 0 to 8.',
      'Your answers to questions 8–14 add up to 21, on a range of 0 to 28.',
      'Your answers to questions 15–20 add up to 18, on a range of 0 to 24.',
    ]);
    // the clinician's view holds the rule outcomes, the diagnostic labels and the cutoff, never the client's
    for (const gone of ['rules-table', 'scores-table', 'bands-table']) expect(has(el, gone), gone).to.equal(false);
    for (const word of ['Met', 'provisional', 'PTSD', 'cutoff', 'Cluster']) expect(full, word).not.to.contain(word);
  });

  it('the thanks slot replaces the default message', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5"><p slot="thanks">We will call you this week.</p></attune-screener>`);
    await started(el);
    await choose(el, 'exposure', 0);
    await click(el, part(el, 'finish-button'));
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="thanks"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('We will call you this week.');
  });
});
