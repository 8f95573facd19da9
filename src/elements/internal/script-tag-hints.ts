/**
 * Which of the library's files an element in the page will ask for, read from its attributes before
 * the element's code has loaded, so the script tag can start fetching them at once instead of after
 * its code has run (one round trip instead of two). Pure: the lists of files shipped are given.
 */
import { baseLanguage } from '../../model/language-tag.js';

/** The files shipped beside the script that an element may load, as the build lists them. */
export interface BesideFiles {
  /** Built-in instrument ids, each `instruments/<id>.js`. */
  instruments: readonly string[];
  /** UI languages other than English, each `i18n/<locale>.js`. */
  locales: readonly string[];
  /** Translations of an instrument's wording, `<id>.<locale>`, each `instruments/<id>.<locale>.js`. */
  translations: readonly string[];
  /** The battery element's own code and what it alone needs, relative to the script. */
  battery: readonly string[];
  /** Paged mode's screen (`mode="paged"`), relative to the script. */
  paged: readonly string[];
  /** Save and resume's work with its resume screen (`persist`), relative to the script. */
  saveResume: readonly string[];
  /** The work of submitting (`submit-url`), relative to the script. */
  submission: readonly string[];
}

/** The attributes read (an element's `getAttribute`). */
type Attributes = Pick<Element, 'localName' | 'getAttribute' | 'hasAttribute'>;

/**
 * The files (relative to the script) that `<attune-screener>` or `<attune-battery>` with these
 * attributes loads first: its instruments' wording, their translation and the UI strings in its
 * language, the validator for a practice's own definition or text pack, save and resume's storage
 * work, the work of submitting, the battery's code, paged mode's screen. An id or
 * language that is not shipped asks for nothing (the element reports it once it runs).
 */
export function filesFor(element: Attributes, files: BesideFiles): string[] {
  const out: string[] = [];
  const battery = element.localName === 'attune-battery';
  if (battery) out.push(...files.battery);
  // as each element reads them: the battery's ids separated by spaces, the screener's one id as written
  const ids = battery ? (element.getAttribute('instruments') ?? '').split(/\s+/) : [element.getAttribute('instrument') ?? ''];
  const tag = element.getAttribute('locale');
  const language = tag ? baseLanguage(tag) : 'en';
  for (const id of ids) {
    if (!files.instruments.includes(id)) continue;
    out.push(`instruments/${id}.js`);
    if (files.translations.includes(`${id}.${language}`)) out.push(`instruments/${id}.${language}.js`);
  }
  if (files.locales.includes(language)) out.push(`i18n/${language}.js`);
  if (!battery && (element.hasAttribute('src') || element.hasAttribute('text-pack-src'))) out.push('attune-validate.js');
  const persist = element.getAttribute('persist');
  if (persist === 'session' || persist === 'local') out.push('attune-persist.js', ...files.saveResume);
  if (element.hasAttribute('submit-url')) out.push(...files.submission);
  // a battery passes its mode to each screener it runs
  if (element.getAttribute('mode') === 'paged') out.push(...files.paged);
  return out;
}
