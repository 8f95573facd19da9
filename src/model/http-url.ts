/**
 * The library's one rule for addresses a page hands it (`submit-url`, `exit-url`, a crisis resource's
 * `url`, `src`): http or https only, so an attribute can never become a `javascript:` or `data:` URL
 * run on the client's click or fetched with their answers.
 */

/**
 * The address as an absolute http(s) URL, or undefined when it is not one. With `base` (the page's
 * address), a relative address is resolved against it; without, only an absolute address is accepted.
 */
export function httpUrl(raw: string | undefined | null, base?: string): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  // without a base, "example.org" or "/path" must not be taken for an address on some other site
  if (base === undefined && !/^\s*https?:\/\//i.test(raw)) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
