/**
 * `attune-screeners/react`: React components for the custom elements, made with `@lit/react`.
 * Importing this module registers the elements (as `attune-screeners/define` does). Properties are set
 * as properties (objects such as `definition` or `crisisResources` pass straight through), and every
 * `attune-*` event has a typed `on…` prop:
 *
 * ```tsx
 * import { AttuneScreener } from 'attune-screeners/react';
 * <AttuneScreener instrument="pcl-5" onAttuneComplete={(e) => save(e.detail.result)} />
 * ```
 *
 * React itself is not bundled: it is an optional peer dependency, imported from the application.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AttuneBattery as AttuneBatteryElement, AttuneScreener as AttuneScreenerElement } from './define.js';
import { AttuneReport as AttuneReportElement } from './define-report.js';
import type {
  AttuneChangeDetail,
  AttuneCompleteDetail,
  AttuneErrorDetail,
  AttuneExitDetail,
  AttuneSafetyDetail,
} from './elements/attune-screener.js';
import type { AttuneBatteryCompleteDetail } from './elements/attune-battery.js';
import type { AttuneSubmitDetail, AttuneSubmitErrorDetail } from './elements/submits-to-endpoint.js';

/**
 * The props of a wrapped element: its own public properties (all optional), React's HTML attributes,
 * and one handler per event. Spelled out here (the same shape `@lit/react` builds) so the published
 * types need only React's, not `@lit/react`'s, which is bundled in.
 */
export type WrapperProps<I extends HTMLElement, E extends { [K in keyof E]: Event }> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
  { [K in keyof E]?: (event: E[K]) => void } &
  ElementProps<I> &
  React.RefAttributes<I>;
type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;
export type Wrapper<I extends HTMLElement, E extends { [K in keyof E]: Event }> = React.ForwardRefExoticComponent<WrapperProps<I, E>>;

/** The event props of `<AttuneScreener>`. */
export interface AttuneScreenerEvents {
  onAttuneChange: CustomEvent<AttuneChangeDetail>;
  onAttuneComplete: CustomEvent<AttuneCompleteDetail>;
  onAttuneError: CustomEvent<AttuneErrorDetail>;
  onAttuneSafety: CustomEvent<AttuneSafetyDetail>;
  onAttuneExit: CustomEvent<AttuneExitDetail>;
  onAttuneSubmit: CustomEvent<AttuneSubmitDetail>;
  onAttuneSubmitError: CustomEvent<AttuneSubmitErrorDetail>;
}

/** The event props of `<AttuneBattery>`: its `attune-complete` carries every instrument's result. */
export interface AttuneBatteryEvents {
  onAttuneChange: CustomEvent<AttuneChangeDetail>;
  onAttuneComplete: CustomEvent<AttuneBatteryCompleteDetail>;
  onAttuneError: CustomEvent<AttuneErrorDetail>;
  onAttuneSafety: CustomEvent<AttuneSafetyDetail>;
  onAttuneExit: CustomEvent<AttuneExitDetail>;
  onAttuneSubmit: CustomEvent<AttuneSubmitDetail>;
  onAttuneSubmitError: CustomEvent<AttuneSubmitErrorDetail>;
}

/** The event props of `<AttuneReport>`. */
export interface AttuneReportEvents {
  onAttuneError: CustomEvent<AttuneErrorDetail>;
}

// `@lit/react` maps each prop to the DOM event name it listens for
const events = <E>(names: { [K in keyof E]: string }) => names as { [K in keyof E]: EventName<E[K] & Event> };

// the screener and the battery fire the same events (the battery's attune-complete carries every result)
const CLIENT_EVENTS = {
  onAttuneChange: 'attune-change',
  onAttuneComplete: 'attune-complete',
  onAttuneError: 'attune-error',
  onAttuneSafety: 'attune-safety',
  onAttuneExit: 'attune-exit',
  onAttuneSubmit: 'attune-submit',
  onAttuneSubmitError: 'attune-submit-error',
} as const;

/** `<attune-screener>` for React. */
export const AttuneScreener: Wrapper<AttuneScreenerElement, AttuneScreenerEvents> = createComponent({
  react: React,
  tagName: 'attune-screener',
  elementClass: AttuneScreenerElement,
  displayName: 'AttuneScreener',
  events: events<AttuneScreenerEvents>(CLIENT_EVENTS),
});

/** `<attune-battery>` for React. */
export const AttuneBattery: Wrapper<AttuneBatteryElement, AttuneBatteryEvents> = createComponent({
  react: React,
  tagName: 'attune-battery',
  elementClass: AttuneBatteryElement,
  displayName: 'AttuneBattery',
  events: events<AttuneBatteryEvents>(CLIENT_EVENTS),
});

/** `<attune-report>` for React. */
export const AttuneReport: Wrapper<AttuneReportElement, AttuneReportEvents> = createComponent({
  react: React,
  tagName: 'attune-report',
  elementClass: AttuneReportElement,
  displayName: 'AttuneReport',
  events: events<AttuneReportEvents>({ onAttuneError: 'attune-error' }),
});

/** The element classes, for refs: `useRef<AttuneScreenerElement>(null)`. */
export type { AttuneScreenerElement, AttuneBatteryElement, AttuneReportElement };
