import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Settings } from '../../model/answers.js';
import { AttuneError } from '../../model/attune-error.js';
import type { CrisisResource } from '../../model/crisis-resource.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Result } from '../../model/result.js';
import type { SubmittedCompletion } from '../../model/submission.js';
import { applicableGates, checkGating, DEFAULT_GATING, planBattery, type BatteryGate } from '../../session/battery.js';
import { completionFingerprint, toCompletion } from '../../session/completion.js';
import type { Mode } from '../../session/session.js';
import type { PersistMode } from '../../delivery/snapshot-store.js';
import { resolveSettings } from '../../scoring/settings.js';
import { emit, type AttuneBatteryCompleteDetail, type AttuneBatteryEventMap, type AttuneCompleteDetail } from '../../events.js';
import type { Messages } from '../../i18n/messages.js';
import { enFinish } from '../../i18n/en-finish.js';
import { formSubmissionStyles } from '../../styles/form-submission.styles.js';
import { submissionStatusStyles } from '../../styles/submission-status.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { clientChromeStyles, clientScreensStyles } from '../../styles/client-screens.styles.js';
import { AttuneElement } from '../internal/attune-element.js';
import { ClientOptionsController } from '../internal/client-options.js';
import { WithColorScheme } from '../internal/color-scheme.js';
import { FocusController } from '../internal/focus.js';
import { FormAssociated } from '../internal/form-associated.js';
import { LatestLoad } from '../internal/latest-load.js';
import { QuickExitController } from '../internal/quick-exit.js';
import { SubmitsToEndpoint } from '../internal/submission.js';
import { problemView } from '../views/problem-view.js';
import { safetyPanelView } from '../views/safety-panel-view.js';
import type { ResultsPolicy } from '../views/results-view.js';
import { resultsBody } from '../attune-screener/finish-screens.js';
import { localizeDefinition } from '../../model/localize-definition.js';
import { wordingLangs } from '../internal/wording-lang.js';
import { quickExitView } from '../views/quick-exit-view.js';
import { submissionStatusView } from '../views/submission-status-view.js';
import { screenerStyles } from '../attune-screener/attune-screener.styles.js';
import { batteryStyles } from './attune-battery.styles.js';
import { attachmentPlotStyles } from '../charts/attachment-plot.styles.js';
import { BatteryResumeController } from './battery-resume.js';
import { batteryIds, loadBatteryInstruments } from './battery-instruments.js';
import { doneScreen, introScreen, runningScreen } from './battery-screens.js';

type Stage = 'intro' | 'running' | 'done';

