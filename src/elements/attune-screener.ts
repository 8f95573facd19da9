import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Answers, Settings } from '../model/answers.js';
import { AttuneError, isAttuneError, type AttuneErrorCode, type Problem } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import type { Result } from '../model/result.js';
import { resolveSettings } from '../scoring/settings.js';
import * as session from '../session/session.js';
import type { Mode, Session } from '../session/session.js';
import type { Messages } from '../i18n/messages.js';
import { screenerStyles } from './attune-screener.styles.js';
import { LocaleController } from './locale-controller.js';
import { missingFile } from './missing-file.js';
import { attachmentPlotStyles } from './charts/attachment-plot.styles.js';
import { resolveDefinitionSource } from './definition-source.js';
import { errorSummaryView } from './views/error-summary-view.js';
import { introView } from './views/intro-view.js';
import { problemView } from './views/problem-view.js';
import { questionView } from './views/question-view.js';
import { resultsView, type ResultsPolicy } from './views/results-view.js';
import { sectionIntroView } from './views/section-view.js';
import { localizeDefinition } from '../model/localize-definition.js';
import { checkCrisisResources, isSafeExitUrl, type CrisisResource } from '../model/crisis-resource.js';
import * as review from '../session/review.js';
import type { PersistMode } from '../session/snapshot-store.js';
import { clientExperienceStyles } from './client-experience.styles.js';
import { QuickExitController } from './quick-exit-controller.js';
import { SaveResumeController, type StorageNotice } from './save-resume-controller.js';
import { noticeView } from './views/notice-view.js';
import { quickExitView } from './views/quick-exit-view.js';
import { resumeView } from './views/resume-view.js';
import { reviewView } from './views/review-view.js';
import { safetyPanelView } from './views/safety-panel-view.js';
import { completionFingerprint, restoreFinished, toCompletion } from '../session/completion.js';
import { FormAssociated } from './form-associated.js';
import { integrationStyles } from './integration.styles.js';
import { SubmitsToEndpoint } from './submits-to-endpoint.js';
import { submissionStatusView } from './views/submission-status-view.js';
import { WithColorScheme } from './color-scheme.js';

/** `detail` of `attune-change`: the answer just given and all answers so far. */
export interface AttuneChangeDetail {
  instrument: { id: string; version: string };
  itemId: string;
  value: number;
  answers: Answers;
}

/** `detail` of `attune-complete`: the validated result and the answers it was scored from. */
export interface AttuneCompleteDetail {
  result: Result;
  answers: Answers;
}

/** `detail` of `attune-error`: what is wrong, for the host page's developers. */
export interface AttuneErrorDetail {
  code: AttuneErrorCode;
  message: string;
  problems: Problem[];
}

/** `detail` of `attune-safety`: a safety item was endorsed (e.g. PHQ-9 item 9 above "Not at all"). */
export interface AttuneSafetyDetail {
  instrument: { id: string; version: string };
  /** The flags newly raised, e.g. `['self-harm']`. */
  flags: string[];
  /** The question answered; absent when the flags come back with answers resumed after a reload. */
  itemId?: string;
}

/** `detail` of `attune-exit`: the client chose to leave at once. Cancel the event to leave your own way. */
export interface AttuneExitDetail {
  url: string;
}

const PERSIST_MODES: readonly PersistMode[] = ['none', 'session', 'local'];
/** Where the quick exit goes when the practice sets no `exit-url`: a blank page that loads nothing. */
const DEFAULT_EXIT_URL = 'about:blank';
const MODES: readonly Mode[] = ['page', 'paged'];
const SOURCE_PROPERTIES = ['instrument', 'definition', 'src', 'textPack', 'textPackSrc'] as const;
const POLICIES: readonly ResultsPolicy[] = ['none', 'summary', 'full'];

type FocusTarget = 'title' | 'legend' | 'error-summary' | { item: string };

