/**
 * The one path to `attune-error`. Whatever finds a problem (an attribute, a definition, storage, a
 * file beside the script) reports it here; it is dispatched once the element has rendered, so a
 * listener added right after the element sees every problem, and the widget already shows its
 * message. Nothing here ever throws at the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AttuneError } from '../../model/attune-error.js';
import { emit } from '../../events.js';

export class ErrorController implements ReactiveController {
  private queue: AttuneError[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Reports a problem to the host page (after the next render). */
  report(error: AttuneError): void {
    this.queue.push(error);
    this.host.requestUpdate();
  }

  /** Reports a bad attribute value and what the element does instead. */
  invalidAttribute(message: string, problems: AttuneError['problems'] = []): void {
    this.report(new AttuneError('invalid-attribute', message, problems));
  }

  hostUpdated(): void {
    for (const error of this.queue.splice(0)) emit(this.host, 'attune-error', { code: error.code, message: error.message, problems: error.problems });
  }
}
