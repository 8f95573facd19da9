import { html, nothing } from 'lit';
import { describeProblem, type AttuneError } from '../../model/attune-error.js';
import type { FirstMessages } from '../../i18n/messages.js';

/** A calm message for the client, with the exact problems folded away for the practice's web team. */
export function problemView(error: AttuneError, messages: FirstMessages) {
  const lines = error.problems.length ? error.problems.map(describeProblem) : [];
  return html`<div class="problem" part="problem" role="alert"><h2>${messages.problemTitle}</h2><p>${messages.problemBody}</p><details><summary>${messages.problemDetails}</summary><p>${error.message.split('\n')[0]}</p>${lines.length ? html`<ul>${lines.map((line) => html`<li><code>${line}</code></li>`)}</ul>` : nothing}</details></div>`;
}
