import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Answers, Settings } from '../../model/answers.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Result } from '../../model/result.js';
import type { CrisisResource } from '../../model/crisis-resource.js';
import { localizeDefinition, type LocalizedDefinition } from '../../model/localize-definition.js';
import { startSession, type Mode, type Session } from '../../session/session.js';
import type { Announcement, Intent, Step } from '../../session/navigation.js';
import { isReviewIntent, questionStep, unfinishedStep } from '../../session/question-steps.js';
import type { PersistMode } from '../../delivery/snapshot-store.js';
import { emit } from '../../events.js';
import type { FirstMessages } from '../../i18n/messages.js';
import { AttuneElement } from '../internal/attune-element.js';
import { ClientOptionsController } from '../internal/client-options.js';
import { WithColorScheme } from '../internal/color-scheme.js';
import { DefinitionController } from '../internal/definition.js';
import { questionsInEnglish, wordingLangs, type WordingLang } from '../internal/wording-lang.js';
import { FocusController } from '../internal/focus.js';
import { FormAssociated } from '../internal/form-associated.js';
import { QuickExitController } from '../internal/quick-exit.js';
import { SaveResumeController } from '../internal/save-resume.js';
import { SubmitsToEndpoint } from '../internal/submission.js';
import { clientScreensStyles, clientChromeStyles } from '../../styles/client-screens.styles.js';
import { formSubmissionStyles } from '../../styles/form-submission.styles.js';
import { introView } from '../views/intro-view.js';
import { noticeView } from '../views/notice-view.js';
import { problemView } from '../views/problem-view.js';
import { quickExitView } from '../views/quick-exit-view.js';
import type { ResultsPolicy } from '../views/results-view.js';
import { screenerStyles } from './attune-screener.styles.js';
import { loadFinishScreens, type FinishScreens } from './load-finish-screens.js';
import { afterNextPaint } from '../internal/after-paint.js';
import type { AttuneError } from '../../model/attune-error.js';
import { pageScreen } from './page-screen.js';
import { loadPagedScreen, type PagedScreen } from './load-paged-screen.js';
import { safetyPanel, type ScreenContext } from './screen-context.js';

