/**
 * The base language of a `locale` attribute's value: `es`, `es-MX` and `ES-419` are all `es`. Kept in
 * a file of its own (no strings) so the script tag's loader can pick a page's language module without
 * carrying the English catalog.
 */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
