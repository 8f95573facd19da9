import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seenWording, wordingLang } from './wording-lang.js';
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
      ${answeredInView(group, messages)}
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

/**
 * Which wording the client read, when it was not the instrument's own: the language, the published
 * translation (its source and version) and how far its wording was checked. The translation's notes
 * are the library's English, marked so on a report in another language.
 */
function answeredInView(group: ReportGroup, messages: ReportMessages) {
  const latest = group.entries[group.entries.length - 1]!;
  const seen = seenWording(group.definition, latest.result, messages);
  const t = seen.translation;
  if (!t) return nothing;
  let name = seen.language;
  try {
    name = new Intl.DisplayNames([messages.lang], { type: 'language' }).of(seen.language) ?? seen.language;
  } catch {
    // an engine without display names: the tag itself
  }
  const notes = messages.lang === 'en' ? undefined : 'en';
  return html`<p class="meta" part="answered-in">
    ${messages.answeredIn(name)} <span lang=${ifDefined(notes)}>${t.source}${t.version ? ` (${t.version})` : ''}.</span>
    ${t.wordingStatus ? html`${messages.wordingStatus} <span lang=${ifDefined(notes)}>${t.wordingStatus}</span>` : nothing}
  </p>`;
}
