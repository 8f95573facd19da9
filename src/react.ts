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
import { eventNames, eventProps, type AttuneBatteryEventMap, type AttuneReportEventMap, type AttuneScreenerEventMap, type EventProps } from './events.js';

/**
 * The props of a wrapped element: its own public properties (all optional), React's HTML attributes,
 * and one handler per event. Spelled out here (the same shape `@lit/react` builds) so the published
 * types need only React's, not `@lit/react`'s, which is bundled in.
 */
export type WrapperProps<I extends HTMLElement, E extends { [K in keyof E]: Event }> = Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> & {
  [K in keyof E]?: (event: E[K]) => void;
} & ElementProps<I> &
  React.RefAttributes<I>;
type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;
export type Wrapper<I extends HTMLElement, E extends { [K in keyof E]: Event }> = React.ForwardRefExoticComponent<WrapperProps<I, E>>;

/** The event props of `<AttuneScreener>`, one per event in src/events.ts: `onAttuneChange`, `onAttuneComplete`, … */
export type AttuneScreenerEvents = EventProps<AttuneScreenerEventMap>;

/** The event props of `<AttuneBattery>`: its `attune-complete` carries every instrument's result. */
export type AttuneBatteryEvents = EventProps<AttuneBatteryEventMap>;

/** The event props of `<AttuneReport>`. */
export type AttuneReportEvents = EventProps<AttuneReportEventMap>;

// `@lit/react` maps each prop to the DOM event name it listens for; the table comes from src/events.ts
const events = <E>(table: { [K in keyof E]: string }) => table as unknown as { [K in keyof E]: EventName<E[K] & Event> };

/** `<attune-screener>` for React. */
export const AttuneScreener: Wrapper<AttuneScreenerElement, AttuneScreenerEvents> = createComponent({
  react: React,
  tagName: 'attune-screener',
  elementClass: AttuneScreenerElement,
  displayName: 'AttuneScreener',
  events: events<AttuneScreenerEvents>(eventProps(eventNames)),
});

/** `<attune-battery>` for React. */
export const AttuneBattery: Wrapper<AttuneBatteryElement, AttuneBatteryEvents> = createComponent({
  react: React,
  tagName: 'attune-battery',
  elementClass: AttuneBatteryElement,
  displayName: 'AttuneBattery',
  events: events<AttuneBatteryEvents>(eventProps(eventNames)),
});

/** `<attune-report>` for React. */
export const AttuneReport: Wrapper<AttuneReportElement, AttuneReportEvents> = createComponent({
  react: React,
  tagName: 'attune-report',
  elementClass: AttuneReportElement,
  displayName: 'AttuneReport',
  events: events<AttuneReportEvents>(eventProps(['attune-error'])),
});

/** The element classes, for refs: `useRef<AttuneScreenerElement>(null)`. */
export type { AttuneScreenerElement, AttuneBatteryElement, AttuneReportElement };
