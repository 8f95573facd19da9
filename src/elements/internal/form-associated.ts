/**
 * Form association (ElementInternals), as a mixin shared by <attune-screener> and <attune-battery>:
 * inside a practice's own `<form>`, an element with a `name` contributes its completion as JSON,
 * is invalid until complete when `required`, is cleared by the form's reset, and is disabled by
 * `disabled` or a disabled `<fieldset>` around it.
 *
 * The element supplies what only it knows through the protected hooks (`formReset`, `formRestore`,
 * `incompleteMessage`); the mixin owns the platform callbacks and keeps validity in step after
 * every render, since its anchor (the control the browser points at) is re-rendered.
 */
import { html, type LitElement, type PropertyDeclarations } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

export declare class FormAssociatedElement {
  /** The form field name. The element takes part in its `<form>`'s data only when it has one. */
  name?: string;
  /** The form cannot be submitted until the client has finished. */
  required: boolean;
  /** Nothing can be answered or pressed; the value is not submitted with the form. */
  disabled: boolean;
  /** The `<form>` the element belongs to, if any. */
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  protected readonly internals: ElementInternals;
  /** `disabled`, or inside a disabled fieldset. */
  protected readonly formDisabled: boolean;
  /** Sets the form value (JSON of `value`), or clears it with `undefined`. */
  protected setFormCompletion(value: unknown): void;
  /** Renders `content` inside a fieldset that is disabled while the element is. */
  protected renderDisabled(content: unknown): unknown;
  /** Called when the form is reset: start again with nothing answered. */
  protected formReset(): void;
  /** Called with the state saved by `setFormCompletion` when the browser restores the form (back/forward). */
  protected formRestore(state: string): void;
  /** The calm message shown while `required` and not yet finished. */
  protected incompleteMessage(): string;
}

export const FormAssociated = <T extends Constructor<LitElement>>(Base: T) => {
  class FormAssociatedMixin extends Base {
    static formAssociated = true;
    // reactive properties declared statically (not with decorators): no decorator code in the script tag
    static properties: PropertyDeclarations = {
      name: { reflect: true },
      required: { type: Boolean, reflect: true },
      disabled: { type: Boolean, reflect: true },
      platformDisabled: { state: true },
    };

    /** The form field name. The element takes part in its `<form>`'s data (the completion as JSON) only when it has one. */
    name?: string;
    /** The form cannot be submitted until the client has finished; the browser's message says so calmly. */
    required = false;
    /** Nothing can be answered or pressed, and the value is left out of the form (as inside a disabled `<fieldset>`). */
    disabled = false;

    /** Set by the platform when a `<fieldset disabled>` around the element (or `disabled`) disables it. */
    private platformDisabled = false;
    protected readonly internals: ElementInternals;
    private formValue: string | null = null;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- a mixin's constructor takes any[] (TS2545)
      super(...args);
      this.internals = this.attachInternals();
      this.addController({ hostUpdated: () => this.syncValidity() });
    }

    /** The `<form>` the element belongs to, if any. */
    get form() {
      return this.internals.form;
    }
    /** Missing a value (`valueMissing`) while `required` and not yet finished; valid otherwise. */
    get validity() {
      return this.internals.validity;
    }
    /** The calm message the browser shows while `required` and unfinished. */
    get validationMessage() {
      return this.internals.validationMessage;
    }
    /** Whether the form checks this element (not when disabled). */
    get willValidate() {
      return this.internals.willValidate;
    }
    /** Whether the element is valid, as for a native control (fires `invalid` when not). */
    checkValidity() {
      return this.internals.checkValidity();
    }
    /** As `checkValidity()`, and the browser shows its message. */
    reportValidity() {
      return this.internals.reportValidity();
    }

    protected get formDisabled(): boolean {
      return this.disabled || this.platformDisabled;
    }

    protected setFormCompletion(value: unknown): void {
      this.formValue = value === undefined ? null : JSON.stringify(value);
      // The browser keeps a form's state for back/forward navigation. Answers are kept only where
      // the practice chose to keep them (persist="session|local"); otherwise going back starts afresh.
      const persist = (this as { persist?: unknown }).persist ?? this.getAttribute('persist');
      const keep = typeof persist === 'string' && ['session', 'local'].includes(persist);
      this.internals.setFormValue(this.formValue, keep ? this.formValue : null);
      this.syncValidity();
    }

    protected renderDisabled(content: unknown): unknown {
      // a disabled fieldset disables every input and button inside it, natively and announced as such.
      // It is always there, only toggled: swapping the template would recreate everything inside it,
      // and a battery's screener would lose the answers given so far. No box and no group of its own.
      return html`<fieldset class="form-disabled" role="none" ?disabled=${this.formDisabled}>${content}</fieldset>`;
    }

    protected formReset(): void {}
    protected formRestore(_state: string): void {}
    protected incompleteMessage(): string {
      return 'Please finish the questionnaire.';
    }

    formResetCallback(): void {
      this.setFormCompletion(undefined);
      this.formReset();
    }

    formDisabledCallback(disabled: boolean): void {
      this.platformDisabled = disabled;
      // the platform calls this while Lit reflects `disabled` mid-update, when a change would be lost
      void this.updateComplete.then(() => this.requestUpdate());
    }

    formStateRestoreCallback(state: unknown, reason: 'restore' | 'autocomplete'): void {
      if (reason === 'restore' && typeof state === 'string') this.formRestore(state);
    }

    private syncValidity(): void {
      if (this.required && this.formValue === null) {
        // anchored to a control inside the widget, so the browser's message points at the widget
        const anchor = this.renderRoot?.querySelector<HTMLElement>('button:not([disabled]), input:not([disabled]), [tabindex="-1"]') ?? undefined;
        this.internals.setValidity({ valueMissing: true }, this.incompleteMessage(), anchor);
      } else {
        this.internals.setValidity({});
      }
    }
  }
  return FormAssociatedMixin as unknown as Constructor<FormAssociatedElement> & T;
};
