import { html, nothing } from 'lit';
import type { CrisisResource } from '../../model/crisis-resource.js';
import { telHref } from '../../model/crisis-resource.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * Support shown as soon as a safety item is endorsed: the practice's crisis resources (the `crisis`
 * slot, or `crisisResources`), else a locale-neutral line about the local emergency number. It sits
 * beside the question, never blocks going on, and is calm: no red, no alarm, no diagnosis.
 */
export function safetyPanelView(messages: Messages, resources: readonly CrisisResource[]) {
  return html`
    <section class="safety" part="safety" aria-labelledby="safety-title">
      <h3 id="safety-title">${messages.safetyTitle}</h3>
      <slot name="crisis">
        ${
          resources.length
            ? html`<ul class="resources" part="crisis-resources">
              ${resources.map(
                (r) => html`<li>
                  ${r.url ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer">${r.name}</a>` : html`<strong>${r.name}</strong>`}
                  ${r.phone ? html`<br /><a href=${telHref(r.phone)}>${messages.safetyCall(r.phone)}</a>` : nothing}
                  ${r.text ? html`<br /><span>${r.text}</span>` : nothing}
                </li>`,
              )}
            </ul>`
            : nothing
        }
        <p>${messages.safetyEmergency}</p>
      </slot>
      <p>${messages.safetyContinue}</p>
    </section>
  `;
}
