import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { AttuneError } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { needsTextPack } from '../model/needs-text-pack.js';
import type { Result } from '../model/result.js';
import type { SubmittedCompletion } from '../model/submission.js';
import { builtInIds, loadInstrument } from '../instruments/load-instrument.js';
import { applicableGates, checkGating, DEFAULT_GATING, planBattery, type BatteryGate, type Skipped } from '../session/battery.js';
import { completionFingerprint, toCompletion } from '../session/completion.js';
import type { Mode } from '../session/session.js';
import type { Messages } from '../i18n/messages.js';
import type { AttuneCompleteDetail, AttuneErrorDetail } from './attune-screener.js';
import { screenerStyles } from './attune-screener.styles.js';
import { batteryStyles } from './attune-battery.styles.js';
import { FormAssociated } from './form-associated.js';
import { LocaleController } from './locale-controller.js';
import { missingFile } from './missing-file.js';
import { integrationStyles } from './integration.styles.js';
import { SubmitsToEndpoint } from './submits-to-endpoint.js';
import { problemView } from './views/problem-view.js';
import { submissionStatusView } from './views/submission-status-view.js';
import { WithColorScheme } from './color-scheme.js';

/** `detail` of the battery's `attune-complete`: every instrument asked, in order, and those skipped. */
export interface AttuneBatteryCompleteDetail {
  /** Each asked instrument's result, in the order asked. */
  results: Result[];
  /** The same, each with its answers and the time it was finished. */
  completions: SubmittedCompletion[];
  /** Instruments not asked because a gate stayed closed. */
  skipped: Skipped[];
}

type Stage = 'intro' | 'running' | 'done';

// the inner screeners' parts a practice can style through the battery (::part(question) etc.)
const EXPORTED_PARTS = 'question, legend, option, item-error, section-lead, section-list, stem, instructions, button, button-primary, button-secondary, error-summary, error-link, attribution, safety, quick-exit';

/**
 * Several instruments as one experience: one introduction, one overall progress, an instrument
 * asked only when an earlier result calls for it (by default the PCL-5 only after a positive
 * PC-PTSD-5), one completion event with every result, and one submission.
 *
 * Each instrument runs in its own `<attune-screener>`; scores come from those, never from here.
 *
 * @summary Runs `instruments="pc-ptsd-5 pcl-5 ecr-rs phq-9"` one after another, with gating.
 *
 * @fires attune-complete - The client finished the last instrument asked. `detail`: {@link AttuneBatteryCompleteDetail} (not the screener's detail).
 * @fires attune-change - From the inner screeners, as the client answers (`detail.instrument` names which).
 * @fires attune-error - An unknown instrument, an invalid `gating` list or attribute. `detail`: {@link AttuneErrorDetail}.
 * @fires attune-submit - `submit-url` acknowledged the battery's one submission. `detail`: {@link AttuneSubmitDetail}.
 * @fires attune-submit-error - An attempt to reach `submit-url` failed. `detail`: {@link AttuneSubmitErrorDetail}.
 * @fires attune-safety - From the inner screener: a safety item was endorsed. `detail`: {@link AttuneSafetyDetail}.
 * @fires attune-exit - From the inner screener: the client chose to leave at once (cancelable). `detail`: {@link AttuneExitDetail}.
 *
 * @csspart intro - The battery's introduction.
 * @csspart instrument-list - The list of questionnaires in the introduction.
 * @csspart progress - "Questionnaire 2 of 3" and its bar.
 * @csspart screener - The `<attune-screener>` of the instrument being asked; its own parts (`question`, `option`, `button`, …) are exported too.
 * @csspart results - The thank-you shown at the end.
 * @csspart button - Every button of the battery's own (also `button-primary`, `start-button`).
 * @csspart button-primary - The battery's main button (also `button`).
 * @csspart start-button - "Start" on the battery's introduction (also `button`, `button-primary`).
 * @csspart problem - The message shown when the battery cannot run.
 * @csspart submission-status - With `submit-url`: whether the answers have reached the practice.
 *
 * @cssprop [--attune-font-family=inherit] - Font of all text; inherits the page's font by default. Like every token, it inherits into each inner `<attune-screener>`.
 * @cssprop [--attune-heading-font-family=inherit] - Font of the headings; the text's font by default.
 * @cssprop [--attune-font-size=1rem] - Base text size.
 * @cssprop [--attune-line-height=1.5] - Line height of text.
 * @cssprop [--attune-heading-size=1.375em] - Size of the screen headings.
 * @cssprop [--attune-max-width=42rem] - Widest the battery grows.
 * @cssprop [--attune-color-text=#1f2933] - Text. Dark: `#e4e9ee`.
 * @cssprop [--attune-color-text-muted=#4a5563] - Secondary text: progress. Dark: `#b3beca`.
 * @cssprop [--attune-color-surface=#ffffff] - Background. Dark: `#161b22`.
 * @cssprop [--attune-color-surface-subtle=#f4f6f8] - Background of the submission status. Dark: `#212a34`.
 * @cssprop [--attune-color-border=#7b8794] - Borders. Dark: `#8593a3`.
 * @cssprop [--attune-color-accent=#2f5d8a] - Buttons and the progress bar. Dark: `#8dbdeb`.
 * @cssprop [--attune-color-on-accent=#ffffff] - Text on the accent colour. Dark: `#0e1621`.
 * @cssprop [--attune-color-focus=#1a4d80] - Focus outlines. Dark: `#b7d7f7`.
 * @cssprop [--attune-color-attention=#8a4b08] - A submission that is being retried or was refused (a calm amber, not red). Dark: `#f2b66d`.
 * @cssprop [--attune-color-attention-surface=#fdf6ec] - Its background. Dark: `#2d2214`.
 * @cssprop [--attune-radius=0.5rem] - Corner radius of buttons and panels.
 * @cssprop [--attune-space=1rem] - The spacing unit.
 */
