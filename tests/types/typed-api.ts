// Type-level tests, compiled by `npm run typecheck` (never run): what a developer's editor accepts and
// rejects. Each `@ts-expect-error` fails the typecheck if the misuse below it ever type-checks.
import { createElement } from 'react';
import type { AttuneScreener, Result } from '../../src/index.js';
import { AttuneBattery as BatteryForReact, AttuneScreener as ScreenerForReact } from '../../src/react.js';
import { attuneEvents } from './event-names.js';

// every event is in HTMLElementEventMap, as a CustomEvent whose detail is typed (not any)
type AttuneEvent = (typeof attuneEvents)[number];
type DetailOf<K extends AttuneEvent> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
type IsAny<T> = 0 extends 1 & T ? true : false;
type Untyped = { [K in AttuneEvent]: IsAny<DetailOf<K>> extends true ? K : [DetailOf<K>] extends [never] ? K : never }[AttuneEvent];
export const everyEventTyped: [Untyped] extends [never] ? true : Untyped = true;

// the tag map: createElement and querySelector know the element's class
const el = document.createElement('attune-screener');
export const screener: AttuneScreener = el;
const found = document.querySelector('attune-screener');
found?.addEventListener('attune-change', (e) => e.detail.itemId.toUpperCase());

el.addEventListener('attune-complete', (e) => {
  const result: Result = e.detail.result;
  result.scales['total']?.toFixed(0);
  // @ts-expect-error the detail has no `score`
  void e.detail.score;
});
el.addEventListener('attune-error', (e) => e.detail.problems.map((p) => p.message));

// a battery's attune-complete carries every result, and is typed so
const battery = document.createElement('attune-battery');
battery.addEventListener('attune-complete', (e) => e.detail.completions.map((c) => c.result.scales));
// @ts-expect-error a battery finishes with every result, not one
battery.addEventListener('attune-complete', (e) => e.detail.result);
battery.addEventListener('attune-error', (e) => e.detail.code);
el.addEventListener('attune-exit', (e) => e.detail.url.startsWith('https:'));
el.addEventListener('attune-submit-error', (e) => e.detail.willRetry);
el.addEventListener('attune-safety', (e) => e.detail.flags.includes('self-harm'));
// @ts-expect-error attune-change carries answers, not a result
el.addEventListener('attune-change', (e) => e.detail.result);

el.mode = 'paged';
// @ts-expect-error mode is 'page' | 'paged'
el.mode = 'pages';
el.results = 'full';
// @ts-expect-error results is 'none' | 'summary' | 'full'
el.results = 'everything';
el.persist = 'session';
// @ts-expect-error persist is 'none' | 'session' | 'local'
el.persist = 'forever';
el.colorScheme = 'dark';
// @ts-expect-error colorScheme is 'auto' | 'light' | 'dark'
el.colorScheme = 'sepia';
// @ts-expect-error cutoff is a number
el.cutoff = '33';

// React: typed props and event handlers
createElement(ScreenerForReact, {
  instrument: 'pcl-5',
  mode: 'paged',
  colorScheme: 'dark',
  onAttuneComplete: (e) => {
    const result: Result = e.detail.result;
    return result.status;
  },
  onAttuneSafety: (e) => e.detail.flags,
});
// @ts-expect-error a handler for another detail type
createElement(ScreenerForReact, { onAttuneComplete: (e: CustomEvent<{ total: number }>) => e.detail.total });
// @ts-expect-error mode is 'page' | 'paged'
createElement(ScreenerForReact, { mode: 'pages' });
// @ts-expect-error no such event prop
createElement(ScreenerForReact, { onAttuneFinish: () => {} });
// the battery's attune-complete carries every instrument's result
createElement(BatteryForReact, { instruments: 'pc-ptsd-5 pcl-5', onAttuneComplete: (e) => e.detail.completions });
