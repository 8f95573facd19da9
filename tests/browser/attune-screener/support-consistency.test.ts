// Support, once shown in a pass, stays in view on every later screen and nothing the client reads
// contradicts it; summaries weigh every rule, not only the total.
import { expect, html, oneEvent } from '@open-wc/testing';
import { en } from '../../../src/i18n/en.js';
import { enFinish } from '../../../src/i18n/en-finish.js';
import { choose, click, mount, part, parts, text, type Screener } from '../helpers.js';

const phq9AllNotAtAll = (el: Screener) =>
  Promise.all([]).then(async () => {
    for (let i = 1; i <= 9; i++) await choose(el, String(i), 0);
  });

async function finish(el: Screener) {
  setTimeout(() => part(el, 'finish-button')!.click());
  const { detail } = await oneEvent(el, 'attune-complete');
  await el.updateComplete;
  return detail;
}

describe('support stays consistent', () => {
  it('PHQ-9 item 9 "Nearly every day" with a total of 3: no "below the level" sentence beside the support panel', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" results="summary"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    await phq9AllNotAtAll(el);
    await choose(el, '9', 3);
    const detail = await finish(el);
    expect(detail.result.scales.total).to.equal(3);
    expect(part(el, 'safety'), 'support on the results').to.not.equal(null);
    const summary = part(el, 'summary')!.textContent;
    expect(summary).to.not.contain('less often than the level');
    expect(summary).to.contain(enFinish.summarySupport);
    expect(part(el, 'safety')!.textContent).to.contain(en.safetyContinue('done'));
    expect(text(el)).to.not.contain('carry on with the questions');
  });

  it('paged: support on the question, the review and the results, worded for each screen, even after the answer is changed back', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" mode="paged" results="full"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    for (let i = 1; i <= 8; i++) {
      await choose(el, String(i), 0);
      await click(el, part(el, 'next-button'));
    }
    await choose(el, '9', 1);
    expect(part(el, 'safety')!.textContent).to.contain(en.safetyContinue('questions'));
    await choose(el, '9', 0);
    expect(part(el, 'safety'), 'still shown after changing back').to.not.equal(null);
    // the unscored difficulty question comes after item 9
    while (!part(el, 'review-button')) await click(el, part(el, 'next-button'));
    expect(part(el, 'safety')!.textContent, 'on the last question').to.contain(en.safetyContinue('questions'));
    await click(el, part(el, 'review-button'));
    expect(part(el, 'review')).to.not.equal(null);
    expect(part(el, 'safety')!.textContent).to.contain(en.safetyContinue('review'));
    expect(text(el)).to.not.contain('carry on with the questions');
    const detail = await finish(el);
    expect(detail.result.flags).to.deep.equal([]);
    expect(detail.result.supportShown).to.deep.equal(['self-harm']);
    expect(el.result!.supportShown).to.deep.equal(['self-harm']);
    expect(part(el, 'safety')!.textContent).to.contain(en.safetyContinue('done'));
    expect(part(el, 'full-results')!.textContent).to.not.contain('less often than the level');
    expect(part(el, 'full-results')!.textContent).to.contain(enFinish.summarySupport);
  });

  it('the thank-you screen (results="none") keeps the support panel', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    await phq9AllNotAtAll(el);
    await choose(el, '9', 2);
    await finish(el);
    expect(part(el, 'results')).to.not.equal(null);
    expect(part(el, 'safety')).to.not.equal(null);
  });

  it('PCL-5: the DSM-5 symptom pattern met with a low total is never told it is below the level for a closer look', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" results="summary"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    const moderately = new Set(['1', '6', '8', '9', '15', '16']);
    for (let i = 1; i <= 20; i++) await choose(el, String(i), moderately.has(String(i)) ? 2 : 0);
    const detail = await finish(el);
    expect(detail.result.scales.total).to.equal(12);
    expect(detail.result.rules).to.deep.include({ 'provisional-ptsd': true, 'above-cutoff': false });
    const summary = part(el, 'summary')!.textContent;
    expect(summary).to.not.contain('less than the level');
    expect(summary).to.contain(enFinish.summaryPattern);
  });

  it('PCL-5 with nothing met still reads the plain "not met" sentence', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" results="summary"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    for (let i = 1; i <= 20; i++) await choose(el, String(i), 0);
    await finish(el);
    expect(part(el, 'summary')!.textContent).to.contain('less than the level at which this questionnaire suggests a closer look');
  });
});

describe('the support panel', () => {
  const resources = [{ name: 'Harbour Street Counselling', phone: '555 0100', url: 'https://example.org/help' }];

  async function raised(el: Screener) {
    await click(el, part(el, 'start-button'));
    await choose(el, '9', 1);
    return part(el, 'safety')!;
  }

  it('keeps the emergency line beneath the crisis slot and crisisResources', async () => {
    const slotted = await mount(html`<attune-screener instrument="phq-9"><p slot="crisis">Call the office: 555 0100</p></attune-screener>`);
    expect((await raised(slotted)).textContent).to.contain(en.safetyEmergency);
    const listed = await mount(html`<attune-screener instrument="phq-9" .crisisResources=${resources}></attune-screener>`);
    expect((await raised(listed)).textContent).to.contain(en.safetyEmergency);
  });

  it("replace-emergency-line lets the practice's resources replace it, and never leaves the panel empty", async () => {
    const slotted = await mount(html`<attune-screener instrument="phq-9" replace-emergency-line><p slot="crisis">Call the office</p></attune-screener>`);
    const panel = await raised(slotted);
    const fallback = panel.querySelector('slot')!.assignedNodes().length;
    expect(fallback, 'the slot is filled').to.equal(1);
    expect([...panel.querySelectorAll(':scope > p')].map((p) => p.textContent)).to.not.include(en.safetyEmergency);
    const listed = await mount(html`<attune-screener instrument="phq-9" replace-emergency-line .crisisResources=${resources}></attune-screener>`);
    expect((await raised(listed)).textContent).to.not.contain(en.safetyEmergency);
    const nothingGiven = await mount(html`<attune-screener instrument="phq-9" replace-emergency-line></attune-screener>`);
    expect((await raised(nothingGiven)).textContent).to.contain(en.safetyEmergency);
  });

  it('every link of the panel is a 44 px target', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" .crisisResources=${resources}></attune-screener>`);
    await raised(el);
    const links = parts(el, 'safety').flatMap((p) => [...p.querySelectorAll('a')]);
    expect(links.length).to.equal(2);
    for (const a of links) expect(a.getBoundingClientRect().height, a.textContent).to.be.at.least(44);
  });
});
