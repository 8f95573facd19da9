import { html, nothing } from 'lit';
import type { Section } from '../../model/instrument.js';

/** The form's own words before a run of questions: lead-in, examples, and the stem. */
export function sectionIntroView(section: Section | undefined, { lead }: { lead: boolean }) {
  if (!section) return nothing;
  return html`
    ${lead && section.lead ? html`<p part="section-lead">${section.lead}</p>` : nothing}
    ${lead && section.list ? html`<ul part="section-list">${section.list.map((entry) => html`<li>${entry}</li>`)}</ul>` : nothing}
    ${section.stem ? html`<p class="stem" part="stem">${section.stem}</p>` : nothing}
  `;
}
