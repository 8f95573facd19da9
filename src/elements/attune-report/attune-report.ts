import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Answers } from '../../model/answers.js';
import { AttuneError, describeProblem, isAttuneError } from '../../model/attune-error.js';
import type { Completion } from '../../model/completion.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import { builtInIds, loadInstrument, MissingInstrumentFile } from '../../instruments/load-instrument.js';
import { baseLanguage } from '../../model/language-tag.js';
import type { Result } from '../../model/result.js';
import { reportEn } from '../../i18n/report-en.js';
import { reportEs } from '../../i18n/report-es.js';
import type { ReportMessages } from '../../i18n/report-messages.js';
import { reportStyles } from './attune-report.styles.js';
import { AttuneElement } from '../internal/attune-element.js';
import { WithColorScheme } from '../internal/color-scheme.js';
import { loadValidator } from '../internal/load-validator.js';
import { missingFile } from '../internal/missing-file.js';
import { flagsView } from './views/flags-view.js';
import { instrumentView } from './views/instrument-view.js';
import { groupCompletions, wordingsOf, type GroupedCompletions } from './views/report-groups.js';
import { openSealed } from '../../delivery/load-open-sealed.js';
import { SealedInput, type SealedState } from './sealed-input.js';

/**
 * The clinician's report of one result, or several over time: safety items first, every scale with
 * its range and cutoff, rule outcomes stated as provisional (never a diagnosis), charts drawn in SVG
 * (subscale bars such as the PCL-5 clusters, the ECR anxiety-by-avoidance plot, each total over time
 * with its cutoff line), each chart with a table of the same numbers, and every item's wording with
 * the answer chosen. Prints cleanly from the browser's own print (one column, no page break inside a
 * table or chart). It only renders: results are scored elsewhere (the screener, or `score()` on a
 * server) and come in through `results` or `result` + `answers`. The wording of each built-in
 * instrument a result names is loaded on demand, as the screener loads it (beside the script in the
 * script-tag build), so the report's script carries no instrument's wording.
 *
 * @summary Renders screening results for the clinician, with charts and tables, ready to print.
 *
 * @fires {CustomEvent<AttuneErrorDetail>} attune-error - A result, the definition or the text pack does not fit (malformed, unknown instrument, another definition version): `code` `invalid-result`, `unknown-instrument`, `invalid-definition` or `invalid-text-pack`; a sealed completion that does not open with the key chosen (`invalid-sealed`), or a key file that is not a private key (`invalid-key`).
 *
 * @csspart report - The whole report.
 * @csspart flags - The safety items to follow up first, and support shown to the client (shown only when raised or shown).
 * @csspart flag - Each raised safety item, and the line saying the client was shown the support panel in the most recent pass (even when the answer was changed back).
 * @csspart instrument - Each instrument's section.
 * @csspart status - Whether the most recent completion is complete, and which items are unanswered.
 * @csspart answered-in - Which wording the client read when it was a translation: the language, the published translation and its wording status.
 * @csspart scores-table - Every scale with its score, possible range, cutoff and band.
 * @csspart rules-table - Each screening rule's outcome.
 * @csspart provisional - The sentence that rule outcomes are provisional, not a diagnosis.
 * @csspart chart - Each bar chart and trend chart (a figure with its SVG).
 * @csspart chart-table - The table equivalent of each bar or trend chart.
 * @csspart plot - The anxiety-by-avoidance plot (a figure with its SVG).
 * @csspart plot-table - The table equivalent of the plot.
 * @csspart items-table - Every item's wording and the answer chosen.
 * @csspart attribution - The citation or attribution the licence asks for.
 * @csspart problem - A message for results that cannot be shown.
 *
 * @cssprop [--attune-font-family=inherit] - Font of all text; inherits the page's font by default.
 * @cssprop [--attune-heading-font-family=inherit] - Font of the headings; the text's font by default.
 * @cssprop [--attune-font-size=1rem] - Base text size.
 * @cssprop [--attune-line-height=1.5] - Line height of text.
 * @cssprop [--attune-heading-size=1.375em] - Size of each instrument's heading.
 * @cssprop [--attune-max-width=60rem] - Widest the report grows on screen (print uses the page width).
 * @cssprop [--attune-color-text=#1f2933] - Text, chart labels. Dark: `#e4e9ee`.
 * @cssprop [--attune-color-text-muted=#4a5563] - Secondary text, chart ticks. Dark: `#b3beca`.
 * @cssprop [--attune-color-surface=#ffffff] - Background. Dark: `#161b22`.
 * @cssprop [--attune-color-surface-subtle=#f4f6f8] - Table headers, bar tracks. Dark: `#212a34`.
 * @cssprop [--attune-color-border=#7b8794] - Table rules, chart frames. Dark: `#8593a3`.
 * @cssprop [--attune-color-accent=#2f5d8a] - Bars, points and lines of the charts. Dark: `#8dbdeb`.
 * @cssprop [--attune-color-attention=#8a4b08] - Safety items and the cutoff line (a calm amber, not red). Dark: `#f2b66d`.
 * @cssprop [--attune-color-attention-surface=#fdf6ec] - Background of the safety items. Dark: `#2d2214`.
 * @cssprop [--attune-radius=0.5rem] - Corner radius of panels.
 * @cssprop [--attune-space=1rem] - The spacing unit.
 */