/**
 * Several instruments as one experience: one introduction, one overall progress, an instrument
 * asked only when an earlier result calls for it (by default the PCL-5 only after a positive
 * PC-PTSD-5), one completion event with every result, and one submission.
 *
 * Each instrument runs in its own `<attune-screener>`; scores come from those, never from here.
 *
 * @summary Runs `instruments="pc-ptsd-5 pcl-5 ecr-rs phq-9"` one after another, with gating.
 *
 * @fires {CustomEvent<AttuneBatteryCompleteDetail>} attune-complete - The client finished the last instrument asked.
 * @fires {CustomEvent<AttuneChangeDetail>} attune-change - From the inner screeners, as the client answers (`detail.instrument` names which).
 * @fires {CustomEvent<AttuneErrorDetail>} attune-error - An unknown instrument, an invalid `gating` list or attribute.
 * @fires {CustomEvent<AttuneSubmitDetail>} attune-submit - `submit-url` acknowledged the battery's one submission.
 * @fires {CustomEvent<AttuneSubmitErrorDetail>} attune-submit-error - An attempt to reach `submit-url` failed.
 * @fires {CustomEvent<AttuneSafetyDetail>} attune-safety - From the inner screener: a safety item was endorsed.
 * @fires {CustomEvent<AttuneExitDetail>} attune-exit - The client chose to leave at once, on any screen (cancelable); fired once, by the battery, for it and its screeners.
 *
 * @slot crisis - The practice's own crisis resources, shown in the support panel of every screener the battery runs (as `<attune-screener>`'s `crisis` slot).
 *
 * @csspart intro - The battery's introduction.
 * @csspart instrument-list - The list of questionnaires in the introduction.
 * @csspart progress - "Questionnaire 2 of 3" and its bar.
 * @csspart screener - The `<attune-screener>` of the instrument being asked; its own parts (`question`, `option`, `button`, …) are exported too.
 * @csspart results - The thank-you shown at the end.
 * @csspart instrument-results - With `results="summary|full"`: one questionnaire's part of the thank-you (its title, then `summary` or `full-results`).
 * @csspart summary - A questionnaire's plain sentences (`results="summary"`).
 * @csspart full-results - A questionnaire's plain sentences and each score in words (`results="full"`).
 * @csspart scores - The list of scores in words (`results="full"`).
 * @csspart plot - A plot of two dimensions (ECR), in the full results.
 * @csspart plot-table - The table that carries the same numbers as the plot.
 * @csspart button - Every button of the battery's own (also `button-primary`, `start-button`).
 * @csspart button-primary - The battery's main button (also `button`).
 * @csspart button-secondary - "Start again" on the resume screen (also `button`).
 * @csspart start-button - "Start" on the battery's introduction (also `button`, `button-primary`).
 * @csspart problem - The message shown when the battery cannot run.
 * @csspart resume - The screen asking whether to carry on with a pass saved earlier (`persist`).
 * @csspart resume-button - "Carry on where I left off".
 * @csspart restart-button - "Start again" on the resume screen.
 * @csspart persist-note - The sentence on the introduction saying where answers are kept (`persist`).
 * @csspart notice - A calm note that a saved pass could not be used, or that this browser cannot save.
 * @csspart safety - The support panel, still shown on the thank-you when a questionnaire of this pass showed it.
 * @csspart crisis-resources - The list of `crisisResources` in that support panel.
 * @csspart quick-exit - "Leave this page" on the battery's own screens (each screener shows its own while it runs).
 * @csspart exit-button - The "Leave this page" button (also `button`).
 * @csspart exit-hint - "Or press Shift three times."
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
 * @cssprop [--attune-color-support-surface=#eef4f9] - Background of the support panel on the thank-you (calm; never alarm red). Dark: `#172a3c`.
 * @cssprop [--attune-radius=0.5rem] - Corner radius of buttons and panels.
 * @cssprop [--attune-space=1rem] - The spacing unit.
 */
export class AttuneBattery extends WithColorScheme(FormAssociated(SubmitsToEndpoint(AttuneElement))) {
  static override styles = [
    screenerStyles,
    tableStyles,
    attachmentPlotStyles,
    formSubmissionStyles,
    submissionStatusStyles,
    clientChromeStyles,
    clientScreensStyles,
    batteryStyles,
  ];
  // Reactive properties, each documented where it is declared below; declared statically, as the screener's are.
  static override properties: PropertyDeclarations = {
    instruments: {},
    gating: { converter: { fromAttribute: (value: string | null) => (value === 'none' ? [] : value === 'default' || value === null ? DEFAULT_GATING : value) } },
    mode: {},
    resultsPolicy: { attribute: 'results' },
    experience: {},
    locale: {},
    exitUrl: { attribute: 'exit-url' },
    crisisResources: { attribute: false },
    replaceEmergencyLine: { type: Boolean, attribute: 'replace-emergency-line' },
    settings: { attribute: false },
    textPacks: { attribute: false },
    heading: {},
    persist: {},
    storageKey: { attribute: 'storage-key' },
    stage: { state: true },
    completions: { state: true },
    problem: { state: true },
    definitions: { state: true },
  };

  /** Built-in instrument ids, space-separated, in the order asked, e.g. `pc-ptsd-5 pcl-5 ecr-rs phq-9`. */
  instruments = '';

  /**
   * Which instruments are asked only after an earlier result, e.g.
   * `[{ ask: 'pcl-5', when: { instrument: 'pc-ptsd-5', rule: 'positive' } }]` (the default) or
   * `{ scale: 'total', atLeast: 3 }` in place of `rule`. `[]`, or the attribute `gating="none"`, asks
   * every instrument (a partner-betrayal intake: see the docs); `gating="default"` is the default.
   */
  gating: readonly BatteryGate[] | string = DEFAULT_GATING;

