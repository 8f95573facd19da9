// <attune-battery persist>: a half-finished pass comes back after a reload (which instrument, its
// answers, the resume prompt), asked once; and gating a practice sets from HTML (gating="none").
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AttuneBattery, AttuneBatteryCompleteDetail } from '../../../src/index.js';
import '../../../src/define.js';
import { choose, part, type Screener } from '../helpers.js';
import { current, finishCurrent, inBattery, mountBattery, progress } from './battery-helpers.js';

/** A reload: the element goes, and a new one with the same attributes comes. */
const again = (template: ReturnType<typeof html>) => mountBattery(template);

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('<attune-battery persist>', () => {
  const intake = () => html`<attune-battery id="intake" instruments="gad-7 phq-9" persist="session"></attune-battery>`;

  it('after a reload mid-pass, asks once, then carries on at the same instrument with its answers', async () => {
    let b = await mountBattery(intake());
    expect(part(b as unknown as Screener, 'persist-note')!.textContent).to.contain('this browser tab');
    inBattery(b, 'start-button')!.click();
    let el = await current(b);
    for (let i = 1; i <= 7; i++) await choose(el, String(i), 1);
    await finishCurrent(b);
    el = await current(b);
    expect(el.instrumentDefinition!.id).to.equal('phq-9');
    await choose(el, '1', 2);
    await choose(el, '2', 3);
    b.remove();

    b = await again(intake());
    // the battery asks, not the screener: one question about carrying on
    expect(inBattery(b, 'resume')).not.to.equal(null);
    expect(inBattery(b, 'intro')).to.equal(null);
    inBattery(b, 'resume-button')!.click();
    el = await current(b);
    expect(progress(b)).to.equal('Questionnaire 2 of 2');
    expect(el.instrumentDefinition!.id).to.equal('phq-9');
    expect(part(el, 'resume')).to.equal(null);
    expect(el.answers).to.deep.equal({ '1': 2, '2': 3 });

    // finishing gives every result, the resumed GAD-7 re-scored from its answers
    for (let i = 3; i <= 9; i++) await choose(el, String(i), 0);
    const done = oneEvent(b, 'attune-complete');
    await finishCurrent(b);
    const { detail } = (await done) as CustomEvent<AttuneBatteryCompleteDetail>;
    expect(detail.results.map((r) => [r.instrument.id, r.scales.total])).to.deep.equal([
      ['gad-7', 7],
      ['phq-9', 5],
    ]);
    // and nothing is left stored
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('attune'))).to.deep.equal([]);
  });

  it('"Start again" removes the saved pass and the answers of the instrument in progress', async () => {
    let b = await mountBattery(intake());
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, '1', 2);
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('attune')).length).to.be.greaterThan(0);
    b.remove();
    b = await again(intake());
    inBattery(b, 'restart-button')!.click();
    await b.updateComplete;
    expect(inBattery(b, 'intro')).not.to.equal(null);
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('attune'))).to.deep.equal([]);
  });

  it('the quick exit removes what the battery and its screener stored', async () => {
    const b = await mountBattery(intake());
    b.addEventListener('attune-exit', (e) => e.preventDefault());
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, '1', 2);
    part(el, 'exit-button')!.click();
    await b.updateComplete;
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('attune'))).to.deep.equal([]);
  });

  it('a corrupt saved pass is reported (invalid-stored-state), removed, and the client starts afresh with a calm note', async () => {
    sessionStorage.setItem(
      'attune-battery:intake',
      '{"format":1,"instruments":["gad-7","phq-9"],"finished":[{"instrument":{"id":"gad-7","version":"1.1.0"},"answers":{"1":9},"completedAt":"x"}]}',
    );
    const seen: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @attune-error=${(e: CustomEvent<{ code: string }>) => seen.push(e.detail.code)}>${intake()}</div>`);
    const b = wrapper.querySelector('attune-battery')!;
    await b.ready;
    expect(seen).to.deep.equal(['invalid-stored-state']);
    expect(inBattery(b, 'resume')).to.equal(null);
    expect(inBattery(b, 'notice')).not.to.equal(null);
    expect(sessionStorage.getItem('attune-battery:intake')).to.equal(null);
  });

  it('persist="none" (the default) stores nothing anywhere', async () => {
    const b = await mountBattery(html`<attune-battery instruments="gad-7"></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, '1', 2);
    expect(Object.keys(sessionStorage).length + Object.keys(localStorage).length).to.equal(0);
  });
});

describe('<attune-battery gating>', () => {
  /** PC-PTSD-5 answered "No" at its exposure question, then finished. */
  async function noExposure(b: AttuneBattery) {
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, 'exposure', 0);
    await finishCurrent(b);
  }

  it('gating="none" asks the PCL-5 even after "No" to the PC-PTSD-5 exposure question', async () => {
    const b = await mountBattery(html`<attune-battery instruments="pc-ptsd-5 pcl-5" gating="none"></attune-battery>`);
    expect(inBattery(b, 'intro')!.textContent).to.contain('There are 2 short questionnaires');
    await noExposure(b);
    const el = await current(b);
    expect(el.instrumentDefinition!.id).to.equal('pcl-5');
    expect(progress(b)).to.equal('Questionnaire 2 of 2');
  });

  it('without it (or gating="default"), the same answers skip the PCL-5', async () => {
    for (const attribute of [
      html`<attune-battery instruments="pc-ptsd-5 pcl-5"></attune-battery>`,
      html`<attune-battery instruments="pc-ptsd-5 pcl-5" gating="default"></attune-battery>`,
    ]) {
      const b = await mountBattery(attribute);
      const done = oneEvent(b, 'attune-complete');
      await noExposure(b);
      const { detail } = (await done) as CustomEvent<AttuneBatteryCompleteDetail>;
      expect(detail.skipped.map((s) => s.instrument)).to.deep.equal(['pcl-5']);
    }
  });

  it('an unknown gating value is reported and the default used', async () => {
    const seen: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @attune-error=${(e: CustomEvent<{ message: string }>) => seen.push(e.detail.message)}>
      <attune-battery instruments="pc-ptsd-5 pcl-5" gating="off"></attune-battery>
    </div>`);
    const b = wrapper.querySelector('attune-battery')!;
    await b.ready;
    expect(seen).to.deep.equal(['gating="off" is not "none" or "default"; using the default (the PCL-5 only after a positive PC-PTSD-5).']);
    expect(inBattery(b, 'intro')!.textContent).to.contain('up to 2');
  });
});
