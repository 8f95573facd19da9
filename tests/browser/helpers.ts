// What a test needs to act as a client would: find things by their documented parts and roles.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AttuneScreener } from '../../src/define.js';

export type Screener = AttuneScreener;

export async function mount(template: ReturnType<typeof html>): Promise<Screener> {
  const el = await fixture<Screener>(template);
  await el.ready;
  return el;
}

/** Mounts, collecting every attune-error from the first render on, as a host page listening on document would. */
export async function mountCollectingErrors(template: ReturnType<typeof html>) {
  const errors: CustomEvent[] = [];
  const listener = (e: Event) => errors.push(e as CustomEvent);
  document.addEventListener('attune-error', listener);
  try {
    const el = await mount(template);
    await el.updateComplete;
    return { el, errors };
  } finally {
    document.removeEventListener('attune-error', listener);
  }
}

export const part = <T extends Element = HTMLElement>(el: Screener, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
export const parts = <T extends Element = HTMLElement>(el: Screener, name: string) => [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
/** Whether a part is shown. (Asserting on the element itself makes chai print a whole DOM node on failure.) */
export const has = (el: Screener, name: string) => part(el, name) !== null;
export const text = (el: Screener) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
export const legends = (el: Screener) => parts(el, 'legend').map((l) => l.textContent.replace(/\s+/g, ' ').trim());
/** The element that has focus, looking inside the widget's shadow root. */
/**
 * What the page's one live region (`role="status"`, shared by every Attune element) says now. Elements
 * announce through it in the task where the client acted; awaiting an element's update lets it settle.
 */
export const announcement = () => document.querySelector('[data-attune-announcer]')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';

export const focused = (el: Screener) => el.shadowRoot!.activeElement as HTMLElement | null;

export async function click(el: Screener, target: HTMLElement | null) {
  if (!target) throw new Error('nothing to click');
  target.click();
  await el.updateComplete;
}

/** Chooses the option with this value in the question with this item id, as a mouse would. */
export async function choose(el: Screener, itemId: string, value: number) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#question-${CSS.escape(itemId)} input[value="${value}"]`);
  await click(el, input);
}

export async function answerAllShown(el: Screener, value: number) {
  for (const fieldset of parts(el, 'question')) await choose(el, fieldset.id.replace(/^question-/, ''), value);
}

/** "Start" on the introduction. */
export const start = (el: Screener) => click(el, part(el, 'start-button'));

/** Collects every attune-error an element fires from now on. */
export function errors(target: EventTarget) {
  const seen: { code: string; message: string; problems: { path: string; message: string }[] }[] = [];
  target.addEventListener('attune-error', (e) => seen.push((e as CustomEvent).detail));
  return seen;
}

/** Paged mode: answers the current question and presses Next, `questions` times. */
export async function pagedTo(el: Screener, questions: number, value: number) {
  for (let i = 0; i < questions; i++) {
    await answerAllShown(el, value);
    await click(el, part(el, 'next-button'));
  }
}

/** After a client-experience test: nothing stored, and the display conditions back to the defaults. */
export async function resetClientConditions() {
  sessionStorage.clear();
  localStorage.clear();
  await emulateMedia({ reducedMotion: 'no-preference' });
  await executeServerCommand('forced-colors', { active: false });
}