export class AttuneBattery extends WithColorScheme(FormAssociated(SubmitsToEndpoint(LitElement))) {
  static override styles = [screenerStyles, integrationStyles, batteryStyles];

  /** Built-in instrument ids, space-separated, in the order asked, e.g. `pc-ptsd-5 pcl-5 ecr-rs phq-9`. */
  @property() instruments = '';

  /**
   * Which instruments are asked only after an earlier result, e.g.
   * `[{ ask: 'pcl-5', when: { instrument: 'pc-ptsd-5', rule: 'positive' } }]` (the default) or
   * `{ scale: 'total', atLeast: 3 }` in place of `rule`. `[]` asks every instrument.
   */
  @property({ attribute: false }) gating: readonly BatteryGate[] = DEFAULT_GATING;

  /** Passed to each screener: `page` (default) or `paged`. */
  @property() mode: Mode = 'page';

  /** Passed to each screener: the stressful experience the questions refer to. */
  @property() experience?: string;

  /** Language of the widget's own text (`en`, `es`), passed to each screener. */
  @property() locale?: string;

  /** The introduction's heading. */
  @property() heading?: string;

  @state() private stage: Stage = 'intro';
  @state() private problem?: AttuneError;
  @state() private announcement = '';
  @state() private completions: SubmittedCompletion[] = [];

  /** The instruments, once loaded; empty while loading or when they cannot be run. */
  @state() private definitions: InstrumentDefinition[] = [];
  private loading?: Promise<unknown>;
  private loadToken = 0;
  private effectiveGating: readonly BatteryGate[] = DEFAULT_GATING;
  private pendingErrors: AttuneError[] = [];
  private focusTitle = false;