/**
 * A validated self-report screener: introduction, questions, and a result that scores exactly as the
 * instrument's published rules say.
 *
 * @summary Runs one instrument (`instrument="pcl-5"` or a `definition` object) and reports the result.
 *
 * @fires attune-change - The client answered a question. `detail`: {@link AttuneChangeDetail}.
 * @fires attune-complete - The client finished. `detail`: {@link AttuneCompleteDetail}.
 * @fires attune-error - The instrument, definition or an attribute is not valid. `detail`: {@link AttuneErrorDetail}.
 * @fires attune-submit - The practice's `submit-url` acknowledged the completion (2xx). `detail`: {@link AttuneSubmitDetail}.
 * @fires attune-submit-error - An attempt to reach `submit-url` failed; `detail.willRetry` says whether the outbox keeps trying. `detail`: {@link AttuneSubmitErrorDetail}.
 *
 * @fires attune-safety - A safety item was endorsed; the support panel is showing. `detail`: {@link AttuneSafetyDetail}.
 * @fires attune-exit - The client chose "Leave this page" or pressed Shift three times. Cancelable: cancel it to leave your own way (the widget has already cleared itself). `detail`: {@link AttuneExitDetail}.
 *
 * @slot thanks - Replaces the default thank-you paragraph shown when the client finishes.
 * @slot crisis - The practice's own crisis resources in the support panel (replaces `crisisResources` and the default emergency line).
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
 * @csspart full-results - Scores, bands and rule outcomes (`results="full"`).
 * @csspart scores-table - The table of scale scores.
 * @csspart bands-table - The table of severity bands.
 * @csspart rules-table - The table of rule outcomes.
 * @csspart plot - A plot of two dimensions (ECR: attachment anxiety against avoidance), in the full results.
 * @csspart plot-table - The table that carries the same numbers as the plot.
 * @csspart attribution - The citation or attribution the licence asks for.
 * @csspart problem - The message shown instead of the questionnaire when it cannot be shown.
 * @csspart quick-exit - The bar holding "Leave this page" and its keyboard hint, at the top of every screen.
 * @csspart exit-button - The "Leave this page" button (also `button`).
 * @csspart exit-hint - "Or press Shift three times."
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
export class AttuneScreener extends WithColorScheme(FormAssociated(SubmitsToEndpoint(LitElement))) {
  static override styles = [screenerStyles, attachmentPlotStyles, integrationStyles, clientExperienceStyles];

  /**
   * Id of a built-in instrument: `pcl-5`, `pc-ptsd-5`, `itq`, `ecr-rs`, `ecr-r`, `phq-9`, `gad-7`, or
   * `ies-r` (with a text pack). Ignored when `definition` or `src` is set.
   */
  @property() instrument?: string;

  /** A practice's own instrument definition (validated; problems are shown and reported). Wins over `src` and `instrument`. */
  @property({ attribute: false }) definition?: unknown;

  /**
   * Address of a JSON instrument definition on the practice's own site, fetched and validated like
   * `definition`. With `text-pack-src` and `submit-url`, the only addresses the widget requests besides
   * its own files beside the script.
   */
  @property() src?: string;

  /** The wording of an instrument that may not ship with the library (IES-R), from a practice that holds permission. */
  @property({ attribute: false }) textPack?: unknown;

  /** Address of a JSON text pack on the practice's own site; `textPack` wins over it. */
  @property({ attribute: 'text-pack-src' }) textPackSrc?: string;

  /** `page` (default): all questions on one page. `paged`: one question per page. */
  @property() mode: Mode = 'page';

  /** What the client sees on finishing: `none` (thank-you only, default), `summary`, or `full`. */
  @property() results: ResultsPolicy = 'none';

  /**
   * The stressful experience the questions refer to, named in the introduction, e.g.
   * "discovering your partner's betrayal". Question wording never changes.
   */
  @property() experience?: string;

  /** Shorthand for the instrument's `cutoff` setting, within its published range (PCL-5 31–33, PC-PTSD-5 3–4). */
  @property({ type: Number }) cutoff?: number;

  /** Values for any of the instrument's settings, e.g. `{ cutoff: 32 }`. `cutoff` wins over this. */
  @property({ attribute: false }) settings?: Settings;

  /**
   * Language of the widget's own text: `en` (default) or `es`; regional tags (`es-MX`) use the base
   * language. Instrument wording changes only where the definition carries a translation. An unknown
   * locale falls back to English and fires `attune-error`.
   */
  @property() locale?: string;

  /**
   * Save and resume: `none` (default) stores nothing anywhere; `session` keeps answers in this browser
   * tab; `local` in this browser until finished. A reload or a return asks before resuming; finishing,
   * "Start again" and the quick exit remove what was stored.
   */
  @property() persist: PersistMode = 'none';

  /** Keeps two copies of one instrument on a site apart in storage (else the element's `id` is used). */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** Where "Leave this page" and Shift three times go: a neutral site of the practice's choosing (http(s)). Default `about:blank`. */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** The practice's crisis resources for the support panel: `[{ name, phone?, text?, url? }]`. The `crisis` slot wins over this. */
  @property({ attribute: false }) crisisResources?: CrisisResource[];

  @state() private session?: Session;
  @state() private problem?: AttuneError;
  @state() private announcement = '';
  /** Saved answers found on load, offered to the client before anything is put back. */
  @state() private resumable?: Session;
  @state() private storageNotice: StorageNotice;
  /** Set by the quick exit: nothing is shown any more. */
  @state() private leaving = false;
  // the language of the widget's own text, loaded on demand (English is in the script)
  private readonly i18n = new LocaleController(this, (error) => this.report(error));
  private resources: CrisisResource[] = [];
  private restoring?: Promise<unknown>;
  private readonly saveResume = new SaveResumeController(this, {
    mode: () => this.persist,
    scope: () => this.storageKey || this.id || undefined,
    report: (error) => this.report(error),
  });

  private get messages(): Messages {
    return this.i18n.messages;
  }
  private get uiLocale(): string {
    return this.i18n.locale;
  }
  // one document listener per element, added on connect and removed on disconnect
  private readonly quickExit = new QuickExitController(this, () => this.leave());
  private effectiveSettings: Settings = {};
  private pendingErrors: AttuneError[] = [];
  private pendingFocus?: FocusTarget;
  private loadToken = 0;
  private loading?: Promise<unknown>;

  /** Resolves once the current instrument or definition is ready to use (or has been reported as invalid). */
  get ready(): Promise<void> {
    // the pending update starts loading whatever was set last; then wait for that load to render
    return this.updateComplete
      .then(() => Promise.all([this.loading, this.i18n.loading]))
      .then(() => this.restoring)
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
    if (this.session?.stage === 'intro' && !this.problem) this.onStart();
  }

  // Form association and submission (form-associated.ts, submits-to-endpoint.ts): the finished
  // result becomes the form's value and one submission to the practice's endpoint.
  private completed(s: Session): void {
    const completion = toCompletion(s.result!, s.answers);
    this.setFormCompletion(completion);
    this.submitOnce(completionFingerprint([completion]), (idempotencyKey) => ({ idempotencyKey, ...completion }));
  }

  protected override formReset(): void {
    const def = this.session?.definition;
    if (def) this.go(session.startSession(def));
    this.resetSubmission();
  }

  protected override formRestore(state: string): void {
    const restored = this.session && restoreFinished(this.session.definition, state, this.effectiveSettings);
    if (restored) this.completed((this.session = restored));
  }

  protected override incompleteMessage(): string {
    return this.messages.formIncomplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkClientOptions(changed);
    const sourceChanged = SOURCE_PROPERTIES.some((key) => changed.has(key));
    if (!this.hasUpdated || sourceChanged) this.loadDefinition();
    if (changed.has('mode') && !MODES.includes(this.mode)) {
      this.report(new AttuneError('invalid-attribute', `mode="${this.mode}" is not one of ${MODES.join(', ')}; using "page".`));
      this.mode = 'page';
    }
    if (changed.has('results') && !POLICIES.includes(this.results)) {
      this.report(new AttuneError('invalid-attribute', `results="${this.results}" is not one of ${POLICIES.join(', ')}; using "none".`));
      this.results = 'none';
    }
    // a new definition loads its settings itself, once it is ready
    if (this.hasUpdated && (changed.has('cutoff') || changed.has('settings')) && !sourceChanged) this.loadSettings();
  }

  private loadDefinition(): void {
    const token = ++this.loadToken;
    this.loading = undefined;
    const failed = (error: unknown) =>
      this.fail(isAttuneError(error) ? error : missingFile('attune-validate.js', 'the questionnaire cannot be shown'));
    try {
      const source = resolveDefinitionSource(this);
      if (!(source instanceof Promise)) return this.useDefinition(source);
      this.loading = source.then(
        // a newer instrument, definition or text pack may have arrived meanwhile: only the last one counts
        (definition) => token === this.loadToken && this.useDefinition(definition),
        (error) => token === this.loadToken && failed(error),
      );
    } catch (error) {
      failed(error);
    }
  }

  private useDefinition(definition: InstrumentDefinition): void {
    const current = this.session?.definition;
    // the same instrument again (e.g. re-set by a framework) keeps everything already answered
    if (!current || current.id !== definition.id || current.version !== definition.version) {
      this.session = session.startSession(definition);
      this.restoreSaved(definition);
    }
    else if (current !== definition) this.session = { ...this.session!, definition };
    this.problem = undefined;
    this.loadSettings();
  }

  private fail(error: AttuneError): void {
    // the old session, and every answer in it, stays in memory in case a valid definition returns
    this.problem = error;
    this.report(error);
    this.requestUpdate();
  }

  private loadSettings(): void {
    const def = this.session?.definition;
    if (!def || this.problem) return;
    const chosen = { ...this.settings, ...(this.cutoff !== undefined && this.cutoff !== null ? { cutoff: this.cutoff } : {}) };
    try {
      this.effectiveSettings = resolveSettings(def, chosen);
    } catch (error) {
      // a wrong cutoff must not stop the client: score with the published defaults and tell the host
      this.effectiveSettings = resolveSettings(def, {});
      if (isAttuneError(error)) this.report(new AttuneError('invalid-attribute', `${error.message.split('\n')[0]} Using the defaults.`, error.problems));
    }
  }

  private report(error: AttuneError): void {
    this.pendingErrors.push(error);
  }

  // Client experience (issue 4): locale, persistence, quick exit and crisis resources. Each bad value
  // falls back to its safe default and is reported; none ever stops the client.
  private checkClientOptions(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.i18n.use(this.locale);
    if (changed.has('persist') && !PERSIST_MODES.includes(this.persist)) {
      this.report(new AttuneError('invalid-attribute', `persist="${this.persist}" is not one of ${PERSIST_MODES.join(', ')}; nothing is stored.`));
      this.persist = 'none';
    }
    if (changed.has('exitUrl') && this.exitUrl && !isSafeExitUrl(this.exitUrl)) {
      this.report(new AttuneError('invalid-attribute', `exit-url="${this.exitUrl}" is not an http(s) address; the quick exit goes to ${DEFAULT_EXIT_URL}.`));
    }
    if (changed.has('crisisResources')) {
      const { resources, problems } = this.crisisResources === undefined || this.crisisResources === null ? { resources: [], problems: [] } : checkCrisisResources(this.crisisResources);
      this.resources = resources;
      if (problems.length) this.report(new AttuneError('invalid-attribute', 'Some crisis resources are not valid and are not shown.', problems));
    }
    // every change of a session in progress is saved at once; finishing removes the snapshot
    if ((changed as Map<PropertyKey, unknown>).has('session') && this.session && this.session.stage !== 'intro' && !this.leaving) {
      const notice = this.saveResume.save(this.session);
      if (notice) {
        this.storageNotice = notice;
        this.announcement = this.messages.storageUnavailable;
      }
    }
  }

  private restoreSaved(definition: InstrumentDefinition): void {
    this.resumable = undefined;
    this.storageNotice = undefined;
    if (this.persist === 'none' || !PERSIST_MODES.includes(this.persist)) {
      this.restoring = undefined;
      return;
    }
    this.restoring = this.saveResume.restore(definition).then(({ session: saved, notice }) => {
      // the client may already have started afresh, or another instrument arrived meanwhile
      if (this.session?.definition.id !== definition.id || this.session.stage !== 'intro') return;
      this.resumable = saved;
      this.storageNotice = notice;
    });
  }

  private onResume = () => {
    const s = this.resumable!;
    this.resumable = undefined;
    this.go(s, s.stage === 'review' ? 'title' : this.mode === 'paged' ? 'legend' : 'title');
    this.announceProgress(s);
    if (s.raised.length) this.emit<AttuneSafetyDetail>('attune-safety', { instrument: { id: s.definition.id, version: s.definition.version }, flags: [...s.raised] });
  };

  private onRestart = () => {
    this.saveResume.clear(this.resumable!.definition);
    this.resumable = undefined;
    this.pendingFocus = 'title';
  };

  /**
   * Leaves at once, as "Leave this page" and Shift three times do: removes what this element stored,
   * forgets every answer, shows nothing, fires `attune-exit`, then replaces the page with `exit-url`
   * (replace, so Back does not return to the questionnaire).
   */
  leave(): void {
    const def = this.session?.definition ?? this.resumable?.definition;
    if (def) {
      this.saveResume.clear(def);
      this.session = session.startSession(def);
    }
    this.resumable = undefined;
    this.leaving = true;
    this.announcement = '';
    const url = this.exitUrl && isSafeExitUrl(this.exitUrl) ? this.exitUrl : DEFAULT_EXIT_URL;
    const proceed = this.dispatchEvent(new CustomEvent<AttuneExitDetail>('attune-exit', { detail: { url }, bubbles: true, composed: true, cancelable: true }));
    if (proceed) location.replace(url);
  }

  private onReview = () => {
    const s = review.startReview(this.session!);
    if (s.stage === 'review') {
      this.go(s, 'title');
      this.announcement = '';
    } else this.go(session.goTo(s, s.unanswered[0]!), 'error-summary');
  };

  private onBackToReview = () => {
    const s = review.backToReview(this.session!);
    if (s.stage === 'review') this.go(s, 'title');
    else this.go(s.unanswered.length > 1 || s.unanswered[0] !== session.currentItem(s)?.id ? session.goTo(s, s.unanswered[0]!) : s, 'error-summary');
  };

  private onChangeAnswer = (itemId: string) => {
    const s = review.changeAnswer(this.session!, itemId);
    this.go(s, { item: itemId });
    this.announceProgress(s);
  };

  private onLeaveReview = () => {
    const s = review.leaveReview(this.session!);
    this.go(s, 'legend');
    this.announceProgress(s);
  };

  /** Support, once raised in this pass, beside the question (or on the review and results). */
  private safety(s: Session) {
    return s.raised.length ? safetyPanelView(this.messages, this.resources) : nothing;
  }

  /** The language of the instrument wording on screen, when it differs from the widget's own text. */
  private wordingLang(s: Session): string | undefined {
    const lang = localizeDefinition(s.definition, this.uiLocale).language;
    return lang.split('-')[0]!.toLowerCase() === this.uiLocale ? undefined : lang;
  }

  protected override updated(): void {
    for (const error of this.pendingErrors.splice(0)) {
      this.emit<AttuneErrorDetail>('attune-error', { code: error.code, message: error.message, problems: error.problems });
    }
    if (this.pendingFocus) {
      this.focusTarget(this.pendingFocus);
      this.pendingFocus = undefined;
    }
  }

  private focusTarget(target: FocusTarget): void {
    const root = this.renderRoot as ShadowRoot;
    if (target === 'title') root.querySelector<HTMLElement>('#title')?.focus();
    else if (target === 'legend') root.querySelector<HTMLElement>('legend')?.focus();
    else if (target === 'error-summary') root.querySelector<HTMLElement>('.error-summary')?.focus();
    else {
      const inputs = [...root.querySelectorAll<HTMLInputElement>(`#question-${CSS.escape(target.item)} input`)];
      (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
    }
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private go(next: Session, focus?: FocusTarget): void {
    this.session = next;
    if (focus) this.pendingFocus = focus;
  }

  private onStart = () => {
    const s = session.begin(this.session!);
    this.go(s, this.mode === 'paged' ? 'legend' : 'title');
    this.announceProgress(s);
  };

  private onAnswer = (itemId: string, value: number) => {
    const before = this.session!.raised;
    const s = session.setAnswer(this.session!, itemId, value);
    this.session = s;
    const { id, version } = s.definition;
    this.emit<AttuneChangeDetail>('attune-change', { instrument: { id, version }, itemId, value, answers: { ...s.answers } });
    const flags = s.raised.filter((flag) => !before.includes(flag));
    if (flags.length) {
      // the panel does not take focus (the client is mid-answer); the shared live region says it is there
      this.announcement = this.messages.safetyAnnouncement;
      this.emit<AttuneSafetyDetail>('attune-safety', { instrument: { id, version }, flags, itemId });
    }
  };

  private onNext = () => {
    const s = session.next(this.session!);
    const moved = s.index !== this.session!.index;
    this.go(s, moved ? 'legend' : 'error-summary');
    if (moved) this.announceProgress(s);
  };

  private onBack = () => {
    const s = session.back(this.session!);
    this.go(s, 'legend');
    this.announceProgress(s);
  };

  private onFinish = () => {
    // a double click lands twice before the results render: a finished pass completes once
    if (this.session!.stage === 'done') return;
    const s = session.finish(this.session!, this.effectiveSettings);
    if (s.stage !== 'done') {
      // paged mode: take the client to the first question still unanswered
      const first = s.unanswered[0]!;
      this.go(this.mode === 'paged' ? session.goTo({ ...s, stage: 'questions' }, first) : s, 'error-summary');
      return;
    }
    this.go(s, 'title');
    this.announcement = '';
    this.emit<AttuneCompleteDetail>('attune-complete', { result: s.result!, answers: { ...s.answers } });
    this.completed(s);
  };

  private onGoTo = (itemId: string) => {
    // like GOV.UK's error summary, a link lands on the question's first answer
    if (this.mode === 'paged') this.go(session.goTo(this.session!, itemId), { item: itemId });
    else this.focusTarget({ item: itemId });
  };

  private announceProgress(s: Session): void {
    if (this.mode !== 'paged') return;
    this.announcement = this.messages.questionOf(s.index + 1, session.askedItems(s).length);
  }

  override render() {
    if (this.leaving || !this.i18n.ready) return html`<div class="visually-hidden" role="status"></div>`;
    // wording in the client's language where the definition carries a translation (ids and values unchanged)
    const s = this.session && { ...this.session, definition: localizeDefinition(this.session.definition, this.uiLocale).definition };
    const body = this.problem ? problemView(this.problem, this.messages) : s ? this.renderStage(s) : nothing;
    return html`<div lang=${this.uiLocale}>
      ${quickExitView(this.messages, this.onLeave)}
      ${this.renderDisabled(body)}
      ${this.problem ? nothing : submissionStatusView(this.submissionState, { kept: this.submissionPersist() !== 'none', resumed: this.submissionResumed }, this.messages)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${s && !this.problem ? html`<p class="attribution" part="attribution">${s.definition.attribution ?? s.definition.citation}</p>` : nothing}
    </div>`;
  }

  private onLeave = () => this.leave();

  private renderStage(s: Session) {
    const m = this.messages;
    switch (s.stage) {
      case 'intro':
        if (this.resumable) return resumeView(s.definition, m, this.onResume, this.onRestart);
        return html`${noticeView(this.storageNotice, m)}
          ${introView({ definition: s.definition, questions: s.definition.items.length, experience: this.experience, messages: m, onStart: this.onStart })}
          ${this.persist !== 'none' && this.storageNotice !== 'unavailable' ? html`<p class="muted" part="persist-note">${m.persistNote(this.persist === 'local' ? 'local' : 'session')}</p>` : nothing}`;
      case 'review':
        return html`${this.safety(s)}
          ${reviewView({ rows: review.reviewRows(s), messages: m, wordingLang: this.wordingLang(s), onChange: this.onChangeAnswer, onBack: this.onLeaveReview, onFinish: this.onFinish })}`;
      case 'done':
        return html`${resultsView({ definition: s.definition, result: s.result!, policy: this.results, messages: m })} ${this.safety(s)}`;
      default:
        return this.mode === 'paged' ? this.renderPaged(s) : this.renderPage(s);
    }
  }

  private question(s: Session, itemId: string) {
    const item = s.definition.items.find((i) => i.id === itemId)!;
    const view = questionView({ item, value: s.answers[item.id], invalid: s.unanswered.includes(item.id), messages: this.messages, onAnswer: this.onAnswer, lang: this.wordingLang(s) });
    // page mode: support appears right below the safety question that raised it
    const raisedHere = this.mode !== 'paged' && s.definition.safety?.find((x) => s.raised.includes(x.flag))?.item === item.id;
    return raisedHere ? html`${view}${this.safety(s)}` : view;
  }

  private errorSummary(s: Session) {
    if (!s.unanswered.length) return nothing;
    const items = s.definition.items.filter((item) => s.unanswered.includes(item.id));
    return errorSummaryView(items, this.messages, this.onGoTo);
  }

  private instructions(s: Session) {
    const text = s.definition.instructions?.text;
    // PHQ-9 and GAD-7 repeat their instructions as the stem above the questions (so that it stays above
    // each one in paged mode): said once, as the stem, it is not read out twice in a row
    if (!text || s.definition.sections?.[0]?.stem === text) return nothing;
    return html`<p part="instructions">${text}</p>`;
  }

  private renderPage(s: Session) {
    const asked = session.askedItems(s);
    const askedIds = new Set(asked.map((i) => i.id));
    const sections = s.definition.sections ?? [{ id: 'all', items: s.definition.items.map((i) => i.id) }];
    return html`
      <h2 id="title" tabindex="-1">${s.definition.title}</h2>
      ${this.errorSummary(s)} ${this.instructions(s)}
      ${sections.map((section) => {
        const shown = section.items.filter((id) => askedIds.has(id));
        if (!shown.length) return nothing;
        return html`${sectionIntroView(section, { lead: true })}${shown.map((id) => this.question(s, id))}`;
      })}
      <div class="actions">
        <button type="button" class="primary" part="button button-primary finish-button" @click=${this.onFinish}>${this.messages.finish}</button>
      </div>
    `;
  }

  private renderPaged(s: Session) {
    const asked = session.askedItems(s);
    const item = session.currentItem(s) ?? asked[asked.length - 1]!;
    const section = session.sectionOf(s, item.id);
    const firstOfSection = !section || asked.find((i) => section.items.includes(i.id))?.id === item.id;
    const last = session.isLast(s);
    return html`
      <div class="progress" part="progress">
        <span>${this.messages.questionOf(s.index + 1, asked.length)}</span>
        <progress max=${asked.length} value=${s.index + 1} aria-hidden="true"></progress>
      </div>
      ${this.errorSummary(s)} ${s.index === 0 ? this.instructions(s) : nothing}
      ${sectionIntroView(section, { lead: firstOfSection })} ${this.question(s, item.id)} ${this.safety(s)}
      <div class="actions">
        ${s.index > 0 ? html`<button type="button" part="button button-secondary back-button" @click=${this.onBack}>${this.messages.back}</button>` : nothing}
        ${s.returnToReview
          ? html`<button type="button" class="primary" part="button button-primary review-button" @click=${this.onBackToReview}>${this.messages.backToReview}</button>`
          : last
            ? html`<button type="button" class="primary" part="button button-primary review-button" @click=${this.onReview}>${this.messages.checkAnswers}</button>`
            : html`<button type="button" class="primary" part="button button-primary next-button" @click=${this.onNext}>${this.messages.next}</button>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-screener': AttuneScreener;
  }
  interface HTMLElementEventMap {
    'attune-change': CustomEvent<AttuneChangeDetail>;
    'attune-complete': CustomEvent<AttuneCompleteDetail>;
    'attune-error': CustomEvent<AttuneErrorDetail>;
    'attune-safety': CustomEvent<AttuneSafetyDetail>;
    'attune-exit': CustomEvent<AttuneExitDetail>;
  }
}