/**
 * A validated self-report screener: introduction, questions, and a result that scores exactly as the
 * instrument's published rules say.
 *
 * @summary Runs one instrument (`instrument="pcl-5"` or a `definition` object) and reports the result.
 *
 * @fires {CustomEvent<AttuneChangeDetail>} attune-change - The client answered a question.
 * @fires {CustomEvent<AttuneCompleteDetail>} attune-complete - The client finished.
 * @fires {CustomEvent<AttuneErrorDetail>} attune-error - The instrument, definition or an attribute is not valid.
 * @fires {CustomEvent<AttuneSubmitDetail>} attune-submit - The practice's `submit-url` acknowledged the completion (2xx).
 * @fires {CustomEvent<AttuneSubmitErrorDetail>} attune-submit-error - An attempt to reach `submit-url` failed; `detail.willRetry` says whether the outbox keeps trying.
 * @fires {CustomEvent<AttuneSafetyDetail>} attune-safety - A safety item was endorsed; the support panel is showing.
 * @fires {CustomEvent<AttuneExitDetail>} attune-exit - The client chose "Leave this page" or pressed Shift three times. Cancelable: cancel it to leave your own way (the widget has already cleared itself).
 *
 * @slot thanks - Replaces the default thank-you paragraph shown when the client finishes.
 * @slot crisis - The practice's own crisis resources in the support panel (replaces `crisisResources`; the emergency line stays beneath it unless `replace-emergency-line` is set).
 *
 * @csspart intro - The introduction screen.
 * @csspart experience - The sentence naming the practice's `experience`.
 * @csspart question - Each question's fieldset.
 * @csspart legend - Each question's wording.
 * @csspart option - Each answer (a label around its radio input).
 * @csspart item-error - The message under an unanswered question.
 * @csspart section-lead - The form's lead-in text before a run of questions.
 * @csspart section-list - The form's list of examples (PC-PTSD-5).
 * @csspart stem - The sentence each question completes.
 * @csspart instructions - The instrument's own instructions.
 * @csspart progress - "Question 3 of 20" and its bar (paged mode).
 * @csspart button - Every button. Also `button-primary` (Start, Next, Finish) and `button-secondary` (Back).
 * @csspart button-primary - The main button of each screen: Start, Next, Check your answers, Finish, Carry on (also `button`).
 * @csspart button-secondary - The other buttons: Back, Start again (also `button`).
 * @csspart start-button - "Start" on the introduction (also `button`, `button-primary`).
 * @csspart next-button - "Next" (paged mode).
 * @csspart back-button - "Back" (paged mode).
 * @csspart finish-button - "Finish".
 * @csspart error-summary - The list of unanswered questions, shown when finishing.
 * @csspart error-link - Each link in the error summary.
 * @csspart results - The screen shown after finishing.
 * @csspart summary - The plain-language summary (`results="summary"`).
 * @csspart full-results - The plain sentences and each score with its questions and possible range (`results="full"`); bands, rule outcomes and cutoffs are only in the clinician's report.
 * @csspart scores - The list of scores, one sentence each, in the full results.
 * @csspart plot - A plot of two dimensions (ECR: attachment anxiety against avoidance), in the full results.
 * @csspart plot-table - The table that carries the same numbers as the plot.
 * @csspart attribution - The citation or attribution the licence asks for.
 * @csspart problem - The message shown instead of the questionnaire when it cannot be shown.
 * @csspart quick-exit - The bar holding "Leave this page" and its keyboard hint, at the top of every screen; it stays in view (sticky) while the client scrolls through the widget.
 * @csspart exit-button - The "Leave this page" button (also `button`).
 * @csspart exit-hint - "Or press Shift three times." Shown only where a keyboard is likely (a fine pointer that hovers).
 * @csspart safety - The support panel shown when a safety item is endorsed.
 * @csspart crisis-resources - The list of `crisisResources` in the support panel.
 * @csspart review - The "Check your answers" screen (paged mode).
 * @csspart review-list - Its list of questions and answers; `review-row` is each entry.
 * @csspart review-row - One question and its answer in the review.
 * @csspart change-button - "Change" beside each answer in the review (also `button`).
 * @csspart review-button - "Check your answers" on the last question, and "Back to your answers" after a change (also `button`).
 * @csspart resume - The screen asking whether to carry on with saved answers (`persist`).
 * @csspart resume-button - "Carry on where I left off". `restart-button`: "Start again".
 * @csspart restart-button - "Start again" on the resume screen.
 * @csspart persist-note - The sentence on the introduction saying where answers are kept (`persist`).
 * @csspart notice - A calm note that saved answers could not be used, or that this browser cannot save.
 * @csspart submission-status - With `submit-url`: whether the answers have reached the practice (a live region).
 *
 * @cssprop [--attune-font-family=inherit] - Font of all text; inherits the page's font by default.
 * @cssprop [--attune-heading-font-family=inherit] - Font of the headings; the text's font by default.
 * @cssprop [--attune-font-size=1rem] - Base text size.
 * @cssprop [--attune-line-height=1.5] - Line height of text.
 * @cssprop [--attune-heading-size=1.375em] - Size of the screen headings.
 * @cssprop [--attune-max-width=42rem] - Widest the widget grows.
 * @cssprop [--attune-color-text=#1f2933] - Text. Dark: `#e4e9ee`.
 * @cssprop [--attune-color-text-muted=#4a5563] - Secondary text: stems, progress, attribution. Dark: `#b3beca`.
 * @cssprop [--attune-color-surface=#ffffff] - Background of the widget and the answers. Dark: `#161b22`.
 * @cssprop [--attune-color-surface-subtle=#f4f6f8] - Background of the chosen answer. Dark: `#212a34`.
 * @cssprop [--attune-color-border=#7b8794] - Borders of answers and tables. Dark: `#8593a3`.
 * @cssprop [--attune-color-accent=#2f5d8a] - Buttons, the chosen answer and radio fill. Dark: `#8dbdeb`.
 * @cssprop [--attune-color-on-accent=#ffffff] - Text on the accent colour. Dark: `#0e1621`.
 * @cssprop [--attune-color-focus=#1a4d80] - Focus outlines. Dark: `#b7d7f7`.
 * @cssprop [--attune-color-attention=#8a4b08] - Unanswered-question markers (a calm amber, not red). Dark: `#f2b66d`.
 * @cssprop [--attune-color-attention-surface=#fdf6ec] - Background of the error summary. Dark: `#2d2214`.
 * @cssprop [--attune-color-support-surface=#eef4f9] - Background of the support panel (calm; never alarm red). Dark: `#172a3c`.
 * @cssprop [--attune-radius=0.5rem] - Corner radius of answers, buttons and panels.
 * @cssprop [--attune-space=1rem] - The spacing unit.
 */
