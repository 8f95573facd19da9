/**
 * The UI languages shipped, and how a `locale` attribute picks one. English is part of the script;
 * every other language is a module of its own (`dist/i18n/<locale>.js`), loaded only by a page that
 * asks for it. This is the one list of languages: the build reads its `import('./<locale>.js')` lines
 * (tools/build/registries.mjs), so adding one is its messages module, one line here, and its tests.
 */
import { en } from './en.js';
import type { FirstMessages } from './messages.js';
import { loadOnce } from '../model/load-once.js';
import { baseLanguage } from '../model/language-tag.js';

// English's later screens' strings are with those screens (en-finish.ts); every other language's are all in its file
const loaders: Readonly<Record<string, () => Promise<FirstMessages>>> = {
  en: () => Promise.resolve(en),
  es: () => import('./es.js').then((m) => m.es),
};

/** Locales shipped, as `locale` accepts them. */
export const locales: readonly string[] = Object.keys(loaders);

export interface ResolvedLocale {
  /** The catalog's language tag, used for `lang` on the widget's text. */
  locale: string;
  /** False when the tag asked for is not shipped (the widget then uses English and reports it). */
  known: boolean;
}

/**
 * `es`, `es-MX` and `ES-419` all choose Spanish: regional variants share the base language's strings
 * until a regional catalog is shipped. Nothing asked for means English.
 */
export function resolveLocale(tag: string | undefined | null): ResolvedLocale {
  if (!tag) return { locale: 'en', known: true };
  const base = baseLanguage(tag);
  return Object.hasOwn(loaders, base) ? { locale: base, known: true } : { locale: 'en', known: false };
}

const load = loadOnce((locale: string) => loaders[locale]!());

/** The strings of a shipped locale (as `resolveLocale` names it), loaded once per page; English for any other. */
export function loadMessages(locale: string): Promise<FirstMessages> {
  return Object.hasOwn(loaders, locale) ? load(locale) : Promise.resolve(en);
}
