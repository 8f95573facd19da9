import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Section } from '../../model/instrument.js';

/** The form's own words before a run of questions: lead-in, examples, and the stem (`lang`: theirs, when not the UI's). */
export function sectionIntroView(section: Section | undefined, { lead, lang }: { lead: boolean; lang: string | undefined }) {
  if (!section) return nothing;
  // no whitespace between the tags: each run of it would be a text node
  return html`<div lang=${ifDefined(lang)}>${lead && section.lead ? html`<p part="section-lead" .textContent=${section.lead}></p>` : nothing}${
    lead && section.list ? html`<ul part="section-list">${section.list.map((entry) => html`<li .textContent=${entry}></li>`)}</ul>` : nothing
  }${section.stem ? html`<p class="stem" part="stem" .textContent=${section.stem}></p>` : nothing}</div>`;
}
