import { html } from 'lit';
import type { Item } from '../../model/instrument.js';
import type { FirstMessages } from '../../i18n/messages.js';
import { itemNumber } from './question-view.js';

/**
 * GOV.UK's error summary: it takes focus, says calmly what is needed, and links to each question
 * still unanswered. Fragment links cannot reach into a shadow root, so each link moves focus itself.
 */
export function errorSummaryView(items: Item[], messages: FirstMessages, onGoTo: (itemId: string) => void) {
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title"><h3 id="error-summary-title">${messages.errorSummaryTitle}</h3><ul>${items.map(
    (item) => {
      const number = itemNumber(item);
      return html`<li><a
              href="#question-${item.id}"
              part="error-link"
              @click=${(e: Event) => {
                e.preventDefault();
                onGoTo(item.id);
              }}
              >${number ? `${messages.errorSummaryLink(Number(number))}: ` : ''}${item.text}</a
            ></li>`;
    },
  )}</ul></div>`;
}
