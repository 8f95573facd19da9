import { html, nothing } from 'lit';
import type { InstrumentDefinition, Scale } from '../../model/instrument.js';
import type { Result } from '../../model/result.js';
import type { Messages } from '../../i18n/messages.js';
import { formatNumber } from '../../i18n/format-number.js';
import { scaleRange } from '../../scoring/scale-range.js';
import { attachmentPlot } from '../charts/attachment-plot.js';

/** Which result a client sees: a thank-you only (default), a plain-language summary, or the scores. */
export type ResultsPolicy = 'none' | 'summary' | 'full';

export interface ResultsViewProps {
  definition: InstrumentDefinition;
  result: Result;
  policy: ResultsPolicy;
  messages: Messages;
  /** The UI locale, for numbers. */
  locale: string;
  /** Safety flags whose support was shown in this pass (the panel is on this screen too). */
  supportShown: readonly string[];
}

export function resultsView(props: ResultsViewProps) {
  const { policy, messages } = props;
  return html`
    <section part="results" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${messages.thanksTitle}</h2>
      <slot name="thanks"><p>${messages.thanksBody}</p></slot>
      ${policy === 'summary' ? html`<div part="summary"><h3>${messages.summaryTitle}</h3>${sentences(props)}</div>` : nothing}
      ${policy === 'full' ? fullView(props) : nothing}
    </section>
  `;
}

/**
 * The plain sentences about the answers, weighing every rule and the support shown, so that no
 * sentence contradicts another or the support panel: a "not met" sentence ("less often than the level
 * at which this questionnaire suggests a closer look") is said only when no rule is met and no support
 * was shown. A rule met without a sentence of its own (the PCL-5's symptom pattern) still gets one.
 * No numbers, no rule names, no diagnosis.
 */
function sentences({ definition, result, messages, supportShown }: ResultsViewProps) {
  const rules = definition.rules ?? [];
  const anyMet = rules.some((rule) => result.rules[rule.id] === true);
  const support = supportShown.length > 0;
  const out: string[] = [];
  const say = (text: string) => out.includes(text) || out.push(text);
  let metSaid = false;
  for (const rule of rules) {
    if (!rule.summary) continue;
    const outcome = result.rules[rule.id];
    if (outcome == null) say(messages.summaryUndecided);
    else if (outcome) metSaid = !!say(rule.summary.met);
    else if (!anyMet && !support) say(rule.summary.notMet);
  }
  if (anyMet && !metSaid) say(messages.summaryPattern);
  if (support) say(messages.summarySupport);
  say(messages.notADiagnosis);
  return out.map((s) => html`<p>${s}</p>`);
}

/** "1–5", "5, 7, 8": the numbers of the questions a score is made of, as the client saw them. */
function whichQuestions(def: InstrumentDefinition, scale: Scale): string {
  const numbers = scale.items.map((id) => def.items.findIndex((item) => item.id === id) + 1);
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
          return html`<li>${value == null ? messages.scaleNotScored(which) : messages.scaleScore(which, scale.method === 'mean', n(value), n(lo), n(hi))}</li>`;
        })}
      </ul>
      ${plotsView(props, n)}
    </div>
  `;
}

/** The definition's plots (ECR: anxiety against avoidance), each with its table, once both scales are scored. */
function plotsView({ definition: def, result, messages }: ResultsViewProps, n: (v: number) => string) {
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
