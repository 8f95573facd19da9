import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReportMessages } from '../../../i18n/report-messages.js';
import { askedItemIds } from '../../../scoring/gates.js';
import type { ReportEntry, ReportGroup } from './report-groups.js';
import { answerText } from './answer-text.js';
import { seenWording } from './wording-lang.js';

/**
 * Every item of the most recent completion: its wording as the client read it (in the language the
 * result was answered in) and the answer chosen, safety items marked.
 */
export function itemsView(group: ReportGroup, entry: ReportEntry, messages: ReportMessages, id: string) {
  const seen = seenWording(group.definition, entry.result, messages);
  const def = seen.definition;
  const asked = new Set(askedItemIds(def, entry.answers));
  const safety = new Map((def.safety ?? []).map((s) => [s.item, s]));
  return html`
    <h3 id="${id}-items">${messages.itemsTitle}</h3>
    <table part="items-table" class="items" aria-labelledby="${id}-items">
      <thead>
        <tr><th scope="col">${messages.itemHeader}</th><th scope="col">${messages.questionHeader}</th><th scope="col">${messages.answerHeader}</th></tr>
      </thead>
      <tbody>
        ${def.items.map((item) => {
          const value = entry.answers[item.id];
          const s = safety.get(item.id);
          const raised = s && value !== undefined && entry.result.flags.includes(s.flag) && value >= s.valueAtLeast;
          const answer = !asked.has(item.id) ? messages.notAsked : value === undefined ? messages.notAnswered : answerText(item, value);
          const lang = seen.lang(`items.${item.id}`);
          return html`<tr data-item=${item.id} ?data-raised=${raised}>
            <th scope="row">${item.id}</th>
            <td>
              ${item.text ? html`<span lang=${ifDefined(lang)}>${item.text}</span>` : messages.noWording(item.id)}
              ${item.reverse ? html` <span class="tag">${messages.reverseKeyed}</span>` : nothing}
              ${s ? html` <span class="tag ${raised ? 'raised' : ''}">${messages.safetyItem}</span>` : nothing}
            </td>
            <td class=${value === undefined ? 'muted' : ''} lang=${ifDefined(asked.has(item.id) && value !== undefined ? lang : undefined)}>${answer}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  `;
}
