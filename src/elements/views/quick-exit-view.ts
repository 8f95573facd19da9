import { html } from 'lit';
import type { FirstMessages } from '../../i18n/messages.js';

/**
 * "Leave this page", always in the same place at the top of the widget, with the keyboard shortcut
 * beside it. Styled as calm as the rest: a quick exit must be findable, not alarming.
 */
export function quickExitView(messages: FirstMessages, onLeave: () => void) {
  return html`<div class="quick-exit" part="quick-exit"><button type="button" part="button exit-button" @click=${onLeave} .textContent=${messages.leave}></button><span
      class="exit-hint"
      part="exit-hint"
      .textContent=${messages.leaveHint}
    ></span></div>`;
}
