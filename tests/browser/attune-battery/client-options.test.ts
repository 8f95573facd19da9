// The battery's client options reach each screener it runs through one path, checked once.
// <attune-battery>: one introduction, one progress, the PCL-5 only after a positive PC-PTSD-5, one
// completion event with every result, and one submission; completed by keyboard alone.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AttuneBatteryCompleteDetail } from '../../../src/index.js';
import '../../../src/define.js';
import { choose, part } from '../helpers.js';
import { current, finishCurrent, inBattery, mountBattery } from './battery-helpers.js';
import { iesTextPack } from '../examples/screener.js';

describe('<attune-battery> hands its client options to each screener, checked once', () => {
  it("the practice's crisis resources and crisis slot reach the support panel of the PHQ-9 inside it", async () => {
    const resources = [{ name: 'Riverside Counselling out-of-hours line', phone: '+1 555 0100' }];
    const b = await mountBattery(html`<attune-battery instruments="phq-9" .crisisResources=${resources}></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    let el = await current(b);
    await choose(el, '9', 1);
    const panel = part(el, 'safety')!;
    expect(panel.textContent).to.contain('Riverside Counselling out-of-hours line');
    expect(panel.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+15550100');

    const slotted = await mountBattery(html`<attune-battery instruments="phq-9"><p slot="crisis">Call our front desk on 555 0199.</p></attune-battery>`);
    inBattery(slotted, 'start-button')!.click();
    el = await current(slotted);
    await choose(el, '9', 2);
    const slot = part(el, 'safety')!.querySelector<HTMLSlotElement>('slot[name="crisis"]')!;
    const shown = slot
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent)
      .join('');
    expect(shown).to.contain('Call our front desk on 555 0199.');
  });

  it('without a crisis slot, the screener keeps its own resources and the emergency line', async () => {
    const b = await mountBattery(html`<attune-battery instruments="phq-9"></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, '9', 1);
    expect(part(el, 'safety')!.textContent).to.contain('emergency');
  });

  it('settings per instrument reach the screener: the PCL-5 scored at the cutoff the practice chose', async () => {
    const b = await mountBattery(html`<attune-battery instruments="pcl-5" .settings=${{ 'pcl-5': { cutoff: 31 } }}></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    for (let id = 1; id <= 20; id++) await choose(el, String(id), id <= 15 ? 2 : id === 16 ? 1 : 0);
    const done = oneEvent(b, 'attune-complete');
    await finishCurrent(b);
    const { detail } = (await done) as CustomEvent<AttuneBatteryCompleteDetail>;
    expect(detail.results[0]!.settings).to.deep.equal({ cutoff: 31 });
    expect(detail.results[0]!.rules['above-cutoff']).to.equal(true);
  });

  it("a text pack per instrument lets the IES-R run inside a battery, in the pack's words", async () => {
    const pack = await iesTextPack();
    const b = await mountBattery(html`<attune-battery instruments="ies-r" .textPacks=${{ 'ies-r': pack }}></attune-battery>`);
    expect(inBattery(b, 'problem')).to.equal(null);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    expect(el.instrumentDefinition!.items[0]!.text).to.equal(pack.items['1']);
  });

  it('exit-url: "Leave this page" on the introduction and on a question leaves once, for the battery and its screener', async () => {
    const b = await mountBattery(html`<attune-battery instruments="phq-9" exit-url="https://weather.example/"></attune-battery>`);
    const exits: string[] = [];
    b.addEventListener('attune-exit', (e) => {
      exits.push((e as CustomEvent<{ url: string }>).detail.url);
      e.preventDefault();
    });
    expect(inBattery(b, 'exit-button')).not.to.equal(null);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, '1', 2);
    part(el, 'exit-button')!.click();
    await b.updateComplete;
    expect(exits).to.deep.equal(['https://weather.example/']);
    // nothing is shown any more, and the answers are gone
    expect(b.shadowRoot!.textContent.trim()).to.equal('');
    expect(el.answers).to.deep.equal({});
  });

  it('a bad option is reported once, by the battery, and the screener runs with the safe default', async () => {
    const seen: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @attune-error=${(e: CustomEvent<{ message: string }>) => seen.push(e.detail.message)}>
      <attune-battery instruments="pc-ptsd-5" mode="scroll" exit-url="javascript:alert(1)" locale="xx"></attune-battery>
    </div>`);
    const b = wrapper.querySelector('attune-battery')!;
    await b.ready;
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    expect(el.mode).to.equal('page');
    expect(seen.filter((m) => m.startsWith('mode='))).to.have.length(1);
    expect(seen.filter((m) => m.startsWith('exit-url='))).to.have.length(1);
    expect(seen.filter((m) => m.startsWith('locale='))).to.have.length(1);
  });

  it('a battery passes its color-scheme to the screener it runs', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const battery = await mountBattery(html`<attune-battery instruments="gad-7" color-scheme="dark"></attune-battery>`);
    inBattery(battery, 'start-button')!.click();
    const inner = await current(battery);
    // the dark surface, on a light system
    expect(getComputedStyle(inner).backgroundColor).to.equal('rgb(22, 27, 34)');
  });

  it("a problem the screener inside finds reaches the page from the battery's shadow root: bubbling and composed, once", async () => {
    const heard: { problems: unknown; composed: boolean; target: EventTarget | null }[] = [];
    const onPage = (e: Event) => heard.push({ problems: (e as CustomEvent<{ problems: unknown }>).detail.problems, composed: e.composed, target: e.target });
    document.addEventListener('attune-error', onPage);
    try {
      const b = await mountBattery(html`<attune-battery instruments="pcl-5" .settings=${{ 'pcl-5': { cutoff: 99 } }}></attune-battery>`);
      inBattery(b, 'start-button')!.click();
      await current(b);
      await new Promise((r) => setTimeout(r, 50));
      // retargeted to the battery at the page, as every event from inside its shadow root
      expect(heard).to.deep.equal([{ problems: [{ path: 'cutoff', message: 'must be a number from 31 to 33' }], composed: true, target: b }]);
    } finally {
      document.removeEventListener('attune-error', onPage);
    }
  });
});

