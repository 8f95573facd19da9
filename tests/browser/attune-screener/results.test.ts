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

  it('full: every scale with its range, the rules as provisional, and the cutoff used', async () => {
    const el = await finishPcl('full');
    const rows = [...part(el, 'scores-table')!.querySelectorAll('tbody tr')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Total symptom severity 60 0–80',
      'Cluster B: intrusion 15 0–20',
      'Cluster C: avoidance 6 0–8',
      'Cluster D: negative alterations in cognitions and mood 21 0–28',
      'Cluster E: alterations in arousal and reactivity 18 0–24',
    ]);
    expect(part(el, 'rules-table')!.textContent).to.contain('Met');
    expect(part(el, 'full-results')!.textContent).to.contain('provisional screening results, not a diagnosis');
    expect(part(el, 'full-results')!.textContent).to.contain('Total score cutoff for probable PTSD: 33');
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
