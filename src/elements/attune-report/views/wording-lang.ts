import type { InstrumentDefinition } from '../../../model/instrument.js';
import type { ReportMessages } from '../../../i18n/report-messages.js';
import { baseLanguage } from '../../../model/language-tag.js';
import { localizeDefinition, type LocalizedDefinition } from '../../../model/localize-definition.js';
import type { Result } from '../../../model/result.js';
import { wordingLangs, type WordingLang } from '../../internal/wording-lang.js';

/**
 * The language of an instrument's own wording (titles, labels, items) when it differs from the
 * report's strings, for `lang` on the elements that hold it: a Spanish report of an English PCL-5 marks
 * the PCL-5's words as English, so a screen reader says them as English. Undefined when they agree.
 */
export function wordingLang(def: InstrumentDefinition, messages: ReportMessages): string | undefined {
  const own = def.language ?? 'en';
  return baseLanguage(own) === messages.lang ? undefined : own;
}

/** The wording one client saw: the definition in the language the result was answered in, with each part's `lang`. */
export interface SeenWording extends LocalizedDefinition {
  lang: WordingLang;
}

/** The wording a completion was answered in (its result's `language`), as the report shows it to a clinician. */
export function seenWording(def: InstrumentDefinition, result: Result, messages: ReportMessages): SeenWording {
  const localized = localizeDefinition(def, result.language ?? def.language ?? 'en');
  return { ...localized, lang: wordingLangs(localized, messages.lang) };
}
