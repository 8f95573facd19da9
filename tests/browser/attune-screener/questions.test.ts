// The questions in page mode: native radios as published, the error summary, events, cutoff, the PC-PTSD-5 gate.
import { expect, html, oneEvent } from '@open-wc/testing';
import { score } from '../../../src/core.js';
import pcl5Reference from '../../reference/pcl5.json' with { type: 'json' };
import { answerAllShown, choose, click, focused, mount, part, parts, type Screener } from '../helpers.js';

const started = async (el: Screener) => {
  await click(el, part(el, 'start-button'));
  return el;
};

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
    expect(complete.detail.result).to.deep.equal({ ...score('pcl-5', answers), language: 'en' });
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
