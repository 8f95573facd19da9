/**
 * Moves focus after the next render, where the navigation said it should go: the screen's heading, the
 * question's legend, the error summary, or one question's answer (the chosen one, else the first).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Focus } from '../../session/navigation.js';

export class FocusController implements ReactiveController {
  private pending?: Focus;

  /** `shown` says whether the screen is on the page yet (a screen whose code is still loading is not): until then focus waits. */
  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly shown: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  /** Focus `target` once the screen it is on has rendered (now, if nothing else changes). */
  moveTo(target: Focus): void {
    this.pending = target;
    // a step may change nothing but focus (page mode's error summary links): render to apply it
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending;
    if (!target || !this.shown()) return;
    this.pending = undefined;
    const root = this.host.renderRoot;
    if (target === 'title') root.querySelector<HTMLElement>('#title')?.focus();
    else if (target === 'legend') root.querySelector<HTMLElement>('legend')?.focus();
    else if (target === 'error-summary') root.querySelector<HTMLElement>('.error-summary')?.focus();
    else {
      const inputs = [...root.querySelectorAll<HTMLInputElement>(`#question-${CSS.escape(target.item)} input`)];
      (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
    }
  }
}
