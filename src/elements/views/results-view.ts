import { html, nothing } from 'lit';
import type { InstrumentDefinition, Scale } from '../../model/instrument.js';
import type { Result } from '../../model/result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/messages.js';
import { formatNumber } from '../../i18n/format-number.js';
import { scaleRange } from '../../scoring/scale-range.js';
import { attachmentPlot } from '../charts/attachment-plot.js';
import type { WordingLang } from '../internal/wording-lang.js';

/** Which result a client sees: a thank-you only (default), a plain-language summary, or the scores. */
export type ResultsPolicy = 'none' | 'summary' | 'full';

export interface ResultsViewProps {
  definition: InstrumentDefinition;
  result: Result;
  policy: ResultsPolicy;
  messages: Messages;
  /** The UI locale, for numbers. */
  locale: string;
  /** `lang` of each part of the definition's wording (rule summaries, labels), where it differs from the UI's. */
  wordingLang: WordingLang;
  /** Safety flags whose support was shown in this pass (the panel is on this screen too). */
  supportShown: readonly string[];
}

export function resultsView(props: ResultsViewProps) {
  const { messages } = props;
  return html`
    <section part="results" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${messages.thanksTitle}</h2>
      <slot name="thanks"><p>${messages.thanksBody}</p></slot>
      ${resultsBody(props)}
    </section>
  `;
}

/** What the policy shows of one instrument's result beneath a thank-you: nothing, the summary, or the scores. */
export function resultsBody(props: ResultsViewProps) {
  const { policy, messages } = props;
  if (policy === 'summary') return html`<div part="summary"><h3>${messages.summaryTitle}</h3>${sentences(props)}</div>`;
  return policy === 'full' ? fullView(props) : nothing;
}

/**
 * The plain sentences about the answers, weighing every rule and the support shown, so that no
 * sentence contradicts another or the support panel: a "not met" sentence ("less often than the level
 * at which this questionnaire suggests a closer look") is said only when no rule is met and no support
 * was shown. A rule met without a sentence of its own (the PCL-5's symptom pattern) still gets one.
 * No numbers, no rule names, no diagnosis.
 */
function sentences({ definition, result, messages, supportShown, wordingLang }: ResultsViewProps) {
  const rules = definition.rules ?? [];
  const anyMet = rules.some((rule) => result.rules[rule.id] === true);
  const support = supportShown.length > 0;
  // each sentence once, with its language: the definition's own sentences are marked as theirs
  const out = new Map<string, string | undefined>();
  let metSaid = false;
  for (const { id, summary } of rules) {
    const lang = wordingLang(`rules.${id}`);
    const outcome = result.rules[id];
    if (!summary) continue;
    if (outcome == null) out.set(messages.summaryUndecided, undefined);
    else if (outcome || (!anyMet && !support)) {
      out.set(outcome ? summary.met : summary.notMet, lang);
      metSaid ||= outcome;
    }
  }
  if (anyMet && !metSaid) out.set(messages.summaryPattern, undefined);
  if (support) out.set(messages.summarySupport, undefined);
  out.set(messages.notADiagnosis, undefined);
  return [...out].map(([s, lang]) => html`<p lang=${ifDefined(lang)}>${s}</p>`);
}

/** "1–5", "5, 7, 8": the numbers of the questions a score is made of, as the client saw them (their own numbers, else their place). */
function whichQuestions(def: InstrumentDefinition, scale: Scale): string {
  const numbers = scale.items.map((id) => (/^\d+$/.test(id) ? Number(id) : def.items.findIndex((item) => item.id === id) + 1));
  const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return contiguous && numbers.length > 1 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ');
}

/**
 * `results="full"` for a client: the same plain sentences as the summary, then each score as a
 * sentence saying which questions it is made of and its possible range. Severity band names ("severe"),
 * rule outcomes, cutoffs and clinical labels belong to the clinician's report: a client in distress
 * reads plain sentences, never a label.
 */
function fullView(props: ResultsViewProps) {
  const { definition: def, result, messages, locale } = props;
  const n = (v: number) => formatNumber(locale, v);
  return html`
    <div part="full-results">
      <h3>${messages.fullTitle}</h3>
      ${sentences(props)}
      <ul part="scores">
        ${def.scales.map((scale) => {
          const value = result.scales[scale.id];
          const [lo, hi] = scaleRange(def, scale);
          const which = whichQuestions(def, scale);
          // a scale a closed gate left unanswered has no score, and no line (the summary says why)
          return value == null ? nothing : html`<li>${messages.scaleScore(which, scale.method === 'mean', n(value), n(lo), n(hi))}</li>`;
        })}
      </ul>
      ${plotsView(props, n)}
    </div>
  `;
}

/** The definition's plots (ECR: anxiety against avoidance), each with its table, once both scales are scored. */
function plotsView({ definition: def, result, messages, wordingLang }: ResultsViewProps, n: (v: number) => string) {
  return (def.plots ?? []).map((plot) => {
    const xScale = def.scales.find((s) => s.id === plot.x)!;
    const yScale = def.scales.find((s) => s.id === plot.y)!;
    const x = result.scales[plot.x];
    const y = result.scales[plot.y];
    if (x === null || x === undefined || y === null || y === undefined) return nothing;
    const [xMin, xMax] = scaleRange(def, xScale);
    const [yMin, yMax] = scaleRange(def, yScale);
    return attachmentPlot({
      id: `plot-${plot.id}`,
      lang: wordingLang('labels'),
      title: plot.label,
      x: { label: xScale.label, min: xMin, max: xMax },
      y: { label: yScale.label, min: yMin, max: yMax },
      points: [{ label: messages.plotYou, x, y }],
      pointHeader: messages.plotPointHeader,
      format: n,
      describe: (p) => messages.plotDescribe(xScale.label, n(p.x), yScale.label, n(p.y), xMax),
    });
  });
}