export class AttuneScreener extends WithColorScheme(FormAssociated(SubmitsToEndpoint(AttuneElement))) {
  static override styles = [screenerStyles, formSubmissionStyles, clientChromeStyles, clientScreensStyles];
  // Reactive properties, each documented where it is declared below. Declared statically rather than
  // with decorators, so the script tag's first download carries no decorator code.
  static override properties: PropertyDeclarations = {
    instrument: {},
    definition: { attribute: false },
    src: {},
    textPack: { attribute: false },
    textPackSrc: { attribute: 'text-pack-src' },
    mode: {},
    results: {},
    experience: {},
    cutoff: { type: Number },
    settings: { attribute: false },
    locale: {},
    persist: {},
    storageKey: { attribute: 'storage-key' },
    exitUrl: { attribute: 'exit-url' },
    crisisResources: { attribute: false },
    resumeWithoutAsking: { attribute: false },
    replaceEmergencyLine: { type: Boolean, attribute: 'replace-emergency-line' },
    session: { state: true },
    finish: { state: true },
    finishRefused: { state: true },
    paged: { state: true },
  };

  /**
   * Id of a built-in instrument: `pcl-5`, `pc-ptsd-5`, `itq`, `ecr-rs`, `ecr-r`, `phq-9`, `gad-7`, or
   * `ies-r` (with a text pack). Ignored when `definition` or `src` is set.
   */
  instrument?: string;

  /** A practice's own instrument definition (validated; problems are shown and reported). Wins over `src` and `instrument`. */
  definition?: unknown;

  /**
   * Address of a JSON instrument definition on the practice's own site, fetched and validated like
   * `definition`. With `text-pack-src` and `submit-url`, the only addresses the widget requests besides
   * its own files beside the script.
   */
  src?: string;

  /**
   * A practice's text pack, or a list of them, one per language: the wording of an instrument that may
   * not ship with the library (IES-R), or a licensed translation of a built-in (`"language": "es"`),
   * used when `locale` asks for that language. Checked against the instrument's structure.
   */
  textPack?: unknown;

  /** Address of a JSON text pack (or list of packs) on the practice's own site; `textPack` wins over it. */
  textPackSrc?: string;

  /** `page` (default): all questions on one page. `paged`: one question per page. */
  mode: Mode = 'page';

  /** What the client sees on finishing: `none` (thank-you only, default), `summary`, or `full`. */
  results: ResultsPolicy = 'none';

  /**
   * The stressful experience the questions refer to, named in the introduction, e.g.
   * "discovering your partner's betrayal". Question wording never changes.
   */
  experience?: string;

  /** Shorthand for the instrument's `cutoff` setting, within its published range (PCL-5 31–33, PC-PTSD-5 3–4). */
  cutoff?: number;

  /** Values for any of the instrument's settings, e.g. `{ cutoff: 32 }`. `cutoff` wins over this. */
  settings?: Settings;

  /**
   * Language of the widget's own text: `en` (default) or `es`; regional tags (`es-MX`) use the base
   * language. Instrument wording changes only where a published translation ships (the PHQ-9 and
   * GAD-7 in Spanish, loaded beside the script), the definition carries one, or the practice's text
   * pack gives one; what a translation leaves out stays in its own language, marked with `lang`. An
   * unknown locale falls back to English and fires `attune-error`.
   */
  locale?: string;