  /** Resolves once the instruments are loaded and shown (or their problem is). */
  get ready(): Promise<void> {
    return this.updateComplete
      .then(() => Promise.all([this.loading, this.i18n.loading]))
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** Every completion so far, in order (copies). */
  get results(): Result[] {
    return this.completions.map((c) => c.result);
  }

  // the language of the battery's own text, loaded on demand (English is in the script); a bad locale
  // is reported once, by the screener the battery runs with the same locale
  private readonly i18n = new LocaleController(this, () => undefined);

  private get messages(): Messages {
    return this.i18n.messages;
  }

  private get order(): string[] {
    return this.definitions.map((d) => d.id);
  }

  private plan() {
    return planBattery(this.order, this.effectiveGating, new Map(this.completions.map((c) => [c.instrument.id, c.result])));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.i18n.use(this.locale);
    if (changed.has('instruments')) this.loadInstruments();
    if (changed.has('gating')) {
      const { gating, problems } = checkGating(this.gating);
      this.effectiveGating = problems.length ? DEFAULT_GATING : gating;
      if (problems.length) this.pendingErrors.push(new AttuneError('invalid-attribute', 'The gating list is not valid; using the default (the PCL-5 only after a positive PC-PTSD-5).', problems));
    }
  }

  private loadInstruments(): void {
    const token = ++this.loadToken;
    const ids = this.instruments.split(/\s+/).filter(Boolean);
    const unknown = ids.filter((id) => !builtInIds.includes(id));
    this.problem = undefined;
    this.definitions = [];
    this.loading = undefined;
    if (!ids.length || unknown.length) {
      return this.fail(
        new AttuneError(
          'unknown-instrument',
          !ids.length
            ? 'No instruments given: set instruments="pc-ptsd-5 pcl-5 …".'
            : `There is no built-in instrument ${unknown.map((id) => `"${id}"`).join(', ')}. Known: ${builtInIds.join(', ')}.`,
        ),
      );
    }
    if (new Set(ids).size !== ids.length) this.pendingErrors.push(new AttuneError('invalid-attribute', `instruments="${this.instruments}" names an instrument twice; each is asked once.`));
    this.loading = Promise.all([...new Set(ids)].map((id) => loadInstrument(id)!)).then(
      (definitions) => {
        if (token !== this.loadToken) return; // the instruments attribute changed meanwhile
        const wordless = definitions.filter(needsTextPack).map((d) => d.id);
        if (wordless.length) return this.fail(new AttuneError('invalid-attribute', `${wordless.join(', ')} needs a text pack, which a battery cannot take; use <attune-screener> for it.`));
        this.definitions = definitions;
      },
      () => token === this.loadToken && this.fail(missingFile('instruments/', 'the questions cannot be shown')),
    );
  }

  private fail(problem: AttuneError): void {
    this.problem = problem;
    this.pendingErrors.push(problem);
    this.requestUpdate();
  }

  protected override updated(): void {
    for (const error of this.pendingErrors.splice(0)) {
      this.dispatchEvent(new CustomEvent<AttuneErrorDetail>('attune-error', { detail: { code: error.code, message: error.message, problems: error.problems }, bubbles: true, composed: true }));
    }
    if (this.focusTitle) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    }
    if (this.stage === 'running') void this.startCurrent();
  }

  // each screener skips its own introduction: the battery gave one for all of them
  private async startCurrent(): Promise<void> {
    const screener = this.renderRoot.querySelector('attune-screener');
    if (!screener || screener.dataset.started) return;
    screener.dataset.started = 'true';
    await screener.ready;
    screener.start();
  }

  private onStart = () => {
    this.stage = 'running';
    this.announce();
  };

  private onInnerComplete = (event: CustomEvent<AttuneCompleteDetail>) => {
    // the battery reports once, with every result, when the last instrument is done
    event.stopPropagation();
    const { result, answers } = event.detail;
    if (this.completions.some((c) => c.instrument.id === result.instrument.id)) return;
    this.completions = [...this.completions, toCompletion(result, answers)];
    const plan = this.plan();
    if (plan.next) return this.announce();
    this.stage = 'done';
    this.focusTitle = true;
    this.announcement = '';
    const detail: AttuneBatteryCompleteDetail = { results: this.results, completions: [...this.completions], skipped: plan.skipped };
    this.dispatchEvent(new CustomEvent<AttuneBatteryCompleteDetail>('attune-complete', { detail, bubbles: true, composed: true }));
    const value = { battery: { instruments: this.order }, completions: detail.completions, skipped: plan.skipped };
    this.setFormCompletion(value);
    const completedAt = detail.completions.at(-1)!.completedAt;
    this.submitOnce(completionFingerprint(detail.completions), (idempotencyKey) => ({ idempotencyKey, completedAt, ...value }));
  };

