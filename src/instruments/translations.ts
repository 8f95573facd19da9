/**
 * The one list of published translations shipped with the built-in instruments, keyed
 * `<instrument>.<language>` (the base language a `locale` resolves to), each with the loader of its
 * module. The build reads the `import('./<key>.js')` lines below (tools/build/registries.mjs) to emit
 * `dist/instruments/<key>.js` and to load it from beside the script; tests hold every entry to its
 * instrument's English definition and to the instrument reference.
 *
 * Adding a translation: its module `<id>.<language>.ts` (an `InstrumentTranslation` whose every
 * string is the publisher's, except those marked `writtenBy`), one line here, and its fidelity test.
 */
import type { InstrumentTranslation } from '../model/translation.js';
import { baseLanguage } from '../model/language-tag.js';

export const translationLoaders = {
  'phq-9.es': () => import('./phq-9.es.js').then((m) => m.phq9Es),
  'gad-7.es': () => import('./gad-7.es.js').then((m) => m.gad7Es),
} as const satisfies Readonly<Record<string, () => Promise<InstrumentTranslation>>>;

/** The key of a shipped translation: `<instrument>.<language>`. */
export type TranslationKey = keyof typeof translationLoaders;

/** The key of the shipped translation of instrument `id` for a UI locale (`es`, `es-MX`), if there is one. */
export function translationKey(id: string, locale: string): TranslationKey | undefined {
  const key = `${id}.${baseLanguage(locale)}`;
  return Object.hasOwn(translationLoaders, key) ? (key as TranslationKey) : undefined;
}
