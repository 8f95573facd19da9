// Completion by keyboard alone, as a client who cannot use a mouse would: Tab, arrows, Space, Enter; the
// screener in each mode, and a battery of four questionnaires.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AttuneBattery, AttuneBatteryCompleteDetail } from '../../../src/index.js';
import { runningScreener } from '../suites/subjects.js';
import { announcement, focused, mount, part, type Screener, has } from '../helpers.js';

const press = (key: string) => sendKeys({ press: key });
/** Arrow keys move along a radio group and select as they go; the first Tab lands on the first radio. */
async function answerFocusedGroup(value: number) {
  if (value === 0) await press('Space');
  for (let i = 0; i < value; i++) await press('ArrowDown');
}

describe('keyboard-only completion', () => {
  it('page mode: PCL-5 from Start to attune-complete with Tab, arrows and Enter', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    await press('Tab');
    // the quick exit comes first on every screen, so it is always one Tab away
    expect(focused(el)).to.equal(part(el, 'exit-button'));
    await press('Tab');
    expect(focused(el)).to.equal(part(el, 'start-button'));
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('title');

    const chosen: Record<string, number> = {};
    for (let id = 1; id <= 20; id++) {
      await press('Tab');
      expect((focused(el) as HTMLInputElement).name).to.equal(`item-${id}`);
      await answerFocusedGroup(id % 5);
      chosen[String(id)] = id % 5;
    }
    await press('Tab');
    expect(focused(el)).to.equal(part(el, 'finish-button'));
    setTimeout(() => void press('Enter'));
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.answers).to.deep.equal(chosen);
    expect(detail.result.status).to.equal('complete');
  });

  it('paged mode: focus moves to each new question; Back and Next by keyboard; progress is announced', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" mode="paged"></attune-screener>`);
    await press('Tab'); // past "Leave this page"
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    for (let id = 1; id <= 20; id++) {
      // the new question's legend has focus, and the shared live region says where the client is
      expect(focused(el)!.tagName).to.equal('LEGEND');
      expect(focused(el)!.textContent).to.contain(`${id}.`);
      expect(announcement()).to.equal(`Question ${id} of 20`);
      expect(part(el, 'progress')!.textContent).to.contain(`Question ${id} of 20`);
      await press('Tab');
      await answerFocusedGroup(2);
      if (id === 2) {
        // go back once and forward again: the earlier answer is still there
        await press('Tab');
        expect(focused(el)).to.equal(part(el, 'back-button'));
        await press('Enter');
        await el.updateComplete;
        expect(focused(el)!.textContent).to.contain('1.');
        expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value="2"]')!.checked).to.equal(true);
        await press('Tab');
        await press('Tab');
        expect(focused(el)).to.equal(part(el, 'next-button'));
        await press('Enter');
        await el.updateComplete;
        await press('Tab');
      }
      await press('Tab');
      if (id > 1) await press('Tab'); // past Back
      if (id < 20) {
        expect(focused(el)).to.equal(part(el, 'next-button'));
        await press('Enter');
        await el.updateComplete;
      }
    }
    // the last question leads to "Check your answers", whose heading takes focus; Finish is after every Change
    expect(focused(el)).to.equal(part(el, 'review-button'));
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)!.textContent).to.equal('Check your answers');
    for (let i = 0; i < 30 && focused(el) !== part(el, 'finish-button'); i++) await press('Tab');
    expect(focused(el)).to.equal(part(el, 'finish-button'));
    setTimeout(() => void press('Enter'));
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result.scales.total).to.equal(40);
  });

  it('paged mode: Next without an answer says so calmly and keeps the client on the question', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
    part(el, 'start-button')!.click();
    await el.updateComplete;
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal(part(el, 'error-summary'));
    expect(part(el, 'progress')!.textContent).to.contain('Question 1 of 6');
    // the link takes focus to the question's first answer
    part(el, 'error-link')!.click();
    await el.updateComplete;
    expect((focused(el) as HTMLInputElement).name).to.equal('item-exposure');
  });

  it('paged mode: a "NO" at the gate makes it the last question', async () => {
    const el: Screener = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
    part(el, 'start-button')!.click();
    await el.updateComplete;
    expect(has(el, 'next-button')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="0"]')!.click();
    await el.updateComplete;
    expect(part(el, 'progress')!.textContent).to.contain('Question 1 of 1');
    expect(has(el, 'next-button')).to.equal(false);
    part(el, 'review-button')!.click();
    await el.updateComplete;
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result.scales.total).to.equal(0);
  });
});

describe('keyboard-only completion of a battery', () => {
  it('pc-ptsd-5 pcl-5 ecr-rs phq-9, completed by keyboard alone (no event at the PC-PTSD-5, so no PCL-5)', async () => {
    const b = await fixture<AttuneBattery>(html`<attune-battery instruments="pc-ptsd-5 pcl-5 ecr-rs phq-9"></attune-battery>`);
    await b.ready;
    const press = (key: string) => sendKeys({ press: key });
    /** The element with focus, through the battery's and the screener's shadow roots. */
    const deepActive = () => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el as HTMLElement | null;
    };
    b.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]')!.focus();
    await press('Enter');
    const seen: string[] = [];
    const done = oneEvent(b, 'attune-complete');
    let finished = false;
    b.addEventListener('attune-complete', () => (finished = true));
    for (let step = 0; step < 200 && !finished; step++) {
      await runningScreener(b);
      await press('Tab');
      const focused = deepActive();
      if (focused instanceof HTMLInputElement && focused.type === 'radio') {
        const id = b.shadowRoot!.querySelector('attune-screener')!.instrumentDefinition!.id;
        if (!seen.includes(id)) seen.push(id);
        // "NO" at the exposure question (the second option); the first option everywhere else
        await press(focused.name === 'item-exposure' ? 'ArrowDown' : 'Space');
      } else if (focused?.getAttribute('part')?.includes('finish-button')) {
        await press('Enter');
      }
    }
    const { detail } = (await done) as CustomEvent<AttuneBatteryCompleteDetail>;
    expect(seen).to.deep.equal(['pc-ptsd-5', 'ecr-rs', 'phq-9']);
    expect(detail.results.map((r) => r.instrument.id)).to.deep.equal(['pc-ptsd-5', 'ecr-rs', 'phq-9']);
    expect(detail.results.every((r) => r.status === 'complete')).to.equal(true);
    expect(detail.skipped.map((s) => s.instrument)).to.deep.equal(['pcl-5']);
  });
});