  /** Passed to each screener: `page` (default) or `paged`. */
  mode: Mode = 'page';

  /**
   * What the client sees on the thank-you: `none` (the default, a thank-you only), `summary` (each
   * questionnaire's plain sentences) or `full` (also each score in words), as `<attune-screener
   * results>`. The property is `resultsPolicy`: the battery's `results` property is the list of results.
   */
  resultsPolicy: ResultsPolicy = 'none';

  /** Passed to each screener: the stressful experience the questions refer to. */
  experience?: string;

  /** Language of the widget's own text (`en`, `es`), for the battery and each screener. */
  locale?: string;

  /** Where "Leave this page" and Shift three times go, from any screen of the battery (http(s)). Default `about:blank`. */
  exitUrl?: string;

  /** The practice's crisis resources, for the support panel of every screener: `[{ name, phone?, text?, url? }]`. */
  crisisResources?: CrisisResource[];

  /** Passed to each screener: the practice's own resources take the place of the emergency line (see `<attune-screener>`). */
  replaceEmergencyLine = false;

  /** Settings per instrument, e.g. `{ "pcl-5": { "cutoff": 31 } }`; each screener checks its own. */
  settings?: Readonly<Record<string, Settings>>;

  /** Text packs per instrument (a pack or a list, one per language), e.g. `{ "ies-r": pack, "pcl-5": [spanishPack] }` (see `<attune-screener>`'s `textPack`). */
  textPacks?: Readonly<Record<string, unknown>>;

  /** The introduction's heading. */
  heading?: string;

  /**
   * Save and resume: `none` (default) stores nothing; `session` keeps the pass in this browser tab;
   * `local` in this browser until finished. After a reload the client is asked whether to carry on:
   * the instruments already finished, and the answers of the one in progress. Finishing, "Start again"
   * and the quick exit remove what was stored.
   */
  persist: PersistMode = 'none';

  /** Keeps two batteries on a site apart in storage (else the element's `id` is used). */
  storageKey?: string;

  private stage: Stage = 'intro';
  private completions: SubmittedCompletion[] = [];
  private problem?: AttuneError;
  /** The instruments, once loaded; empty while loading or when they cannot be run. */
  private definitions: InstrumentDefinition[] = [];
  private readonly options = new ClientOptionsController(this, this.errors, ['mode', 'results', 'persist', 'locale', 'exitUrl', 'crisisResources'], { results: 'resultsPolicy' });
  private readonly saved = new BatteryResumeController(this, {
    mode: () => this.persist,
    scope: () => this.storageKey || this.id || undefined,
    report: (error) => this.errors.report(error),
  });
  /** The client chose to carry on: the screener in progress resumes its own answers without asking again. */
  private resuming = false;
  private readonly focusAfter = new FocusController(this);
  private readonly load = new LatestLoad();
  private readonly quickExit = new QuickExitController(this, {
    exitUrl: () => this.options.exitUrl,
    forget: () => this.restart({ clearStored: true }),
  });
  private effectiveGating: readonly BatteryGate[] = DEFAULT_GATING;

