/**
 * `lang` for each part of an instrument's wording on screen: the language of that string when it is
 * not the widget's own (a Spanish page's English PCL-5, the English title of the Spanish GAD-7), so a
 * screen reader says it in its language; undefined where it matches the text around it.
 */
import type { LocalizedDefinition } from '../../model/localize-definition.js';
import type { WordingPart } from '../../model/translation.js';
import { baseLanguage as base } from '../../model/language-tag.js';

/** The `lang` to put on one part of the wording, or undefined when it is the page's. */
export type WordingLang = (part: WordingPart) => string | undefined;

/** The wording's `lang` per part, for a widget whose own text is in `uiLocale`. */
export function wordingLangs(localized: LocalizedDefinition | undefined, uiLocale: string): WordingLang {
  if (!localized) return () => undefined;
  return (part) => {
    const lang = localized.languageOf(part);
    return base(lang) === base(uiLocale) ? undefined : lang;
  };
}

/**
 * What the introduction says of the questions' language on a page whose own text is in another:
 * `all` when every question is in English, `some` when a translation leaves some in English.
 */
export function questionsInEnglish(localized: LocalizedDefinition, uiLocale: string): 'all' | 'some' | undefined {
  if (base(uiLocale) === 'en') return undefined;
  const english = localized.definition.items.filter((item) => base(localized.languageOf(`items.${item.id}`)) === 'en').length;
  return english === 0 ? undefined : english === localized.definition.items.length ? 'all' : 'some';
}