export class AttuneReport extends WithColorScheme(AttuneElement) {
  static override styles = reportStyles;

  /**
   * Completions to report, in any order: `{ result, answers, completedAt? }` (the `attune-complete`
   * detail plus the time it was finished). Several of one instrument show as change over time; several
   * instruments (a battery) get a section each. Wins over `result`.
   */
  @property({ attribute: false }) results: (Completion | string)[] = [];

  /**
   * Sealed completions: the compact JWE bodies a screener or battery with a `seal-key` POSTed (a
   * string entry of `results` is one too). The report asks for the practice's private key file, reads
   * it in this browser, keeps it in memory only (never uploaded or stored), and shows what opens as it
   * shows plain results. The opening code (`attune-open.js`) loads only when sealed input arrives.
   */
  @property({ attribute: false }) sealed: string[] = [];

  /** A single result to report (with `answers`), when `results` is empty. */
  @property({ attribute: false }) result?: Result;

  /** The answers `result` was scored from. */
  @property({ attribute: false }) answers?: Answers;

  /** When `result` was completed: an ISO 8601 date-time or a Date. */
  @property({ attribute: false }) completedAt?: string | Date;

  /**
   * The definition of a practice's own instrument, validated like the screener's; used for results
   * whose instrument id is its id. Built-in instruments need none.
   */
  @property({ attribute: false }) definition?: unknown;

  /**
   * The practice's text pack (or a list, one per language), as the screener takes it: the wording of
   * an instrument that cannot ship (IES-R), or a licensed translation, so that the item table shows
   * the words the client read. Validated against the instrument.
   */
  @property({ attribute: false }) textPack?: unknown;

  /**
   * Language of the report's own text: `en` (default) or `es`; regional tags (`es-MX`) use the base
   * language. Instrument wording, scale and rule labels stay as the definition has them.
   */
  @property() locale?: string;

  /** `definition` once validated. */
  private checked?: InstrumentDefinition;
  private definitionProblem?: AttuneError;

  private messages: ReportMessages = reportEn;
  /** The report's own language, as `locale` resolves it. */
  private uiLang = 'en';
  private grouped: GroupedCompletions = { groups: [], problems: [] };
  private checking?: Promise<unknown>;
  private checkToken = 0;
  /** The inputs changed since the completions were last grouped. */
  private stale = true;
  /** Built-in definitions loaded so far, by id (loadInstrument loads each once per page). */
  private readonly builtIns = new Map<string, InstrumentDefinition>();
  /** Built-ins whose file did not load for the current inputs, reported rather than retried in a loop. */
  private failedLoads = new Map<string, string>();
  /** The instrument wordings loaded so far (`id@language`): each client's answers are shown in the words they read. */
  private loadedWordings = new Set<string>();
  private loading?: Promise<unknown>;
  private readonly sealedInput = new SealedInput(this, openSealed);
  /** The sealed state the completions were last grouped with. */
  private groupedSealed?: SealedState;

