import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Item, ResponseOption } from '../../model/instrument.js';
import type { Messages } from '../../i18n/messages.js';

export interface QuestionViewProps {
  item: Item;
  value: number | undefined;
  invalid: boolean;
  messages: Messages;
  onAnswer(itemId: string, value: number): void;
  /** Language of the item's wording when it differs from the widget's text (an untranslated instrument). */
  lang?: string;
}

/** Published item numbers are shown as printed; descriptive ids ("exposure") get no number. */
export function itemNumber(item: Item): string | undefined {
  return /^\d+$/.test(item.id) ? item.id : undefined;
}

// An agreement scale whose middle points have no published label shows every point's number, so each
// radio still has a name of its own ("1, strongly disagree", "2", …).
function optionText(option: ResponseOption, numbered: boolean) {
  if (!numbered) return option.label;
  return option.label ? `${option.value}, ${option.label}` : String(option.value);
}

/** One question: native radios in a fieldset whose legend is the item's exact wording. */
export function questionView({ item, value, invalid, messages, onAnswer, lang }: QuestionViewProps) {
  const number = itemNumber(item);
  const numbered = item.options.some((o) => !o.label);
  const errorId = `error-${item.id}`;
  return html`
    <fieldset class="question" part="question" id="question-${item.id}" ?data-invalid=${invalid} aria-describedby=${ifDefined(invalid ? errorId : undefined)}>
      <legend part="legend" tabindex="-1" lang=${ifDefined(lang)}>${number ? html`<span class="number">${number}.</span> ` : nothing}${item.text}</legend>
      ${invalid ? html`<p class="item-error" part="item-error" id=${errorId}>${messages.itemError}</p>` : nothing}
      <div class="options">
        ${item.options.map(
          (option) => html`
            <label class="option" part="option">
              <input type="radio" name="item-${item.id}" .value=${String(option.value)} .checked=${value === option.value} @change=${() => onAnswer(item.id, option.value)} />
              <span lang=${ifDefined(option.label ? lang : undefined)}>${optionText(option, numbered)}</span>
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}