  /**
   * Save and resume: `none` (default) stores nothing anywhere; `session` keeps answers in this browser
   * tab; `local` in this browser until finished. A reload or a return asks before resuming; finishing,
   * "Start again" and the quick exit remove what was stored.
   */
  persist: PersistMode = 'none';

  /** Keeps two copies of one instrument on a site apart in storage (else the element's `id` is used). */
  storageKey?: string;

  /** Where "Leave this page" and Shift three times go: a neutral site of the practice's choosing (http(s)). Default `about:blank`. */
  exitUrl?: string;

  /** The practice's crisis resources for the support panel: `[{ name, phone?, text?, url? }]`. The `crisis` slot wins over this. */
  crisisResources?: CrisisResource[];

  /**
   * Set by `<attune-battery>` when the client has already chosen to carry on: answers saved for this
   * instrument are put back without asking a second time.
   * @internal
   */
  resumeWithoutAsking = false;

  /**
   * The practice's own resources (the `crisis` slot or `crisisResources`) take the place of the line
   * "If you are in danger now, call your local emergency number." Without it, that line always stays
   * beneath them: an office number alone leaves a client at night with nothing.
   */
  replaceEmergencyLine = false;

  private session?: Session;
  private readonly options = new ClientOptionsController(this, this.errors, ['mode', 'results', 'persist', 'locale', 'exitUrl', 'crisisResources']);
  private readonly source = new DefinitionController(this, this.errors, (definition) => this.useDefinition(definition));
  private readonly saveResume = new SaveResumeController(this, {
    mode: () => this.persist,
    scope: () => this.storageKey || this.id || undefined,
    report: (error) => this.errors.report(error),
    session: () => this.session,
    leaving: () => this.quickExit.leaving,
    unavailable: () => this.announcer.announce(this.messages.storageUnavailable),
    accept: (saved) => {
      if (!this.resumeWithoutAsking) return false;
      this.act({ type: 'resume', saved });
      return true;
    },
  });
  private readonly quickExit = new QuickExitController(this, {
    exitUrl: () => this.options.exitUrl,
    forget: () => {
      const def = this.session?.definition ?? this.saveResume.resumable?.definition;
      if (def) {
        this.saveResume.clear(def);
        this.session = startSession(def);
      }
    },
  });
  // focus on a paged question, the review or results waits until their code has loaded and they are on screen
  private readonly focusAfter = new FocusController(this, () => !this.awaitingFinish && !this.awaitingPaged);
  /** The review and results screens, once loaded (started as soon as there is a session). */
  private finish?: FinishScreens;
  private finishing?: Promise<FinishScreens | undefined>;
  private finishScheduled = false;
  private finishReported = false;
  /** Why the review and results cannot be shown, nor the answers finished (their file is missing beside the script). */
  private finishProblem?: AttuneError;
  /** A finish the client asked for before the finish screens' file arrived: done once it does. */
  private pendingFinish?: Promise<unknown>;
  /** The client asked to finish and the finish screens' file is missing: its problem is shown. */
  private finishRefused = false;

  /** Paged mode's screen, once loaded (only with `mode="paged"`, started as soon as there is a session). */
  private paged?: PagedScreen;
  private pagedLoading?: Promise<unknown>;
  /** Why paged mode's screen cannot be shown (its file is missing beside the script). */
  private pagedProblem?: AttuneError;

  private get messages(): FirstMessages {
    return this.options.i18n.messages;
  }

