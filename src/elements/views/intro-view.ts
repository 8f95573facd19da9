import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { FirstMessages } from '../../i18n/messages.js';
import type { WordingLang } from '../internal/wording-lang.js';

export interface IntroViewProps {
  definition: InstrumentDefinition;
  questions: number;
  experience: string | undefined;
  messages: FirstMessages;
  /** `lang` of each part of the instrument's wording, where it differs from the widget's own text. */
  wordingLang: WordingLang;
  /** On a page in another language: whether all the questions, or some, are in English. */
  inEnglish?: 'all' | 'some' | undefined;
  onStart(): void;
}

/** What the questionnaire is, the period it asks about, how long it takes, and that the client may stop. */
export function introView({ definition, questions, experience, messages, wordingLang, inEnglish, onStart }: IntroViewProps) {
  // the title, description and time frame are the definition's words: each in its language, marked so
  const lang = (part: 'title' | 'description' | 'timeframe') => ifDefined(wordingLang(part));
  // no whitespace between the tags (each run of it would be a text node); plain text as textContent
  return html`<section part="intro" aria-labelledby="title"><h2 id="title" tabindex="-1" lang=${lang('title')} .textContent=${definition.title}></h2><p
      lang=${lang('description')}
      .textContent=${definition.description}
    ></p>${experience ? html`<p part="experience" .textContent=${messages.introExperience(experience)}></p>` : nothing}${
      inEnglish ? html`<p .textContent=${inEnglish === 'all' ? messages.introInEnglish : messages.introPartlyInEnglish}></p>` : nothing
    }<p>${definition.timeframe ? html`${messages.introTimeframe} <span lang=${lang('timeframe')}>${definition.timeframe}</span>. ` : nothing}${messages.introLength(
      questions,
      definition.minutes,
      Boolean(definition.gates?.length),
    )}</p><p .textContent=${messages.introStop}></p><div class="actions"><button
      type="button"
      class="primary"
      part="button button-primary start-button"
      @click=${onStart}
      .textContent=${messages.start}
    ></button></div></section>`;
}
