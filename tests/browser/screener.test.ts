import { expect, html, oneEvent } from '@open-wc/testing';
import { score } from '../../src/core.js';
import pcl5Reference from '../reference/pcl5.json' with { type: 'json' };
import { answerAllShown, choose, click, focused, legends, mount, part, parts, text, type Screener, has } from './helpers.js';

const started = async (el: Screener) => {
  await click(el, part(el, 'start-button'));
  return el;
};

describe('<attune-screener> introduction', () => {
  it('says what the questionnaire is, its time frame, its length, and that the client may stop', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    const intro = part(el, 'intro')!.textContent.replace(/\s+/g, ' ');
    expect(intro).to.contain('PTSD Checklist for DSM-5 (PCL-5)');
    expect(intro).to.contain('The questions ask about the past month.');
    expect(intro).to.contain('There are 20 questions. It usually takes about 10 minutes.');
    expect(intro).to.contain('you can stop at any point');
    expect(has(el, 'experience')).to.equal(false);
  });

  it("names the practice's experience without changing any question", async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" experience="discovering your partner's betrayal"></attune-screener>`);
    expect(part(el, 'experience')!.textContent).to.contain("discovering your partner's betrayal");
    await started(el);
    expect(legends(el)).to.deep.equal(pcl5Reference.items.map((i) => `${i.n}. ${i.text}`));
    expect(text(el)).not.to.contain('betrayal');
  });

  it('shows the attribution the licence asks for', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`);
    expect(part(el, 'attribution')!.textContent).to.contain('Prins et al. (2016)');
  });
});

describe('<attune-screener> questions (page mode)', () => {
  it('renders every PCL-5 item as a fieldset of five native radios labelled as published', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`));
    const fieldsets = parts(el, 'question');
    expect(fieldsets).to.have.length(20);
    for (const fieldset of fieldsets) {
      expect(fieldset.tagName).to.equal('FIELDSET');
      const radios = [...fieldset.querySelectorAll('input')];
      expect(radios.map((r) => r.type)).to.deep.equal(Array(5).fill('radio'));
      expect(radios.map((r) => r.closest('label')!.textContent.trim())).to.deep.equal(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);
    }
    expect(part(el, 'stem')!.textContent).to.equal('In the past month, how much were you bothered by:');
    expect(part(el, 'instructions')!.textContent).to.contain('Please read each problem carefully');
  });

  it('finishing with questions unanswered shows an error summary that takes focus and links to each one', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`));
    for (let id = 1; id <= 20; id++) if (id !== 3 && id !== 17) await choose(el, String(id), 1);
    await click(el, part(el, 'finish-button'));
    const summary = part(el, 'error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = parts<HTMLAnchorElement>(el, 'error-link');
    expect(links.map((a) => a.textContent.trim())).to.deep.equal([`Question 3: ${pcl5Reference.items[2]!.text}`, `Question 17: ${pcl5Reference.items[16]!.text}`]);
    // each unanswered question is marked and described by its message
    const q3 = el.shadowRoot!.querySelector('#question-3')!;
    expect(q3.hasAttribute('data-invalid')).to.equal(true);
    expect(el.shadowRoot!.getElementById(q3.getAttribute('aria-describedby')!)!.textContent).to.equal('Choose one answer for this question.');

    await click(el, links[1]!);
    expect(focused(el)).to.equal(el.shadowRoot!.querySelector('#question-17 input'));

    await choose(el, '17', 2);
    expect(parts(el, 'error-link')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('#question-17')!.hasAttribute('data-invalid')).to.equal(false);
  });

  it('fires attune-change for each answer and attune-complete with the validated result', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`));
    setTimeout(() => void choose(el, '5', 3));
    const change = await oneEvent(el, 'attune-change');
    expect(change.detail).to.deep.include({ itemId: '5', value: 3, instrument: { id: 'pcl-5', version: '1.0.0' } });
    expect(change.bubbles && change.composed).to.equal(true);

    for (let id = 1; id <= 20; id++) await choose(el, String(id), id % 5);
    setTimeout(() => part(el, 'finish-button')!.click());
    const complete = await oneEvent(el, 'attune-complete');
    const answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), (i + 1) % 5]));
    expect(complete.detail.answers).to.deep.equal(answers);
    expect(complete.detail.result).to.deep.equal(score('pcl-5', answers));
    expect(complete.detail.result.scales).to.deep.equal({ total: 40, B: 10, C: 3, D: 17, E: 10 });
    expect(el.result).to.deep.equal(complete.detail.result);
  });

  it('a double click on Finish completes once', async () => {
    const el = await started(await mount(html`<attune-screener instrument="gad-7"></attune-screener>`));
    await answerAllShown(el, 1);
    let completions = 0;
    el.addEventListener('attune-complete', () => completions++);
    const finish = part(el, 'finish-button')!;
    finish.click();
    finish.click();
    await el.updateComplete;
    expect(completions).to.equal(1);
  });

  it('the cutoff attribute changes the rule, within the published range', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pcl-5" cutoff="31"></attune-screener>`));
    // 15 items at 2 and one at 1: total 31
    for (let id = 1; id <= 20; id++) await choose(el, String(id), id <= 15 ? 2 : id === 16 ? 1 : 0);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result.scales.total).to.equal(31);
    expect(detail.result.rules['above-cutoff']).to.equal(true);
    expect(detail.result.settings).to.deep.equal({ cutoff: 31 });
  });
});

describe('<attune-screener> PC-PTSD-5 gate', () => {
  it('"NO" to the exposure question hides the five items and finishes with a total of 0', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`));
    expect(parts(el, 'question')).to.have.length(6);
    expect(parts(el, 'section-list')[0]!.querySelectorAll('li')).to.have.length(6);
    await choose(el, 'exposure', 0);
    expect(parts(el, 'question').map((f) => f.id)).to.deep.equal(['question-exposure']);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.answers).to.deep.equal({ exposure: 0 });
    expect(detail.result).to.deep.include({ status: 'complete', scales: { total: 0 }, rules: { positive: false } });
  });

  it('"YES" asks the five items; three "Yes" is a positive screen at the default cut-point', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`));
    await choose(el, 'exposure', 1);
    for (const id of ['1', '2', '3']) await choose(el, id, 1);
    for (const id of ['4', '5']) await choose(el, id, 0);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result).to.deep.include({ scales: { total: 3 }, rules: { positive: true } });
  });

  it('answers given before switching to "NO" are not submitted', async () => {
    const el = await started(await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`));
    await choose(el, 'exposure', 1);
    await choose(el, '1', 1);
    await choose(el, 'exposure', 0);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.answers).to.deep.equal({ exposure: 0 });
  });
});

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
