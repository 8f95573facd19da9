/**
 * The base language of a language tag or a `locale` attribute's value: `es`, `es-MX` and `ES-419` are
 * all `es`. The one rule by which a UI language, a translation and a text pack are matched. Kept in a
 * file of its own (no strings, no zod) so the script tag's loader can pick a page's language module
 * without carrying the English catalog.
 */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A BCP 47 language tag as the library takes one: `es`, `es-US`, `pt-BR`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
