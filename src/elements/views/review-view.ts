import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/messages.js';
import type { ReviewRow } from '../../session/review.js';
import type { WordingLang } from '../internal/wording-lang.js';
import { itemNumber } from './question-view.js';

export interface ReviewViewProps {
  rows: ReviewRow[];
  messages: Messages;
  /** `lang` of each part of the instrument wording, where it differs from the UI's. */
  wordingLang: WordingLang;
  onChange(itemId: string): void;
  onBack(): void;
  onFinish(): void;
}

function answerText({ option }: ReviewRow, messages: Messages): string {
  if (!option) return messages.notAnswered;
  // an unlabelled middle point of an agreement scale is shown by its number, as on the question
  return option.label ?? String(option.value);
}

/** GOV.UK's "check your answers": every question with its answer and a Change button, then Finish. */
export function reviewView({ rows, messages, wordingLang, onChange, onBack, onFinish }: ReviewViewProps) {
  return html`
    <section part="review" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${messages.reviewTitle}</h2>
      <p>${messages.reviewIntro}</p>
      <dl class="review-list" part="review-list">
        ${rows.map((row) => {
          const number = itemNumber(row.item);
          // an unnumbered question is named by its own wording, in its own language (a hidden span of its own)
          const which = number ? messages.questionLabel(Number(number)) : (row.item.text ?? row.item.id);
          const lang = wordingLang(`items.${row.item.id}`);
          return html`<div class="review-row" part="review-row">
            <dt lang=${ifDefined(lang)}>${number ? html`<span class="number">${number}.</span> ` : nothing}${row.item.text}</dt>
            <dd class="review-answer" lang=${ifDefined(row.option?.label ? lang : undefined)}>${answerText(row, messages)}</dd>
            <dd class="review-change">
              <button type="button" class="link" part="button change-button" data-item=${row.item.id} @click=${() => onChange(row.item.id)}>
                ${messages.change}<span class="visually-hidden"> ${messages.changeWhat} </span><span class="visually-hidden" lang=${ifDefined(number ? undefined : lang)}>${which}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <div class="actions">
        <button type="button" part="button button-secondary back-button" @click=${onBack}>${messages.back}</button>
        <button type="button" class="primary" part="button button-primary finish-button" @click=${onFinish}>${messages.finish}</button>
      </div>
    </section>
  `;
}
