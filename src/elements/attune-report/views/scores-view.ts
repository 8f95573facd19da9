import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing } from 'lit';
import type { ReportMessages } from '../../../i18n/report-messages.js';
import { formatScore, scaleRange } from '../../../scoring/scale-range.js';
import { scaleCutoffs } from '../../../scoring/scale-cutoffs.js';
import type { ReportEntry, ReportGroup } from './report-groups.js';
import { wordingLang } from './wording-lang.js';

/** Every scale of the most recent completion with its possible range, its cutoff and its band. */
export function scoresView(group: ReportGroup, entry: ReportEntry, messages: ReportMessages, id: string) {
  const def = group.definition;
  const { result } = entry;
  const cutoffs = scaleCutoffs(def, result.settings);
  const bands = def.bands ?? [];
  const showBands = bands.length > 0;
  // a column of "None" for an instrument with no cutoff at all would only say so over and over
  const showCutoffs = cutoffs.size > 0;
  return html`
    <h3 id="${id}-scores">${messages.scoresTitle}</h3>
    <table part="scores-table" aria-labelledby="${id}-scores">
      <thead>
        <tr>
          <th scope="col">${messages.scaleHeader}</th>
          <th scope="col">${messages.scoreHeader}</th>
          <th scope="col">${messages.rangeHeader}</th>
          ${showCutoffs ? html`<th scope="col">${messages.cutoffHeader}</th>` : nothing}
          ${showBands ? html`<th scope="col">${messages.bandHeader}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${def.scales.map((scale) => {
          const value = result.scales[scale.id];
          const [lo, hi] = scaleRange(def, scale);
          const cut = cutoffs.get(scale.id);
          const band = bands.find((b) => b.scale === scale.id);
          return html`<tr>
            <th scope="row" lang=${ifDefined(wordingLang(def, messages))}>${scale.label}</th>
            <td class="number">${value === null || value === undefined ? messages.notScored : formatScore(value)}</td>
            <td class="number">${formatScore(lo)}–${formatScore(hi)}</td>
            ${showCutoffs ? html`<td>${cut ? cut.map((c) => messages.cutoffAtLeast(formatScore(c.atLeast))).join('; ') : messages.noCutoff}</td>` : nothing}
            ${showBands ? html`<td>${band ? bandText(result.bands[band.id], messages, wordingLang(def, messages)) : ''}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
    ${showCutoffs ? nothing : html`<p class="muted">${messages.noCutoffs}</p>`}
    ${(def.settings ?? []).map((s) => html`<p class="muted">${messages.settingUsed(s.label, result.settings[s.id] ?? s.default, s.min, s.max)}</p>`)}
  `;
}

// Band labels are ids ("moderately-severe"): the report's own name for one in its language, else the
// id read as words, in the definition's language (marked when it is not the report's)
function bandText(label: string | null | undefined, messages: ReportMessages, lang: string | undefined) {
  if (!label) return messages.notScored;
  const own = messages.bandNames?.[label];
  return own ?? html`<span lang=${ifDefined(lang)}>${label.replace(/[-_]/g, ' ')}</span>`;
}

/** Each rule's outcome, said to be provisional and not a diagnosis. */
export function rulesView(group: ReportGroup, entry: ReportEntry, messages: ReportMessages, id: string) {
  const rules = group.definition.rules ?? [];
  if (!rules.length) return nothing;
  return html`
    <h3 id="${id}-rules">${messages.rulesTitle}</h3>
    <p class="provisional" part="provisional">${messages.provisional}</p>
    <table part="rules-table" aria-labelledby="${id}-rules">
      <thead><tr><th scope="col">${messages.ruleHeader}</th><th scope="col">${messages.outcomeHeader}</th></tr></thead>
      <tbody>
        ${rules.map((rule) => {
          const outcome = entry.result.rules[rule.id] ?? null;
          return html`<tr data-outcome=${String(outcome)}><th scope="row" lang=${ifDefined(wordingLang(group.definition, messages))}>${rule.label}</th><td>${messages.outcome(outcome)}</td></tr>`;
        })}
      </tbody>
    </table>
  `;
}
