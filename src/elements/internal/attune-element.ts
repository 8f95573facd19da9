/**
 * What every Attune element is built on: one error path (`attune-error`) and a share of the page's one
 * live region. The mixins (form association, submission, colour scheme) build on this, so each of them
 * reports through the same path as the element itself.
 */
import { LitElement } from 'lit';
import { AnnouncerController } from './announcer.js';
import { ErrorController } from './errors.js';

export class AttuneElement extends LitElement {
  /** Every problem the element or a mixin finds goes here, and out as `attune-error`. */
  protected readonly errors = new ErrorController(this);
  /** The page-wide `role="status"` region. */
  protected readonly announcer = new AnnouncerController(this);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Constructor<T = object> = new (...args: any[]) => T;
