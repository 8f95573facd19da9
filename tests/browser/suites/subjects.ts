// The subjects of the shared suites: for each element, how to mount it, how to take a client from start
// to finish, and where its first screen's controls are. A suite (tests/browser/suites/*.ts) is written
// once against a subject and run on every element that uses its mixin or controller.
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/define-report.js';
import type { AttuneBattery, AttuneBatteryCompleteDetail, AttuneReport, Result } from '../../../src/index.js';
import { BatterySubmissionSchema } from '../../../src/core.js';
import { expect } from '@open-wc/testing';
import { choose, click, part, type Screener } from '../helpers.js';

/** Any Attune element: a Lit element with `ready`. */
export type Host = HTMLElement & { ready: Promise<void>; updateComplete: Promise<boolean>; requestUpdate(): void };

export interface ElementSubject<E extends Host = Host> {
  /** The element's tag name. */
  tag: 'attune-screener' | 'attune-battery' | 'attune-report';
  /** A new element, not yet on the page, with these attributes (besides what it needs to show something). */
  create(attributes?: Record<string, string>, instrument?: string): E;
  /** The shadow root that holds the first screen's controls. */
  firstScreen(el: E): ShadowRoot;
  /** Whether its first screen has a primary button (Start). */
  primaryButton: boolean;
}

/** An element a client works through: the screener, and the battery that runs screeners. */
export interface ClientSubject<E extends Host = Host> extends ElementSubject<E> {
  /** Presses Start on the first screen; resolves with the screener showing the first questions. */
  start(el: E): Promise<Screener>;
  /**
   * Starts and answers the PC-PTSD-5 (the default instrument): "NO" at the exposure question (the
   * shortest pass, a negative screen) or "YES" and three "Yes" (a positive one). Resolves with the
   * screener that shows the Finish button.
   */
  answer(el: E, pass?: 'negative' | 'positive'): Promise<Screener>;
  /** Answers as `answer` does and presses Finish; resolves with the element's attune-complete detail. */
  complete(el: E, pass?: 'negative' | 'positive'): Promise<unknown>;
  /** The results in a completion as the element hands it over (its form value or submission body). */
  resultsIn(value: any): Result[];
  /** The results in the element's attune-complete detail. */
  resultsOf(detail: any): Result[];
  /** The element's own shape of a completion (form value or submission body), beside its results. */
  checkCompletion(value: any, detail: any): void;
  /** The screener the client is working in now (the element itself, or the battery's current one). */
  current(el: E): Screener | null;
  /** Everything the client answered that the element still holds (empty when nothing is). */
  answered(el: E): unknown;
  /** Waits until no update is pending, in the element and the screener it runs. */
  settle(el: E): Promise<void>;
}

/** Puts an element on the page (in a fixture, removed after the test) and waits until it is ready. */
export async function mountSubject<E extends Host>(subject: ElementSubject<E>, attributes?: Record<string, string>, instrument?: string): Promise<E> {
  const el = subject.create(attributes, instrument);
  await fixture(html`<div>${el}</div>`);
  await el.ready;
  return el;
}

export const isClient = (subject: ElementSubject): subject is ClientSubject => 'complete' in subject;

function withAttributes<E extends HTMLElement>(el: E, attributes: Record<string, string> = {}): E {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Waits until no update is pending (the platform's disabled callback comes during an update and asks for another). */
async function settleOne(el: Host) {
  do await new Promise((r) => setTimeout(r));
  while (!(await el.updateComplete));
}

async function answerPcPtsd5(screen: Screener, pass: 'negative' | 'positive') {
  await choose(screen, 'exposure', pass === 'negative' ? 0 : 1);
  if (pass === 'positive') for (const id of ['1', '2', '3', '4', '5']) await choose(screen, id, id === '5' ? 0 : 1);
  return screen;
}

async function finish(el: Host, screen: Screener) {
  const done = oneEvent(el, 'attune-complete');
  part(screen, 'finish-button')!.click();
  return (await done).detail as unknown;
}

export const screenerSubject: ClientSubject<Screener> = {
  tag: 'attune-screener',
  primaryButton: true,
  create: (attributes, instrument = 'pc-ptsd-5') => withAttributes(document.createElement('attune-screener'), { instrument, ...attributes }),
  firstScreen: (el) => el.shadowRoot!,
  async start(el) {
    await click(el, part(el, 'start-button'));
    return el;
  },
  async answer(el, pass = 'negative') {
    return answerPcPtsd5(await this.start(el), pass);
  },
  async complete(el, pass = 'negative') {
    return finish(el, await this.answer(el, pass));
  },
  resultsIn: (value) => [value.result],
  resultsOf: (detail) => [detail.result],
  checkCompletion(value, detail) {
    expect(value.instrument).to.deep.equal({ id: 'pc-ptsd-5', version: '1.0.0' });
    expect(value.result).to.deep.equal(detail.result);
    expect(value.answers).to.deep.equal(detail.answers);
    expect(Number.isNaN(Date.parse(value.completedAt))).to.equal(false);
  },
  current: (el) => el,
  answered: (el) => el.answers,
  settle: settleOne,
};

/** The battery's screener, once it shows its questions (it skips its own introduction). */
export async function runningScreener(b: AttuneBattery): Promise<Screener> {
  await b.updateComplete;
  const el = b.shadowRoot!.querySelector('attune-screener')!;
  await el.ready;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
  return el;
}

export const batterySubject: ClientSubject<AttuneBattery> = {
  tag: 'attune-battery',
  primaryButton: true,
  create: (attributes, instrument = 'pc-ptsd-5') => withAttributes(document.createElement('attune-battery'), { instruments: instrument, ...attributes }),
  firstScreen: (b) => b.shadowRoot!,
  async start(b) {
    b.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]')!.click();
    return runningScreener(b);
  },
  async answer(b, pass = 'negative') {
    return answerPcPtsd5(await this.start(b), pass);
  },
  async complete(b, pass = 'negative') {
    return finish(b, await this.answer(b, pass));
  },
  resultsIn: (value) => value.completions.map((c: { result: Result }) => c.result),
  resultsOf: (detail: AttuneBatteryCompleteDetail) => detail.results,
  checkCompletion(value, detail: AttuneBatteryCompleteDetail) {
    expect(value.battery).to.deep.equal({ instruments: ['pc-ptsd-5'] });
    expect(value.completions).to.deep.equal(detail.completions);
    expect(value.skipped).to.deep.equal(detail.skipped);
    for (const c of value.completions) expect(Number.isNaN(Date.parse(c.completedAt))).to.equal(false);
    if ('idempotencyKey' in value) expect(BatterySubmissionSchema.safeParse(value).success).to.equal(true);
  },
  current: (b) => b.shadowRoot!.querySelector('attune-screener'),
  answered: (b) => ({ results: b.results, answers: b.shadowRoot!.querySelector('attune-screener')?.answers ?? {} }),
  async settle(b) {
    await settleOne(b);
    const inner = b.shadowRoot!.querySelector('attune-screener');
    if (inner) await settleOne(inner);
  },
};

export const reportSubject: ElementSubject<AttuneReport> = {
  tag: 'attune-report',
  primaryButton: false,
  create: (attributes) => {
    const el = withAttributes(document.createElement('attune-report'), attributes);
    el.results = [];
    return el;
  },
  firstScreen: (el) => el.shadowRoot!,
};

/** What each subject holds once nothing is answered. */
export const nothingAnswered = (subject: ClientSubject) => (subject.tag === 'attune-battery' ? { results: [], answers: {} } : {});
