import { html, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
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

interface AnswersProps {
  item: Item;
  value: number | undefined;
  /** The message under the legend while the question is unanswered after Finish or Next, else undefined. */
  error: string | undefined;
  errorId: string;
  lang: string | undefined;
  onAnswer(itemId: string, value: number): void;
}

/**
 * The answers of one question, and its message when unanswered, after the fieldset's legend: each a
 * `<label part="option">` around its native radio and its text, and nothing else. A page holds a
 * hundred of them, so they are built once with DOM calls (text only as text nodes, never markup) and
 * then only updated: a Lit template per answer would add three comment markers to each (its part and
 * the list's two), which is most of the widget's nodes.
 */
class AnswersDirective extends Directive {
  private props!: AnswersProps;
  private key?: string;
  private labels: HTMLLabelElement[] = [];
  private texts: Text[] = [];
  private inputs: HTMLInputElement[] = [];
  private errorLine?: HTMLParagraphElement;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('answers() belongs on a fieldset');
  }

  render(_props: AnswersProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [AnswersProps]) {
    this.props = props;
    const fieldset = part.element;
    const { item, value, lang } = props;
    const options = item.options;
    // the same item with the same values keeps its radios (and so focus and the client's choice);
    // only the words may change (another language)
    const key = `${item.id}\n${options.map((o) => o.value).join('\n')}`;
    if (key !== this.key) {
      if (this.key === undefined) fieldset.addEventListener('change', (e) => this.changed(e));
      this.key = key;
      for (const label of this.labels) label.remove();
      this.labels = [];
      this.texts = [];
      this.inputs = options.map((option) => {
        // a deep clone of one prepared answer is cheaper than building each from its parts
        const label = (answerTemplate ??= prepareAnswer()).cloneNode(true) as HTMLLabelElement;
        const input = label.firstChild as HTMLInputElement;
        input.name = `item-${item.id}`;
        input.value = String(option.value);
        fieldset.append(label);
        this.labels.push(label);
        this.texts.push(label.lastChild as Text);
        return input;
      });
    }
    const numbered = options.some((o) => !o.label);
    options.forEach((option, i) => {
      const text = optionText(option, numbered) ?? '';
      if (this.texts[i]!.data !== text) this.texts[i]!.data = text;
      // a bare number has no language; a label is in the wording's
      const labelLang = option.label ? lang : undefined;
      if (labelLang === undefined) this.labels[i]!.removeAttribute('lang');
      else if (this.labels[i]!.getAttribute('lang') !== labelLang) this.labels[i]!.setAttribute('lang', labelLang);
      const checked = value === option.value;
      if (this.inputs[i]!.checked !== checked) this.inputs[i]!.checked = checked;
    });
    this.showError(fieldset, props);
    return nothing;
  }

  // one listener per question, not per radio: the chosen radio's place gives its option
  private changed(event: Event) {
    const i = this.inputs.indexOf(event.target as HTMLInputElement);
    const option = this.props.item.options[i];
    if (i >= 0 && option) this.props.onAnswer(this.props.item.id, option.value);
  }

  private showError(fieldset: Element, { error, errorId }: AnswersProps) {
    if (error === undefined) {
      this.errorLine?.remove();
      this.errorLine = undefined;
      return;
    }
    if (!this.errorLine) {
      this.errorLine = document.createElement('p');
      this.errorLine.className = 'item-error';
      this.errorLine.setAttribute('part', 'item-error');
      // right under the legend, above the answers
      fieldset.firstElementChild!.after(this.errorLine);
    }
    this.errorLine.id = errorId;
    if (this.errorLine.textContent !== error) this.errorLine.textContent = error;
  }
}

const answers = directive(AnswersDirective);

let answerTemplate: HTMLLabelElement | undefined;

/** `<label class="option" part="option"><input type="radio">words</label>`, the words still empty. */
function prepareAnswer(): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'option';
  label.setAttribute('part', 'option');
  const input = document.createElement('input');
  input.type = 'radio';
  label.append(input, document.createTextNode(''));
  return label;
}

/** One question: native radios in a fieldset whose legend is the item's exact wording. */
export function questionView({ item, value, invalid, messages, onAnswer, lang }: QuestionViewProps) {
  const number = itemNumber(item);
  const errorId = `error-${item.id}`;
  // one text node for the number and the wording; the fieldset's answers come from answers()
  return html`<fieldset
    class="question"
    part="question"
    id="question-${item.id}"
    ?data-invalid=${invalid}
    aria-describedby=${ifDefined(invalid ? errorId : undefined)}
    ${answers({ item, value, error: invalid ? messages.itemError : undefined, errorId, lang, onAnswer })}
  ><legend part="legend" tabindex="-1" lang=${ifDefined(lang)} .textContent=${number ? `${number}. ${item.text}` : item.text}></legend></fieldset>`;
}