  /** Resolves once the current instrument or definition is ready to use (or has been reported as invalid). */
  get ready(): Promise<void> {
    // the pending update starts loading whatever was set last; then wait for that load to render
    return this.updateComplete
      .then(() => Promise.all([this.source.settled, this.options.i18n.loading]))
      .then(() => this.saveResume.restoring)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  /** The answers given so far (a copy). */
  get answers(): Answers {
    return { ...(this.session?.answers ?? {}) };
  }

  /** The result, once the client has finished; otherwise undefined. */
  get result(): Result | undefined {
    return this.session?.result;
  }

  /** The definition in use, once resolved. */
  get instrumentDefinition(): InstrumentDefinition | undefined {
    return this.session?.definition;
  }

  /** Skips the introduction, straight to the questions (<attune-battery> introduces all its questionnaires at once). */
  start(): void {
    if (this.session?.stage === 'intro' && !this.source.problem) this.act({ type: 'start' });
  }

  /**
   * Leaves at once, as "Leave this page" and Shift three times do: removes what this element stored,
   * forgets every answer, shows nothing, fires `attune-exit`, then replaces the page with `exit-url`
   * (replace, so Back does not return to the questionnaire).
   */
  leave(): void {
    this.quickExit.leave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.pagedProblem = undefined;
    this.options.check();
    this.source.check(changed);
  }

  protected override updated(): void {
    this.loadPaged();
    if (!this.session || this.finishing) return;
    // on the review or results already (a resumed pass): at once
    if (this.awaitingFinish) void this.loadFinish();
    // else while the client reads the first screen, once it has been painted: loading and running
    // that code must not hold up the paint
    else if (!this.finishScheduled) {
      this.finishScheduled = true;
      // held weakly: a screener removed before the paint is not kept alive by the wait
      const self = new WeakRef(this);
      afterNextPaint(() => {
        const screener = self.deref();
        if (screener?.isConnected) void screener.loadFinish();
        else if (screener) screener.finishScheduled = false;
      });
    }
  }

  /** The finish screens' file, loaded once (undefined when it did not load: reported, and kept in `finishProblem`). */
  private loadFinish(): Promise<FinishScreens | undefined> {
    return (this.finishing ??= loadFinishScreens().then(
      (screens) => {
        this.useFinish(screens);
        return screens;
      },
      (error: AttuneError) => {
        this.finishProblem = error;
        // the host hears of the missing file once, not on every try
        if (!this.finishReported) this.errors.report(error);
        this.finishReported = true;
        return undefined;
      },
    ));
  }

  private useFinish(screens: FinishScreens): void {
    if (this.finish) return;
    // the review's and results' look arrives with their code, before either can be on screen: added
    // after the element's own sheets (or, where a browser cannot adopt sheets, as <style> elements)
    const root = this.renderRoot as ShadowRoot;
    adoptStyles(root, [...(root.adoptedStyleSheets ?? []), ...screens.finishStyles]);
    this.finish = screens;
  }

  /**
   * Runs `then` with the finish screens' file (finishing scores, and scoring is in it): at once once it
   * has arrived, as it has by the time a client answers; else as soon as it does. When it is missing
   * the client is told so above the questions, which stay, and each later try loads it again (the
   * network may be back); the host hears `attune-error` once.
   */
  private withFinish(then: (screens: FinishScreens) => void): void {
    if (this.finish) return then(this.finish);
    if (this.finishProblem) {
      this.finishing = this.finishProblem = undefined;
      this.finishRefused = false;
    }
    const waiting = this.loadFinish().then((screens) => {
      if (this.pendingFinish === waiting) this.pendingFinish = undefined;
      if (!screens) return void (this.finishRefused = true);
      if (!this.quickExit.leaving) then(screens);
    });
    this.pendingFinish = waiting;
  }

  /**
   * Loads paged mode's screen the first time an element in paged mode has a session. After a failure
   * it tries again only once `mode` is set anew, not on every update: the failure's own update would
   * otherwise start the next try, and a browser that keeps a failed module load fails it at once, in a
   * loop of errors.
   */
  private loadPaged(): void {
    if (this.mode !== 'paged' || !this.session || this.paged || this.pagedLoading || this.pagedProblem) return;
    this.pagedLoading = loadPagedScreen().then(
      (screen) => {
        this.paged = screen;
        this.pagedProblem = undefined;
      },
      (error: AttuneError) => {
        this.pagedProblem = error;
        this.pagedLoading = undefined;
        this.errors.report(error);
        this.requestUpdate();
      },
    );
  }

  /** On a question in paged mode before its screen's code has loaded: it is not on screen yet. */
  private get awaitingPaged(): boolean {
    const stage = this.session?.stage;
    return this.mode === 'paged' && !this.paged && !this.pagedProblem && stage === 'questions';
  }

  /** On the review or results before their code has loaded: they are not on screen yet. */
  private get awaitingFinish(): boolean {
    const stage = this.session?.stage;
    return !this.finish && !this.finishProblem && (stage === 'review' || stage === 'done');
  }

  // `await el.updateComplete` on the review or results resolves once they are on screen
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.pendingFinish) {
      await this.pendingFinish;
      return this.getUpdateComplete();
    }
    if (this.awaitingPaged) {
      await this.pagedLoading;
      return this.getUpdateComplete();
    }
    if (!this.awaitingFinish) return done;
    await this.finishing;
    return super.getUpdateComplete();
  }

  private useDefinition(definition: InstrumentDefinition): void {
    const current = this.session?.definition;
    // the same instrument again (e.g. re-set by a framework) keeps everything already answered
    if (!current || current.id !== definition.id || current.version !== definition.version) {
      this.session = startSession(definition);
      this.saveResume.offer(definition);
    } else if (current !== definition) this.session = { ...this.session!, definition };
  }

  /** Applies what the client did: the next session from the pure navigation, then focus, announcement and events. */
  private act(intent: Intent): void {
    // the review's steps are in the review's file, loaded while the first screen was shown
    if (isReviewIntent(intent)) return this.withFinish((screens) => this.apply(screens.reviewStep(this.session!, intent, this.mode)));
    // Next and Back come only from paged mode's screen, so its file (with their steps) is there
    if (intent.type === 'next' || intent.type === 'back') return void (this.paged && this.apply(this.paged.pagedStep(this.session!, intent, this.mode)));
    if (intent.type !== 'finish') return this.apply(questionStep(this.session!, intent, this.mode));
    // the error summary at once; scoring with the finish screens' file
    const unfinished = unfinishedStep(this.session!, this.mode);
    if (unfinished) return this.apply(unfinished);
    this.withFinish((screens) => this.apply(screens.finishStep(this.session!, intent, this.mode), screens));
  }

  /** `screens` is the finish screens' file, given with a step that completes the pass. */
  private apply(step: Step, screens?: FinishScreens): void {
    const s = (this.session = step.session);
    if (step.focus) this.focusAfter.moveTo(step.focus);
    if (step.announce) this.say(step.announce);
    const instrument = { id: s.definition.id, version: s.definition.version };
    if (step.changed) emit(this, 'attune-change', { instrument, ...step.changed, answers: { ...s.answers } });
    if (step.raised?.length) emit(this, 'attune-safety', { instrument, flags: [...step.raised], ...(step.changed ? { itemId: step.changed.itemId } : {}) });
    if (step.completed) {
      // the form value and validity are set first, so a host that submits its form from the event can
      this.completed(s, screens!);
      emit(this, 'attune-complete', { result: s.result!, answers: { ...s.answers } });
    }
  }

  private say(announcement: Announcement): void {
    if (announcement.kind === 'clear') this.announcer.clear();
    else this.announcer.announce(announcement.kind === 'support' ? this.messages.safetyAnnouncement : this.messages.questionOf(announcement.question, announcement.of));
  }

  // Form association and submission: the finished result becomes the form's value and one submission
  // to the practice's endpoint.
  private completed(s: Session, screens: FinishScreens): void {
    const completion = screens.toCompletion(s.result!, s.answers);
    this.setFormCompletion(completion);
    this.submitOnce(screens.completionFingerprint([completion]), (idempotencyKey) => ({ idempotencyKey, ...completion }));
  }

  protected override formReset(): void {
    if (this.session) this.session = startSession(this.session.definition);
    this.resetSubmission();
  }

  protected override formRestore(state: string): void {
    this.withFinish((screens) => {
      const restored = this.session && screens.restoreFinished(this.session.definition, state, this.source.settings);
      if (restored) this.completed((this.session = restored), screens);
    });
  }

  protected override incompleteMessage(): string {
    return this.messages.formIncomplete;
  }

  override render() {
    if (this.quickExit.leaving || !this.options.i18n.ready) return nothing;
    const locale = this.options.i18n.locale;
    // wording in the client's language where the definition carries a translation (ids and values unchanged)
    const localized = this.session && localizeDefinition(this.session.definition, locale);
    const s = this.session && { ...this.session, definition: localized!.definition };
    const problem = this.source.problem;
    // the language of each part of the instrument wording on screen, where it differs from the widget's own text
    const wordingLang = wordingLangs(localized, locale);
    const body = problem ? problemView(problem, this.messages) : s ? this.renderStage(s, wordingLang, localized!) : nothing;
    // no whitespace between the tags: each run of it would be a text node
    return html`<div lang=${locale}>${quickExitView(this.messages, this.onLeave)}${this.renderDisabled(body)}${
      // with the finish screens' file, which every completion (and so every submission) needs first
      problem || !this.finish
        ? nothing
        : this.finish.submissionStatus(this.submissionState, { kept: this.submissionPersist() !== 'none', resumed: this.submissionResumed }, this.messages)
    }${
      s && !problem
        ? html`<p class="attribution" part="attribution" lang=${ifDefined(wordingLang(s.definition.attribution ? 'attribution' : 'labels'))} .textContent=${s.definition.attribution ?? s.definition.citation}></p>`
        : nothing
    }</div>`;
  }

  private onLeave = () => this.leave();

  private renderStage(s: Session, wordingLang: WordingLang, localized: LocalizedDefinition) {
    const m = this.messages;
    const ctx: ScreenContext = {
      session: s,
      messages: m,
      resources: this.options.resources,
      replaceEmergencyLine: this.replaceEmergencyLine,
      wordingLang,
      act: (intent) => this.act(intent),
    };
    switch (s.stage) {
      case 'intro': {
        const saved = this.saveResume;
        if (saved.resumable) return saved.resumeScreen(s.definition.title, m, this.onResume, this.onRestart);
        return html`${noticeView(saved.notice, m)}${introView({
          definition: s.definition,
          questions: s.definition.items.length,
          experience: this.experience,
          messages: m,
          wordingLang,
          inEnglish: questionsInEnglish(localized, this.options.i18n.locale),
          onStart: () => this.act({ type: 'start' }),
        })}${this.persist !== 'none' && saved.notice !== 'unavailable' ? html`<p class="muted" part="persist-note">${m.persistNote(this.persist === 'local' ? 'local' : 'session')}</p>` : nothing}`;
      }
      case 'review':
      case 'done':
        // support once shown stays on screen, whatever else cannot be
        if (!this.finish) return this.finishProblem ? html`${problemView(this.finishProblem, m)}${safetyPanel(ctx)}` : nothing;
        return this.finish.finishedScreen(ctx, { policy: this.results, locale: this.options.i18n.locale, onFinish: this.onFinish });
      default: {
        // finishing could not load its file: said above the questions, which stay (with their support) for another try
        // (wrapped only then: a page of questions holds no extra markers)
        const refused = this.finishRefused && this.finishProblem ? problemView(this.finishProblem, m) : undefined;
        if (this.mode === 'paged' && !this.paged) return this.pagedProblem ? html`${problemView(this.pagedProblem, m)}${safetyPanel(ctx)}` : nothing;
        const screen = this.paged && this.mode === 'paged' ? this.paged.pagedScreen(ctx) : pageScreen(ctx, this.onFinish);
        return refused ? html`${refused}${screen}` : screen;
      }
    }
  }

  // the result records the language of the wording the client answered in
  private onFinish = () => this.act({ type: 'finish', settings: this.source.settings, language: localizeDefinition(this.session!.definition, this.options.i18n.locale).language });

  private onResume = () => {
    const saved = this.saveResume.take();
    if (saved) this.act({ type: 'resume', saved });
  };

  private onRestart = () => {
    this.saveResume.discard();
    this.focusAfter.moveTo('title');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-screener': AttuneScreener;
  }
}
