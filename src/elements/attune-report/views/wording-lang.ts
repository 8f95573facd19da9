import type { InstrumentDefinition } from '../../../model/instrument.js';
import type { ReportMessages } from '../../../i18n/report-messages.js';

/**
 * The language of an instrument's own wording (titles, labels, items) when it differs from the
 * report's strings, for `lang` on the elements that hold it: a Spanish report of an English PCL-5 marks
 * the PCL-5's words as English, so a screen reader says them as English. Undefined when they agree.
 */
export function wordingLang(def: InstrumentDefinition, messages: ReportMessages): string | undefined {
  const own = def.language ?? 'en';
  return own.split('-')[0]!.toLowerCase() === messages.lang ? undefined : own;
}
