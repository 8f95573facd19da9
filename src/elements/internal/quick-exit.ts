/**
 * The quick exit, the whole sequence, for every element: "Leave this page" or Shift pressed three
 * times anywhere on the page forgets every answer (stored and in memory), shows nothing, silences the
 * live region, fires `attune-exit` (cancelable, so a host can leave its own way) and replaces the page
 * with the practice's neutral `exit-url` (replace, so Back does not return to the questionnaire).
 *
 * Elements nest (a battery runs a screener): the outermost one leaves, once, for all of them, so the
 * host hears one `attune-exit` and every nested element forgets its answers too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../../events.js';
import { countShift, noShifts, type ShiftCount } from '../../session/triple-shift.js';
import { clearAnnouncements } from './announcer.js';

export interface QuickExitOptions {
  /** Where to go: the checked `exit-url`, or a blank page. */
  exitUrl(): string;
  /** Removes what the element stored and every answer it holds. */
  forget(): void;
}

const active = new Set<QuickExitController>();
let shifts: ShiftCount = noShifts;

// one capturing listener for the whole page while any element is connected: a host page that stops
// keydown from bubbling must not disable the quick exit, and a page that removes every widget keeps none
function onKeydown(event: KeyboardEvent): void {
  const { state, exit } = countShift(shifts, event.key, event.timeStamp, event.repeat);
  shifts = state;
  if (!exit) return;
  for (const controller of [...active]) if (controller.outermost() === controller) controller.leave();
}

/** The element itself, then each element around it, across shadow roots. */
function* around(element: Element): Generator<Element> {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) yield node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

export class QuickExitController implements ReactiveController {
  /** Set once the client has left: the element renders nothing any more. */
  leaving = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: QuickExitOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!active.size) {
      shifts = noShifts;
      document.addEventListener('keydown', onKeydown, true);
    }
    active.add(this);
  }

  hostDisconnected(): void {
    active.delete(this);
    if (!active.size) document.removeEventListener('keydown', onKeydown, true);
  }

  /** The outermost connected element with a quick exit around this one (itself when not nested). */
  outermost(): QuickExitController {
    const outermostFirst = [...around(this.host)].reverse();
    for (const element of outermostFirst) for (const c of active) if (c.host === element) return c;
    return this;
  }

  /** Leaves at once (see the module comment); a nested element leaves through the one around it. */
  leave(): void {
    const owner = this.outermost();
    if (owner !== this) return owner.leave();
    for (const c of [...active]) if (c === this || [...around(c.host)].includes(this.host)) c.forgetAll();
    clearAnnouncements();
    const url = this.options.exitUrl();
    if (emit(this.host, 'attune-exit', { url })) location.replace(url);
  }

  private forgetAll(): void {
    this.options.forget();
    this.leaving = true;
    this.host.requestUpdate();
  }
}
