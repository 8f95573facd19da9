import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { wordingLang } from './wording-lang.js';
import type { ReportMessages } from '../../../i18n/report-messages.js';
import type { ReportGroup } from './report-groups.js';
import { chartsView } from './charts-view.js';
import { itemsView } from './items-view.js';
import { rulesView, scoresView } from './scores-view.js';

/** One instrument's section: when, status, scores with cutoffs, rules, charts, item answers, source. */
export function instrumentView(group: ReportGroup, messages: ReportMessages, index: number) {
  const def = group.definition;
  const id = `i${index}`;
  const entries = group.entries;
  const latest = entries[entries.length - 1]!;
  const lang = wordingLang(def, messages);
  const when = entries.length === 1 ? messages.completedOn(latest.label) : messages.completionsBetween(entries.length, entries[0]!.label, latest.label);
  return html`
    <section class="instrument" part="instrument" aria-labelledby="${id}-title" data-instrument=${def.id}>
      <h2 id="${id}-title" lang=${ifDefined(lang)}>${def.title}</h2>
      <p class="meta">${when}. ${messages.definitionLine(def.edition, def.version)}</p>
      ${entries.length > 1 ? html`<p class="meta">${messages.mostRecent(latest.label)}</p>` : nothing}
      <p class=${latest.result.status === 'complete' ? 'status' : 'status incomplete'} part="status">
        ${latest.result.status === 'complete' ? messages.complete : messages.incomplete(latest.result.missing)}
      </p>
      ${scoresView(group, latest, messages, id)}
      ${rulesView(group, latest, messages, id)}
      ${chartsView(group, messages, id)}
      ${itemsView(group, latest, messages, id)}
      <p class="source muted" part="attribution" lang=${ifDefined(lang)}>${def.attribution ?? def.citation}</p>
    </section>
  `;
}
