import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing } from 'lit';
import type { ReportMessages } from '../../../i18n/report-messages.js';
import type { ReportEntry, ReportGroup } from './report-groups.js';
import { answerText } from './answer-text.js';
import { seenWording } from './wording-lang.js';

/** The safety items a result raised, by item, for one completion, each in the wording the client read. */
function raisedItems(group: ReportGroup, entry: ReportEntry, messages: ReportMessages) {
  const seen = seenWording(group.definition, entry.result, messages);
  return (seen.definition.safety ?? [])
    .filter((s) => entry.result.flags.includes(s.flag) && (entry.answers[s.item] ?? -Infinity) >= s.valueAtLeast)
    .map((s) => ({ safety: s, item: seen.definition.items.find((i) => i.id === s.item)!, lang: seen.lang(`items.${s.item}`) }));
}

/**
 * Comes before everything else: each safety item the most recent completion of an instrument raised
 * (PHQ-9 item 9), with its wording and the answer, then the earlier dates it was raised on.
 */
export function flagsView(groups: ReportGroup[], messages: ReportMessages) {
  const rows = groups.flatMap((group) => {
    const latest = group.entries[group.entries.length - 1]!;
    const earlier = group.entries
      .slice(0, -1)
      .filter((e) => e.result.flags.length)
      .map((e) => e.label);
    const raised = raisedItems(group, latest, messages);
    // support shown in the pass, even when the answer that raised it was changed back before finishing
    const shown = latest.result.supportShown ?? [];
    if (!raised.length && !earlier.length && !shown.length) return [];
    return [{ group, latest, raised, earlier, shown }];
  });
  if (!rows.length) return nothing;
  return html`
    <section class="flags" part="flags" aria-labelledby="flags-title">
      <h2 id="flags-title">${messages.flagsTitle}</h2>
      <ul>
        ${rows.map(
          ({ group, latest, raised, earlier, shown }) => html`
            ${raised.map(
              ({ item, lang }) => html`<li part="flag">
                <strong>${messages.flagSource(group.definition.shortTitle, item.id)}</strong> (${latest.label}):
                ${item.text ? html`“<span lang=${ifDefined(lang)}>${item.text}</span>”` : messages.noWording(item.id)}.
                ${messages.flagAnswer} <span lang=${ifDefined(lang)}>${answerText(item, latest.answers[item.id]!)}</span>.
              </li>`,
            )}
            ${
              shown.length
                ? html`<li part="flag" class="support-shown">
                    <strong>${group.definition.shortTitle}</strong> (${latest.label}): ${messages.supportShown(shown.some((f) => !latest.result.flags.includes(f)))}
                  </li>`
                : nothing
            }
            ${earlier.length ? html`<li part="flag">${group.definition.shortTitle}: ${messages.flagEarlier(earlier)}</li>` : nothing}
          `,
        )}
      </ul>
    </section>
  `;
}