describe('<attune-battery> keeps support in view once shown', () => {
  it('after PHQ-9 item 9 was endorsed, the thank-you still shows the support panel, with the practice’s resources and the emergency line', async () => {
    const resources = [{ name: 'Riverside Counselling out-of-hours line', phone: '+1 555 0100' }];
    const b = await mountBattery(html`<attune-battery instruments="phq-9" .crisisResources=${resources}></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    for (let i = 1; i <= 8; i++) await choose(el, String(i), 0);
    await choose(el, '9', 1);
    await finishCurrent(b);
    expect(inBattery(b, 'results')).not.to.equal(null);
    const support = inBattery(b, 'safety')!;
    expect(support.textContent).to.contain('Riverside Counselling out-of-hours line');
    expect(support.textContent).to.contain('emergency');
  });

  it('support shown and then taken back is still in view on the thank-you', async () => {
    const b = await mountBattery(html`<attune-battery instruments="phq-9"></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    await choose(el, '9', 2);
    for (let i = 1; i <= 9; i++) await choose(el, String(i), 0);
    await finishCurrent(b);
    expect(inBattery(b, 'safety')).not.to.equal(null);
  });

  it('without any support shown, the thank-you has no support panel', async () => {
    const b = await mountBattery(html`<attune-battery instruments="gad-7"></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    const el = await current(b);
    for (let i = 1; i <= 7; i++) await choose(el, String(i), 1);
    await finishCurrent(b);
    expect(inBattery(b, 'results')).not.to.equal(null);
    expect(inBattery(b, 'safety')).to.equal(null);
  });
});

describe('<attune-battery results>', () => {
  async function finishBoth(results: string) {
    const b = await mountBattery(html`<attune-battery instruments="gad-7 phq-9" results=${results}></attune-battery>`);
    inBattery(b, 'start-button')!.click();
    for (const count of [7, 9]) {
      const el = await current(b);
      for (let i = 1; i <= count; i++) await choose(el, String(i), i === 9 ? 0 : 2);
      await finishCurrent(b);
    }
    return b;
  }

  it('none (the default): a thank-you only, no score anywhere', async () => {
    const b = await finishBoth('none');
    expect(inBattery(b, 'results')!.textContent).to.contain('Thank you');
    expect(b.shadowRoot!.querySelector('[part~="instrument-results"]')).to.equal(null);
    expect(b.shadowRoot!.textContent).not.to.match(/\b14\b|\b16\b/);
  });

  it('summary: each questionnaire by its title with its plain sentences, no score, and "not a diagnosis"', async () => {
    const b = await finishBoth('summary');
    const sections = [...b.shadowRoot!.querySelectorAll<HTMLElement>('[part~="instrument-results"]')];
    expect(sections.map((s) => s.querySelector('h3')!.textContent)).to.deep.equal(['Generalized Anxiety Disorder 7-item scale (GAD-7)', 'Patient Health Questionnaire-9 (PHQ-9)']);
    for (const s of sections) {
      expect(s.querySelector('[part~="summary"]')!.textContent).to.contain('not a diagnosis');
      // no score (the GAD-7's total is 14, the PHQ-9's 16): sentences, not numbers
      expect(s.textContent).not.to.match(/\b(14|16)\b/);
    }
  });

  it('full: each score in words with its range; no rule, band or cutoff; a bad value falls back to none, reported once', async () => {
    const b = await finishBoth('full');
    const scores = [...b.shadowRoot!.querySelectorAll('[part~="scores"] li')].map((li) => li.textContent.trim());
    expect(scores).to.deep.equal(['Your answers to questions 1–7 add up to 14, on a range of 0 to 21.', 'Your answers to questions 1–9 add up to 16, on a range of 0 to 27.']);
    expect(b.shadowRoot!.textContent).not.to.match(/Met|cutoff|moderately|severe/);

    const seen: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @attune-error=${(e: CustomEvent<{ message: string }>) => seen.push(e.detail.message)}>
      <attune-battery instruments="gad-7" results="scores"></attune-battery>
    </div>`);
    const bad = wrapper.querySelector('attune-battery')!;
    await bad.ready;
    expect(seen).to.deep.equal(['results="scores" is not one of none, summary, full; using "none".']);
    expect(bad.resultsPolicy).to.equal('none');
  });
});
