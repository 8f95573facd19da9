/**
 * Every `attune-*` event, in one place: its name, the type of its `detail`, which element fires it,
 * and the React prop that listens for it. The elements dispatch only through {@link emit}, the event
 * maps below type `addEventListener`, and `attune-screeners/react` derives its `on…` props from
 * {@link eventProps}; so adding an event is a change to this file (plus the element's `@fires` line
 * and its tests).
 *
 * Every event bubbles and is composed, so a host page hears it on any ancestor, through shadow roots.
 */
import type { Answers } from './model/answers.js';
import type { AttuneErrorCode, Problem } from './model/attune-error.js';
import type { Result } from './model/result.js';
import type { SubmittedCompletion } from './model/submission.js';
import type { Skipped } from './session/battery.js';
import type { RetryReason } from './delivery/outbox.js';

/** `detail` of `attune-change`: the answer just given and all answers so far. */
export interface AttuneChangeDetail {
  instrument: { id: string; version: string };
  itemId: string;
  value: number;
  answers: Answers;
}

/** `detail` of the screener's `attune-complete`: the validated result and the answers it was scored from. */
export interface AttuneCompleteDetail {
  result: Result;
  answers: Answers;
}

/** `detail` of the battery's `attune-complete`: every instrument asked, in order, and those skipped. */
export interface AttuneBatteryCompleteDetail {
  /** Each asked instrument's result, in the order asked. */
  results: Result[];
  /** The same, each with its answers and the time it was finished. */
  completions: SubmittedCompletion[];
  /** Instruments not asked because a gate stayed closed. */
  skipped: Skipped[];
}

/** `detail` of `attune-error`: what is wrong, for the host page's developers. */
export interface AttuneErrorDetail {
  code: AttuneErrorCode;
  message: string;
  problems: Problem[];
}

/** `detail` of `attune-safety`: a safety item was endorsed (e.g. PHQ-9 item 9 above "Not at all"). */
export interface AttuneSafetyDetail {
  instrument: { id: string; version: string };
  /** The flags newly raised, e.g. `['self-harm']`. */
  flags: string[];
  /** The question answered; absent when the flags come back with answers resumed after a reload. */
  itemId?: string;
}

/** `detail` of `attune-exit`: the client chose to leave at once. Cancel the event to leave your own way. */
export interface AttuneExitDetail {
  url: string;
}

/** `detail` of `attune-submit`: the endpoint acknowledged the submission (2xx). */
export interface AttuneSubmitDetail {
  idempotencyKey: string;
  url: string;
  status: number;
  /** Which attempt succeeded (1 = the first). */
  attempt: number;
  /** The body as queued (before any `beforeSubmit` change). */
  body: unknown;
}

/** `detail` of `attune-submit-error`: one attempt failed. */
export interface AttuneSubmitErrorDetail {
  idempotencyKey: string;
  url: string;
  attempt: number;
  /** The HTTP status, when the endpoint answered at all. */
  status?: number;
  /**
   * `rejected`: a 4xx or 501 answer, not repeated (404, 405 and 501 mean the address takes no
   * submissions). `gave-up`: retried 10 times or for 24 hours without success; the submission stays
   * on the device (with `persist`) and the next visit tries again. Otherwise why this attempt failed;
   * it will be repeated.
   */
  reason: RetryReason | 'rejected' | 'gave-up';
  message: string;
  /** True while the outbox keeps trying; false once the outcome is permanent on this page, when the host must act. */
  willRetry: boolean;
  /** Milliseconds until the next attempt, when `willRetry`. */
  retryInMs?: number;
  body: unknown;
}

/** The events of `<attune-screener>`, by name. */
export interface AttuneScreenerEventMap {
  'attune-change': CustomEvent<AttuneChangeDetail>;
  'attune-complete': CustomEvent<AttuneCompleteDetail>;
  'attune-error': CustomEvent<AttuneErrorDetail>;
  'attune-safety': CustomEvent<AttuneSafetyDetail>;
  'attune-exit': CustomEvent<AttuneExitDetail>;
  'attune-submit': CustomEvent<AttuneSubmitDetail>;
  'attune-submit-error': CustomEvent<AttuneSubmitErrorDetail>;
}

/**
 * The events of `<attune-battery>`: the screener's (its screeners' events bubble out of it), except that
 * its own `attune-complete` carries every instrument's result.
 */
export type AttuneBatteryEventMap = Omit<AttuneScreenerEventMap, 'attune-complete'> & {
  'attune-complete': CustomEvent<AttuneBatteryCompleteDetail>;
};

/** The events of `<attune-report>`. */
export interface AttuneReportEventMap {
  'attune-error': CustomEvent<AttuneErrorDetail>;
}

/** Every event name the library fires. */
export type AttuneEventName = keyof AttuneScreenerEventMap;

/** `attune-submit-error` → `onAttuneSubmitError`: the React prop that listens for an event. */
export type EventPropName<N extends string> = N extends `${infer Head}-${infer Tail}` ? `${EventPropName<Head>}${Capitalize<EventPropName<Tail>>}` : N;
type PropOf<N extends string> = `on${Capitalize<EventPropName<N>>}`;

/** The `on…` props for an event map, each receiving its event. */
export type EventProps<M> = { [N in keyof M & string as PropOf<N>]: M[N] };

/** Every event name, in the order the docs list them. */
export const eventNames: readonly AttuneEventName[] = ['attune-change', 'attune-complete', 'attune-error', 'attune-safety', 'attune-exit', 'attune-submit', 'attune-submit-error'];

/** `attune-submit-error` → `onAttuneSubmitError`. */
export function eventPropName<N extends string>(name: N): PropOf<N> {
  return `on${name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}` as PropOf<N>;
}

/** The React prop → event name table for a list of events (what `@lit/react` takes as `events`). */
export function eventProps<N extends AttuneEventName>(names: readonly N[]): { [K in N as PropOf<K>]: K } {
  return Object.fromEntries(names.map((name) => [eventPropName(name), name])) as { [K in N as PropOf<K>]: K };
}

/**
 * Dispatches an `attune-*` event from an element: bubbling and composed, cancelable only where the
 * contract says so (`attune-exit`). Returns false when a listener cancelled it.
 */
export function emit<M = AttuneScreenerEventMap, N extends keyof M & AttuneEventName = keyof M & AttuneEventName>(
  target: EventTarget,
  name: N,
  detail: M[N] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: name === 'attune-exit' }));
}

declare global {
  // the screener's detail types; the battery narrows `attune-complete` through AttuneBatteryEventMap.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the maps is the point: it adds every attune-* event to addEventListener's types
  interface HTMLElementEventMap extends AttuneScreenerEventMap {}
}
