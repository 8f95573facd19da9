/** The UI languages shipped, and how a `locale` attribute picks one. */
import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

export const catalogs: Readonly<Record<string, Messages>> = Object.freeze({ en, es });

/** Locales shipped, as `locale` accepts them. */
export const locales: readonly string[] = Object.keys(catalogs);

export interface ResolvedLocale {
  /** The catalog's language tag, used for `lang` on the widget's text. */
  locale: string;
  messages: Messages;
  /** False when the tag asked for is not shipped (the widget then uses English and reports it). */
  known: boolean;
}

/**
 * `es`, `es-MX` and `ES-419` all choose Spanish: regional variants share the base language's strings
 * until a regional catalog is shipped. Nothing asked for means English.
 */
export function resolveLocale(tag: string | undefined | null): ResolvedLocale {
  if (!tag) return { locale: 'en', messages: en, known: true };
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const messages = Object.hasOwn(catalogs, base) ? catalogs[base] : undefined;
  return messages ? { locale: base, messages, known: true } : { locale: 'en', messages: en, known: false };
}
