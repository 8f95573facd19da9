import { html, nothing } from 'lit';
import type { CrisisResource } from '../../model/crisis-resource.js';
import { telHref } from '../../model/crisis-resource.js';
import type { FirstMessages } from '../../i18n/messages.js';
import type { Stage } from '../../session/session.js';

export interface SafetyPanelOptions {
  /** The screen the panel is on, so that what it says comes next fits it. */
  stage: Stage;
  /**
   * The practice's resources (the `crisis` slot or `crisisResources`) take the place of the emergency
   * line (`replace-emergency-line`); otherwise the emergency line always stays beneath them.
   */
  replaceEmergencyLine: boolean;
}

/**
 * Support shown as soon as a safety item is endorsed: the practice's crisis resources (the `crisis`
 * slot, or `crisisResources`), and beneath them a locale-neutral line about the local emergency number
 * (an office number alone leaves a client at night with nothing). It sits beside the question, never
 * blocks going on, and is calm: no red, no alarm, no diagnosis.
 */
export function safetyPanelView(messages: FirstMessages, resources: readonly CrisisResource[], { stage, replaceEmergencyLine }: SafetyPanelOptions) {
  const emergency = html`<p>${messages.safetyEmergency}</p>`;
  return html`<section class="safety" part="safety" aria-labelledby="safety-title"><h3 id="safety-title">${messages.safetyTitle}</h3><slot name="crisis">${
    resources.length
      ? html`<ul class="resources" part="crisis-resources">${resources.map(
          (r) => html`<li>${r.url ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer">${r.name}</a>` : html`<strong>${r.name}</strong>`}
                  ${r.phone ? html`<br /><a href=${telHref(r.phone)}>${messages.safetyCall(r.phone)}</a>` : nothing}
                  ${r.text ? html`<br /><span>${r.text}</span>` : nothing}</li>`,
        )}</ul>`
      : nothing
  }
        ${replaceEmergencyLine && !resources.length ? emergency : nothing}</slot>${replaceEmergencyLine ? nothing : emergency}<p>${messages.safetyContinue(stage)}</p></section>`;
}
