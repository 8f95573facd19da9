import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { countShift, noShifts, type ShiftCount } from '../session/triple-shift.js';

/**
 * Listens for Shift pressed three times anywhere on the page (the client's focus may be anywhere).
 * One document listener per element, added when it connects and removed when it disconnects, so a
 * single-page app that removes the widget leaves nothing behind.
 */
export class QuickExitController implements ReactiveController {
  private count: ShiftCount = noShifts;

  constructor(
    host: ReactiveControllerHost,
    private readonly onExit: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.count = noShifts;
    // capture: a host page that stops keydown from bubbling must not disable the quick exit
    document.addEventListener('keydown', this.onKeydown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    const { state, exit } = countShift(this.count, event.key, event.timeStamp, event.repeat);
    this.count = state;
    if (exit) this.onExit();
  };
}
