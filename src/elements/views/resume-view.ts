import { html } from 'lit';
import type { FirstMessages } from '../../i18n/messages.js';

/** Asks before resuming: saved answers are never put back without the client's say. */
export function resumeView(title: string, messages: FirstMessages, onResume: () => void, onRestart: () => void) {
  return html`<section part="resume" aria-labelledby="title"><h2 id="title" tabindex="-1">${title}</h2><h3>${messages.resumeTitle}</h3><p>${messages.resumeBody}</p><div class="actions"><button type="button" class="primary" part="button button-primary resume-button" @click=${onResume}>${messages.resumeContinue}</button><button type="button" part="button button-secondary restart-button" @click=${onRestart}>${messages.resumeRestart}</button></div></section>`;
}
