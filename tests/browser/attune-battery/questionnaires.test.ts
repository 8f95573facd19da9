// <attune-battery>: one introduction, one progress, the PCL-5 only after a positive PC-PTSD-5, one
// completion event with every result, and one submission; completed by keyboard alone.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BatterySubmissionSchema, getInstrument, score } from '../../../src/core.js';
import type { AttuneBattery, AttuneBatteryCompleteDetail, AttuneSubmitDetail } from '../../../src/index.js';
import '../../../src/define.js';
import { answerAllShown, choose, part } from '../helpers.js';
import { current, finishCurrent, inBattery, mountBattery, progress } from './battery-helpers.js';

/** PC-PTSD-5 with 2 (negative, below 3) or 3 (positive) "Yes" answers. */
async function pcPtsd5(b: AttuneBattery, yes: number) {
  const el = await current(b);
  expect(el.instrumentDefinition!.id).to.equal('pc-ptsd-5');
  await choose(el, 'exposure', 1);
  for (let i = 1; i <= 5; i++) await choose(el, String(i), i <= yes ? 1 : 0);
  await finishCurrent(b);
}

describe('<attune-battery>', () => {
  it('introduces every questionnaire once, then runs each without its own introduction', async () => {
    const b = await mountBattery(html`<attune-battery instruments="pc-ptsd-5 pcl-5 gad-7"></attune-battery>`);
    const intro = inBattery(b, 'intro')!.textContent.replace(/\s+/g, ' ');
    expect([...inBattery(b, 'instrument-list')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(
      ['pc-ptsd-5', 'pcl-5', 'gad-7'].map((id) => getInstrument(id)!.title),
    );
    expect(intro).to.contain('There are up to 3 short questionnaires');
    expect(intro).to.contain('you can stop at any point');
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    expect(progress(b)).to.equal('Questionnaire 1 of 3');
    expect(part(el, 'start-button')).to.equal(null);
    expect(part(el, 'question')).not.to.equal(null);
  });

  it('a negative PC-PTSD-5 skips the PCL-5: one attune-complete with every result, and the skip says why', async () => {
    const b = await mountBattery(html`<attune-battery instruments="pc-ptsd-5 pcl-5 gad-7"></attune-battery>`);
    const completes: Event[] = [];
    document.addEventListener('attune-complete', (e) => completes.push(e));
    inBattery(b, 'start-button')!.click();
    await pcPtsd5(b, 2);
    const next = await current(b);
    expect(next.instrumentDefinition!.id).to.equal('gad-7');
    expect(progress(b)).to.equal('Questionnaire 2 of 2');
    await answerAllShown(next, 1);
    const done = oneEvent(b, 'attune-complete');
    await finishCurrent(b);
    const { detail } = (await done) as CustomEvent<AttuneBatteryCompleteDetail>;
    expect(detail.results.map((r) => r.instrument.id)).to.deep.equal(['pc-ptsd-5', 'gad-7']);
    expect(detail.results[0]).to.deep.equal({ ...score('pc-ptsd-5', { exposure: 1, '1': 1, '2': 1, '3': 0, '4': 0, '5': 0 }), language: 'en' });
    expect(detail.results[0]!.rules.positive).to.equal(false);
    expect(detail.results[1]!.scales.total).to.equal(7);
    expect(detail.skipped).to.deep.equal([{ instrument: 'pcl-5', reason: 'pc-ptsd-5 rule "positive" was not met' }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(completes).to.have.length(1);
    expect(completes[0]!.target).to.equal(b);
    await b.updateComplete;
    expect(inBattery(b, 'results')!.textContent).to.contain('You have finished the questionnaires');
    expect(b.shadowRoot!.activeElement!.id).to.equal('title');
  });

  it('a positive PC-PTSD-5 asks the PCL-5 next', async () => {
    const b = await mountBattery(html`<attune-battery instruments="pc-ptsd-5 pcl-5 gad-7"></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    await pcPtsd5(b, 3);
    const next = await current(b);
    expect(next.instrumentDefinition!.id).to.equal('pcl-5');
    expect(progress(b)).to.equal('Questionnaire 2 of 3');
  });

  it('gating is configurable: [] asks everything; an invalid list is reported and the default used', async () => {
    const b = await mountBattery(html`<attune-battery instruments="pc-ptsd-5 pcl-5" .gating=${[]}></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    await pcPtsd5(b, 0);
    expect((await current(b)).instrumentDefinition!.id).to.equal('pcl-5');

    const bad = await fixture<AttuneBattery>(html`<attune-battery instruments="pc-ptsd-5 pcl-5"></attune-battery>`);
    setTimeout(() => (bad.gating = [{ ask: 'pcl-5' }] as never));
    const { detail } = await oneEvent(bad, 'attune-error');
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.problems).to.deep.equal([{ path: '[0].when.instrument', message: 'the id of the earlier instrument' }]);
  });

  it('an unknown instrument shows a calm problem and fires attune-error', async () => {
    const b = await fixture<AttuneBattery>(html`<attune-battery></attune-battery>`);
    setTimeout(() => (b.instruments = 'pc-ptsd-5 nonsense'));
    const { detail } = await oneEvent(b, 'attune-error');
    expect(detail.code).to.equal('unknown-instrument');
    await b.updateComplete;
    expect(inBattery(b, 'problem')).not.to.equal(null);
  });

  it('sends one submission with every completion and the skip, in the documented shape', async () => {
    const url = `/__attune-test/endpoints/battery-${Date.now()}`;
    const b = await mountBattery(html`<attune-battery instruments="pc-ptsd-5 pcl-5 gad-7" submit-url=${url}></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    await pcPtsd5(b, 1);
    const gad = await current(b);
    await answerAllShown(gad, 2);
    const submitted = oneEvent(b, 'attune-submit');
    await finishCurrent(b);
    const { detail } = (await submitted) as CustomEvent<AttuneSubmitDetail>;
    await new Promise((r) => setTimeout(r, 100));
    const log = await (await fetch(`${url}/log`)).json();
    expect(log.requests).to.have.length(1);
    const body = log.stored[detail.idempotencyKey];
    expect(BatterySubmissionSchema.safeParse(body).success).to.equal(true);
    expect(body.battery.instruments).to.deep.equal(['pc-ptsd-5', 'pcl-5', 'gad-7']);
    expect(body.completions.map((c: { instrument: { id: string } }) => c.instrument.id)).to.deep.equal(['pc-ptsd-5', 'gad-7']);
    expect(body.skipped.map((s: { instrument: string }) => s.instrument)).to.deep.equal(['pcl-5']);
    await b.updateComplete;
    expect(inBattery(b, 'submission-status')!.textContent).to.contain('Your answers have reached the practice.');
  });
});