  /**
   * Resolves once the report shows its inputs: a `definition` or `textPack` given validated (or
   * reported), the built-in instruments the results name loaded, and the report rendered.
   */
  get ready(): Promise<void> {
    const settle = async (): Promise<void> => {
      await this.updateComplete;
      // validating a definition may lead on to loading built-ins: wait until neither is under way
      while (this.checking || this.loading || this.sealedInput.opening) {
        await (this.checking ?? this.loading ?? this.sealedInput.opening);
        await this.updateComplete;
      }
    };
    return settle();
  }
  private dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  private shortDateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      this.uiLang = baseLanguage(this.locale ?? '') === 'es' ? 'es' : 'en';
      this.messages = this.uiLang === 'es' ? reportEs : reportEn;
      this.dateFormat = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'medium', timeStyle: 'short' });
      this.shortDateFormat = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'medium' });
      this.stale = true;
    }
    if (changed.has('definition') || changed.has('textPack')) this.checkDefinition();
    if (changed.has('sealed') || changed.has('results')) {
      const strings = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
      this.sealedInput.setBodies([...strings(this.sealed), ...strings(this.results)]);
    }
    if (this.sealedInput.state !== this.groupedSealed) this.stale = true;
    if (['results', 'result', 'answers', 'completedAt', 'definition', 'textPack'].some((k) => changed.has(k as keyof AttuneReport))) {
      this.stale = true;
      // new inputs try a file that failed to load again (loadInstrument does not remember failures)
      this.failedLoads = new Map();
    }
    // results for a definition still being validated, or a built-in still loading, wait for it rather
    // than flash as unknown
    if (!this.stale || this.checking || this.loading) return;
    const single = this.result ? [{ result: this.result, answers: this.answers ?? {}, completedAt: this.completedAt }] : [];
    const sealed = this.sealedInput.state;
    const plain = Array.isArray(this.results) ? this.results.filter((x): x is Completion => typeof x !== 'string') : [];
    const given = plain.length || sealed.count ? plain : single;
    const list = [...given, ...sealed.opened];
    const checked = this.checked;
    const toLoad = wordingsOf(list).filter((key) => {
      const id = key.slice(0, key.indexOf('@'));
      return id !== checked?.id && !this.loadedWordings.has(key) && !this.failedLoads.has(id) && builtInIds.includes(id);
    });
    if (toLoad.length) return this.loadBuiltIns(toLoad);
    this.stale = false;
    this.groupedSealed = sealed;
    const definitionFor = (id: string) =>
      checked?.id === id ? checked : this.failedLoads.has(id) ? missingFile(this.failedLoads.get(id)!, 'its results cannot be shown') : this.builtIns.get(id);
    this.grouped = groupCompletions(
      list,
      definitionFor,
      builtInIds,
      (d) => this.dateFormat.format(d),
      (d) => this.shortDateFormat.format(d),
      this.messages.completionN,
    );
    this.grouped.problems.unshift(...sealed.problems);
    if (this.definitionProblem) this.grouped.problems.unshift(this.definitionProblem);
    for (const error of this.grouped.problems) this.reportError(error);
  }

  // each built-in's wording is a file of its own (dist/instruments/<id>.js), and each published
  // translation (dist/instruments/<id>.<lang>.js), loaded like the screener's
  private loadBuiltIns(keys: readonly string[]) {
    const loading = Promise.all(
      keys.map((key) => {
        const [id, language] = [key.slice(0, key.indexOf('@')), key.slice(key.indexOf('@') + 1)];
        return loadInstrument(id, language || undefined)!.then(
          (def) => {
            const known = this.builtIns.get(id);
            this.builtIns.set(id, known ? { ...known, translations: { ...known.translations, ...def.translations } } : def);
            this.loadedWordings.add(key);
          },
          (error: unknown) => void this.failedLoads.set(id, error instanceof MissingInstrumentFile ? error.file : `instruments/${id}.js`),
        );
      }),
    ).finally(() => {
      this.loading = undefined;
      this.requestUpdate();
    });
    this.loading = loading;
  }

  // zod lives in the validator chunk (attune-validate.js), loaded only when a definition is given
  private checkDefinition() {
    const token = ++this.checkToken;
    this.checked = undefined;
    this.definitionProblem = undefined;
    const given = (x: unknown) => x !== undefined && x !== null;
    if (!given(this.definition) && !given(this.textPack)) return void (this.checking = undefined);
    const { definition, textPack } = this;
    const checking = loadValidator()
      .then(async (v) => {
        const structure = given(definition) ? v.parseDefinition(definition) : undefined;
        if (!given(textPack)) return structure!;
        // a pack names its instrument: a practice's own definition, or a built-in (IES-R), loaded on demand
        const packs: unknown[] = Array.isArray(textPack) ? textPack : [textPack];
        const id = (packs[0] as { instrument?: unknown } | undefined)?.instrument;
        const builtIn = !structure && typeof id === 'string' ? loadInstrument(id) : undefined;
        const base =
          structure ??
          (await builtIn?.catch(() => {
            throw missingFile(`instruments/${String(id)}.js`, 'the results cannot be shown');
          }));
        if (!base)
          throw new AttuneError('invalid-text-pack', `The text pack names no known instrument (${JSON.stringify(id)}).`, [
            { path: 'instrument', message: `expected one of ${builtInIds.join(', ')}` },
          ]);
        return v.applyTextPacks(base, packs);
      })
      .then(
        (def) => {
          if (token === this.checkToken) this.checked = def;
        },
        (error: unknown) => {
          if (token !== this.checkToken) return;
          // known by its brand: an AttuneError from attune-validate.js is another bundle file's class
          this.definitionProblem = isAttuneError(error) ? error : missingFile('attune-validate.js', 'the results cannot be shown');
        },
      )
      .finally(() => {
        if (token !== this.checkToken) return;
        this.checking = undefined;
        this.stale = true;
        this.requestUpdate();
      });
    this.checking = checking;
  }

  private reportError(error: AttuneError) {
    this.errors.report(error);
  }

  protected override render() {
    const { groups, problems } = this.grouped;
    const m = this.messages;
    return html`
      <div class="report" part="report" lang=${this.uiLang}>
        ${this.sealedView()} ${problems.length ? this.problemView(problems) : nothing}
        ${!groups.length && !problems.length && !this.checking && !this.loading && !this.sealedInput.state.count ? html`<p class="muted">${m.empty}</p>` : nothing}
        ${flagsView(groups, m)}
        ${groups.map((group, i) => instrumentView(group, m, i))}
      </div>
    `;
  }

  // the key never leaves this browser: the input is read with FileReader, nothing is submitted
  private sealedView() {
    const { count, opened, hasKey } = this.sealedInput.state;
    if (!count) return nothing;
    const m = this.messages;
    return html`
      <div class="sealed">
        <p>${hasKey && opened.length ? m.sealedOpened(count) : m.sealedWaiting(count)}</p>
        <label
          >${m.sealedKeyLabel}
          <input
            type="file"
            accept=".json,application/json,application/jwk+json"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              this.sealedInput.chooseKeyFile(input.files?.[0]);
              // the file itself is not kept in the input either
              input.value = '';
            }}
        /></label>
        <p class="muted">${m.sealedKeyNote}</p>
      </div>
    `;
  }

  private problemView(problems: AttuneError[]) {
    const m = this.messages;
    return html`
      <div class="problem" part="problem" role="alert">
        <h2>${m.problemTitle}</h2>
        <p>${m.problemBody}</p>
        <details>
          <summary>${m.problemDetails}</summary>
          <ul>
            ${problems.map((e) => html`<li>${e.message.split('\n')[0]}${e.problems.length ? html`<ul>${e.problems.map((p) => html`<li><code>${describeProblem(p)}</code></li>`)}</ul>` : nothing}</li>`)}
          </ul>
        </details>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attune-report': AttuneReport;
  }
}
