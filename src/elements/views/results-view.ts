import { html, nothing } from 'lit';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Result } from '../../model/result.js';
import type { Messages } from '../../i18n/messages.js';
import { formatScore, scaleRange } from '../../scoring/scale-range.js';
import { attachmentPlot } from '../charts/attachment-plot.js';

/** Which result a client sees: a thank-you only (default), a plain-language summary, or the scores. */
export type ResultsPolicy = 'none' | 'summary' | 'full';

export interface ResultsViewProps {
  definition: InstrumentDefinition;
  result: Result;
  policy: ResultsPolicy;
  messages: Messages;
}

export function resultsView({ definition, result, policy, messages }: ResultsViewProps) {
  return html`
    <section part="results" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${messages.thanksTitle}</h2>
      <slot name="thanks"><p>${messages.thanksBody}</p></slot>
      ${policy === 'summary' ? summaryView(definition, result, messages) : nothing}
      ${policy === 'full' ? fullView(definition, result, messages) : nothing}
    </section>
  `;
}

/** Library-written sentences for each rule that has them; no numbers, no alarm, no diagnosis. */
function summaryView(def: InstrumentDefinition, result: Result, messages: Messages) {
  const sentences = (def.rules ?? [])
    .filter((rule) => rule.summary)
    .map((rule) => {
      const outcome = result.rules[rule.id];
      return outcome === null || outcome === undefined ? messages.summaryUndecided : outcome ? rule.summary!.met : rule.summary!.notMet;
    });
  return html`
    <div part="summary">
      <h3>${messages.summaryTitle}</h3>
      ${sentences.map((s) => html`<p>${s}</p>`)}
      <p>${messages.notADiagnosis}</p>
    </div>
  `;
}

function fullView(def: InstrumentDefinition, result: Result, messages: Messages) {
  const rules = def.rules ?? [];
  const bands = def.bands ?? [];
  return html`
    <div part="full-results">
      <h3>${messages.fullTitle}</h3>
      <table part="scores-table">
        <thead>
          <tr><th scope="col">${messages.scaleHeader}</th><th scope="col">${messages.scoreHeader}</th><th scope="col">${messages.rangeHeader}</th></tr>
        </thead>
        <tbody>
          ${def.scales.map((scale) => {
            const value = result.scales[scale.id];
            const [lo, hi] = scaleRange(def, scale);
            return html`<tr>
              <th scope="row">${scale.label}</th>
              <td>${value === null || value === undefined ? messages.notScored : formatScore(value)}</td>
              <td>${formatScore(lo)}–${formatScore(hi)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${plotsView(def, result, messages)}
      ${
        bands.length
          ? html`<table part="bands-table">
            <thead><tr><th scope="col">${messages.scaleHeader}</th><th scope="col">${messages.bandHeader}</th></tr></thead>
            <tbody>
              ${bands.map((band) => html`<tr><th scope="row">${def.scales.find((s) => s.id === band.scale)?.label}</th><td>${result.bands[band.id] ?? messages.notScored}</td></tr>`)}
            </tbody>
          </table>`
          : nothing
      }
      ${
        rules.length
          ? html`<table part="rules-table">
            <thead><tr><th scope="col">${messages.ruleHeader}</th><th scope="col">${messages.outcomeHeader}</th></tr></thead>
            <tbody>
              ${rules.map((rule) => html`<tr><th scope="row">${rule.label}</th><td>${messages.outcome(result.rules[rule.id] ?? null)}</td></tr>`)}
            </tbody>
          </table>
          <p>${messages.provisional}</p>`
          : nothing
      }
      ${(def.settings ?? []).map((s) => html`<p class="muted">${messages.settingUsed(s.label, result.settings[s.id] ?? s.default)}</p>`)}
      <p>${messages.notADiagnosis}</p>
    </div>
  `;
}

/** The definition's plots (ECR: anxiety against avoidance), each with its table, once both scales are scored. */
function plotsView(def: InstrumentDefinition, result: Result, messages: Messages) {
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
      describe: (p) => messages.plotDescribe(xScale.label, formatScore(p.x), yScale.label, formatScore(p.y), xMax),
    });
  });
}