  private announce(): void {
    const plan = this.plan();
    this.announcement = this.messages.batteryProgress(this.completions.length + 1, plan.total);
  }

  protected override formReset(): void {
    this.completions = [];
    this.stage = 'intro';
    this.announcement = '';
    this.resetSubmission();
  }

  protected override incompleteMessage(): string {
    return this.messages.formIncomplete;
  }

  override render() {
    const m = this.messages;
    const loaded = this.definitions.length > 0 && this.i18n.ready;
    const body = this.problem ? problemView(this.problem, m) : !loaded ? nothing : this.stage === 'intro' ? this.renderIntro(m) : this.stage === 'running' ? this.renderRunning(m) : this.renderDone(m);
    return html`
      ${this.renderDisabled(body)}
      ${this.problem ? nothing : submissionStatusView(this.submissionState, { kept: this.submissionPersist() !== 'none', resumed: this.submissionResumed }, m)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderIntro(m: Messages) {
    const gated = applicableGates(this.order, this.effectiveGating).length > 0;
    const minutes = this.definitions.reduce((sum, d) => sum + d.minutes, 0);
    return html`
      <section part="intro" aria-labelledby="title">
        <h2 id="title" tabindex="-1">${this.heading ?? m.batteryTitle}</h2>
        ${this.experience ? html`<p>${m.introExperience(this.experience)}</p>` : nothing}
        <p>${m.batteryLength(this.definitions.length, minutes, gated)}</p>
        <ul part="instrument-list" aria-label=${m.batteryListLabel}>
          ${this.definitions.map((d) => html`<li>${d.title}</li>`)}
        </ul>
        <p>${m.introStop}</p>
        <div class="actions">
          <button type="button" class="primary" part="button button-primary start-button" @click=${this.onStart}>${m.start}</button>
        </div>
      </section>
    `;
  }

  private renderRunning(m: Messages) {
    const plan = this.plan();
    const n = this.completions.length + 1;
    return html`
      <div class="progress" part="progress">
        <span>${m.batteryProgress(n, plan.total)}</span>
        <progress max=${plan.total} value=${n - 1} aria-hidden="true"></progress>
      </div>
      ${keyed(
        plan.next,
        html`<attune-screener
          part="screener"
          exportparts=${EXPORTED_PARTS}
          instrument=${plan.next!}
          mode=${this.mode}
          experience=${this.experience ?? nothing}
          locale=${this.locale ?? nothing}
          color-scheme=${this.colorScheme ?? nothing}
          @attune-complete=${this.onInnerComplete}
        ></attune-screener>`,
      )}
    `;
  }

  private renderDone(m: Messages) {
    return html`
      <section part="results" aria-labelledby="title">
        <h2 id="title" tabindex="-1">${m.thanksTitle}</h2>
        <p>${m.batteryThanksBody}</p>
      </section>
    `;
  }
}

/**
 * The battery's events as its listeners receive them: the same as the screener's, except that its
 * `attune-complete` carries every instrument's result.
 */
export type AttuneBatteryEventMap = Omit<HTMLElementEventMap, 'attune-complete'> & {
  'attune-complete': CustomEvent<AttuneBatteryCompleteDetail>;
};

// `battery.addEventListener('attune-complete', …)` is typed with the battery's own detail, not the
// screener's that HTMLElementEventMap holds for the same event name
export interface AttuneBattery {
  addEventListener<K extends keyof AttuneBatteryEventMap>(type: K, listener: (this: AttuneBattery, ev: AttuneBatteryEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AttuneBatteryEventMap>(type: K, listener: (this: AttuneBattery, ev: AttuneBatteryEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-battery': AttuneBattery;
  }
}