  /** Resolves once the instruments are loaded and shown (or their problem is). */
  get ready(): Promise<void> {
    return this.updateComplete
      .then(() => Promise.all([this.load.settled, this.options.i18n.loading]))
      .then(() => this.saved.restoring)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** Every completion so far, in order (copies). */
  get results(): Result[] {
    return this.completions.map((c) => c.result);
  }

  /** Every string: the battery's own screens and results are English's later ones (en-finish.ts, with the battery's code). */
  private get messages(): Messages {
    return { ...enFinish, ...this.options.i18n.messages };
  }

  private get order(): string[] {
    return this.definitions.map((d) => d.id);
  }

  private plan() {
    return planBattery(this.order, this.effectiveGating, new Map(this.completions.map((c) => [c.instrument.id, c.result])));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.options.check();
    // the instruments come with their published translations for the locale (the intro lists their titles)
    if (changed.has('instruments') || changed.has('textPacks')) this.loadInstruments();
    else if (changed.has('locale') && this.definitions.length) this.reloadWording();
    if (changed.has('gating') && typeof this.gating === 'string') {
      this.errors.invalidAttribute(`gating="${this.gating}" is not "none" or "default"; using the default (the PCL-5 only after a positive PC-PTSD-5).`);
      this.effectiveGating = DEFAULT_GATING;
    } else if (changed.has('gating')) {
      const { gating, problems } = checkGating(this.gating);
      this.effectiveGating = problems.length ? DEFAULT_GATING : gating;
      if (problems.length) this.errors.invalidAttribute('The gating list is not valid; using the default (the PCL-5 only after a positive PC-PTSD-5).', problems);
    }
  }

  private loadInstruments(): void {
    const { ids, repeated, problem } = batteryIds(this.instruments);
    this.problem = undefined;
    this.definitions = [];
    if (problem) {
      this.load.cancel();
      return this.fail(problem);
    }
    if (repeated) this.errors.invalidAttribute(`instruments="${this.instruments}" names an instrument twice; each is asked once.`);
    this.load.run(
      () => loadBatteryInstruments(ids, this.textPacks, this.locale),
      (definitions) => {
        this.definitions = definitions;
        this.saved.offer(definitions, (id) => this.settingsFor(id));
      },
      (error) => this.fail(error as AttuneError),
    );
  }

  // another language: the same instruments with that language's wording; the pass and its answers stay
  private reloadWording(): void {
    const { ids } = batteryIds(this.instruments);
    this.load.run(
      () => loadBatteryInstruments(ids, this.textPacks, this.locale),
      (definitions) => void (this.definitions = definitions),
      (error) => this.fail(error as AttuneError),
    );
  }

  private fail(problem: AttuneError): void {
    this.problem = problem;
    this.errors.report(problem);
  }

  protected override updated(): void {
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
    this.saved.save(this.order, this.completions);
    this.announceProgress();
  };

  private onResume = () => {
    this.completions = this.saved.take();
    this.resuming = true;
    this.stage = this.plan().next ? 'running' : 'intro';
    this.announceProgress();
  };

  private onRestart = () => {
    this.restart({ clearStored: true });
    this.focusAfter.moveTo('title');
  };

  /** The settings the screener of `id` scores with: the practice's where valid, else the published defaults. */
  private settingsFor(id: string): Settings {
    const def = this.definitions.find((d) => d.id === id)!;
    try {
      return resolveSettings(def, this.settings?.[id]);
    } catch {
      return resolveSettings(def, {});
    }
  }

  private onInnerComplete = (event: CustomEvent<AttuneCompleteDetail>) => {
    // the battery reports once, with every result, when the last instrument is done
    event.stopPropagation();
    const { result, answers } = event.detail;
    if (this.completions.some((c) => c.instrument.id === result.instrument.id)) return;
    this.completions = [...this.completions, toCompletion(result, answers)];
    // the next screener starts afresh: only the one in progress at the reload resumes its answers
    this.resuming = false;
    const plan = this.plan();
    if (plan.next) {
      this.saved.save(this.order, this.completions);
      return this.announceProgress();
    }
    this.saved.clear(this.order);
    this.stage = 'done';
    this.focusAfter.moveTo('title');
    this.announcer.clear();
    const detail: AttuneBatteryCompleteDetail = { results: this.results, completions: [...this.completions], skipped: plan.skipped };
    const value = { battery: { instruments: this.order }, completions: detail.completions, skipped: plan.skipped };
    // the form value and validity are set first, so a host that submits its form from the event can
    this.setFormCompletion(value);
    const completedAt = detail.completions.at(-1)!.completedAt;
    this.submitOnce(completionFingerprint(detail.completions), (idempotencyKey) => ({ idempotencyKey, completedAt, ...value }));
    emit<{ 'attune-complete': CustomEvent<AttuneBatteryCompleteDetail> }>(this, 'attune-complete', detail);
  };

  private announceProgress(): void {
    this.announcer.announce(this.messages.batteryProgress(this.completions.length + 1, this.plan().total));
  }

  private restart({ clearStored }: { clearStored: boolean }): void {
    if (clearStored) this.saved.clear(this.order);
    this.completions = [];
    this.resuming = false;
    this.stage = 'intro';
  }

  protected override formReset(): void {
    this.restart({ clearStored: true });
    this.announcer.clear();
    this.resetSubmission();
  }

  protected override incompleteMessage(): string {
    return this.messages.formIncomplete;
  }

  override render() {
    const m = this.messages;
    if (this.quickExit.leaving || !this.options.i18n.ready) return nothing;
    const loaded = this.definitions.length > 0;
    const body = this.problem
      ? problemView(this.problem, m)
      : !loaded
        ? nothing
        : this.stage === 'intro'
          ? this.renderIntro(m)
          : this.stage === 'running'
            ? this.renderRunning(m)
            : this.renderDone(m);
    return html`<div lang=${this.options.i18n.locale}>
      ${this.stage === 'running' && !this.problem ? nothing : quickExitView(m, () => this.quickExit.leave())} ${this.renderDisabled(body)}
      ${this.problem ? nothing : submissionStatusView(this.submissionState, { kept: this.submissionPersist() !== 'none', resumed: this.submissionResumed }, m)}
    </div>`;
  }

  private renderDone(m: Messages) {
    const shown = this.completions.flatMap((c) => c.result.supportShown ?? c.result.flags);
    const locale = this.options.i18n.locale;
    const results = this.completions.map(({ result }) => {
      const localized = localizeDefinition(
        this.definitions.find((d) => d.id === result.instrument.id)!,
        locale,
      );
      const wordingLang = wordingLangs(localized, locale);
      const props = { definition: localized.definition, result, policy: this.resultsPolicy, messages: m, locale, wordingLang, supportShown: shown };
      return { title: localized.definition.title, lang: wordingLang('title'), body: resultsBody(props) };
    });
    // support shown by any questionnaire of this pass stays in view (even if its answer was changed back)
    const support = shown.length ? safetyPanelView(m, this.options.resources, { stage: 'done', replaceEmergencyLine: this.replaceEmergencyLine }) : nothing;
    return doneScreen(m, { results: this.resultsPolicy === 'none' ? [] : results, support });
  }

  private renderIntro(m: Messages) {
    const { notice, resumable } = this.saved;
    return introScreen(
      {
        heading: this.heading ?? m.batteryTitle,
        definitions: this.definitions,
        titles: this.definitions.map((d) => {
          const localized = localizeDefinition(d, this.options.i18n.locale);
          return { text: localized.definition.title, lang: wordingLangs(localized, this.options.i18n.locale)('title') };
        }),
        gated: applicableGates(this.order, this.effectiveGating).length > 0,
        experience: this.experience,
        persist: this.persist,
        notice,
        resumable: resumable !== undefined,
        onStart: this.onStart,
        onResume: this.onResume,
        onRestart: this.onRestart,
      },
      m,
    );
  }

  private renderRunning(m: Messages) {
    const plan = this.plan();
    const id = plan.next!;
    const forwarded = {
      ...this.options.forwarded,
      experience: this.experience,
      colorScheme: this.colorScheme,
      settings: this.settings?.[id],
      textPack: this.textPacks?.[id],
      storageKey: this.saved.innerStorageKey,
      resumeWithoutAsking: this.resuming,
      replaceEmergencyLine: this.replaceEmergencyLine,
    };
    // forwarded only when the practice gave one: an empty forwarded slot would hide the screener's own
    // resources and emergency line
    const crisisSlot = this.querySelector(':scope > [slot="crisis"]') !== null;
    return runningScreen({ id, n: this.completions.length + 1, total: plan.total, forwarded, crisisSlot, onComplete: this.onInnerComplete }, m);
  }
}

// `battery.addEventListener('attune-complete', …)` is typed with the battery's own detail, not the
// screener's that HTMLElementEventMap holds for the same event name
export interface AttuneBattery {
  addEventListener<K extends keyof AttuneBatteryEventMap>(
    type: K,
    listener: (this: AttuneBattery, ev: AttuneBatteryEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof AttuneBatteryEventMap>(
    type: K,
    listener: (this: AttuneBattery, ev: AttuneBatteryEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-battery': AttuneBattery;
  }
}
