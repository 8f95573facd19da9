import { html, nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Item, ResponseOption } from '../../model/instrument.js';
import type { FirstMessages } from '../../i18n/messages.js';

export interface QuestionViewProps {
  item: Item;
  value: number | undefined;
  invalid: boolean;
  messages: FirstMessages;
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

interface AnswersProps {
  item: Item;
  value: number | undefined;
  /** The message under the legend while the question is unanswered after Finish or Next, else undefined. */
  error: string | undefined;
  errorId: string;
  lang: string | undefined;
}

/**
 * The answers of one question, and its message when unanswered, after the fieldset's legend: each a
 * `<label part="option">` around its native radio and its words, and nothing else. A page holds a
 * hundred of them, so they are built once with DOM calls (words only as text nodes, never markup)
 * and then only updated: a Lit template per answer would add three comment markers to each
 * (its part and the list's two), which was most of the widget's nodes. Sits on the fieldset only.
 */
class AnswersDirective extends Directive {
  // private names: the minifier shortens them (these run on every page)
  #key?: string;
  #labels: HTMLLabelElement[] = [];
  #errorLine?: HTMLParagraphElement;

  render(_props: AnswersProps) {
    return nothing;
  }

  override update({ element: fieldset }: ElementPart, [props]: [AnswersProps]) {
    const { item, value, lang, error } = props;
    // the same item with the same values keeps its radios (and so focus and the client's choice);
    // only the words may change (another language)
    const key = `${item.id}\n${item.options.map((o) => o.value).join()}`;
    if (key !== this.#key) {
      this.#key = key;
      for (const label of this.#labels) label.remove();
      this.#labels = item.options.map((option) => {
        const label = document.createElement('label');
        label.className = 'option';
        label.setAttribute('part', 'option');
        const input = label.appendChild(document.createElement('input'));
        input.type = 'radio';
        input.name = `item-${item.id}`;
        input.value = String(option.value);
        label.append('');
        return label;
      });
      fieldset.append(...this.#labels);
    }
    const numbered = item.options.some((o) => !o.label);
    item.options.forEach((option, i) => {
      const label = this.#labels[i]!;
      const words = label.lastChild as Text;
      const text = optionText(option, numbered) ?? '';
      if (words.data !== text) words.data = text;
      // a bare number has no language; a label is in the wording's
      const labelLang = (option.label && lang) || null;
      if (label.getAttribute('lang') !== labelLang) {
        if (labelLang) label.setAttribute('lang', labelLang);
        else label.removeAttribute('lang');
      }
      (label.firstChild as HTMLInputElement).checked = value === option.value;
    });
    let line = this.#errorLine;
    if (error === undefined) line?.remove();
    else {
      if (!line) {
        line = document.createElement('p');
        line.className = 'item-error';
        line.setAttribute('part', 'item-error');
        // right under the legend, above the answers
        fieldset.firstElementChild!.after(line);
      }
      line.id = props.errorId;
      if (line.textContent !== error) line.textContent = error;
    }
    this.#errorLine = error === undefined ? undefined : line;
    return nothing;
  }
}

const answers = directive(AnswersDirective);

/** One question: native radios in a fieldset whose legend is the item's exact wording. */
export function questionView({ item, value, invalid, messages, onAnswer, lang }: QuestionViewProps) {
  const number = itemNumber(item);
  const errorId = `error-${item.id}`;
  // one text node for the number and the wording; the fieldset's answers come from answers(), and one
  // listener here hears them all (a radio's value is its option's, as a string)
  return html`<fieldset
    class="question"
    part="question"
    id="question-${item.id}"
    ?data-invalid=${invalid}
    aria-describedby=${ifDefined(invalid ? errorId : undefined)}
    ${answers({ item, value, error: invalid ? messages.itemError : undefined, errorId, lang })}
    @change=${(e: Event) => onAnswer(item.id, Number((e.target as HTMLInputElement).value))}
  ><legend part="legend" tabindex="-1" lang=${ifDefined(lang)} .textContent=${number ? `${number}. ${item.text}` : item.text}></legend></fieldset>`;
}
