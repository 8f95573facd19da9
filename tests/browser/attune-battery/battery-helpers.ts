// What a battery test needs to act as a client would: the battery's own parts, the screener it runs
// now, and finishing that screener.
import { fixture, type html } from '@open-wc/testing';
import type { AttuneBattery } from '../../../src/index.js';
import '../../../src/define.js';
import { part, type Screener } from '../helpers.js';

export const inBattery = (b: AttuneBattery, name: string) => b.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const screener = (b: AttuneBattery) => b.shadowRoot!.querySelector('attune-screener') as Screener;
export const progress = (b: AttuneBattery) => inBattery(b, 'progress')!.textContent.replace(/\s+/g, ' ').trim();

export async function mountBattery(template: ReturnType<typeof html>) {
  const b = await fixture<AttuneBattery>(template);
  await b.ready;
  return b;
}

/** Waits for the current screener to be showing its questions (it skips its own introduction). */
export async function current(b: AttuneBattery) {
  await b.updateComplete;
  const el = screener(b);
  await el.ready;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
  return el;
}

/** Presses the current screener's Finish and waits for both elements. */
export async function finishCurrent(b: AttuneBattery) {
  const el = screener(b);
  part(el, 'finish-button')!.click();
  await el.updateComplete;
  await b.updateComplete;
}
