/**
 * A practice's crisis resources, shown in the support panel when a safety item is endorsed. Checked
 * by hand rather than with zod: it runs in the script-tag bundle, where zod is not loaded.
 */
import type { Problem } from './attune-error.js';
import { httpUrl } from './http-url.js';

export interface CrisisResource {
  /** Who the client can reach: "988 Suicide & Crisis Lifeline", "Samaritans". */
  name: string;
  /** A number to call, shown as a `tel:` link. */
  phone?: string;
  /** Any further line: opening hours, "Text HOME to 741741". */
  text?: string;
  /** A web page (http or https only). */
  url?: string;
}

const PHONE = /^\+?[0-9][0-9 ().-]{1,30}$/;

/** Keeps the well-formed resources and names each problem, so one typo never hides the others. */
export function checkCrisisResources(input: unknown): { resources: CrisisResource[]; problems: Problem[] } {
  if (!Array.isArray(input)) return { resources: [], problems: [{ path: 'crisisResources', message: 'expected an array of { name, phone?, text?, url? }' }] };
  const resources: CrisisResource[] = [];
  const problems: Problem[] = [];
  input.forEach((entry: unknown, i) => {
    const path = `crisisResources[${i}]`;
    const r = entry as Partial<Record<keyof CrisisResource, unknown>> | null;
    const fail = (message: string) => problems.push({ path, message });
    if (!r || typeof r !== 'object') return fail('expected an object');
    if (typeof r.name !== 'string' || !r.name.trim()) return fail('name must be a non-empty string');
    if (r.phone !== undefined && (typeof r.phone !== 'string' || !PHONE.test(r.phone))) return fail('phone must be digits, spaces, "+", "(", ")", "-" or "."');
    if (r.text !== undefined && typeof r.text !== 'string') return fail('text must be a string');
    if (r.url !== undefined && (typeof r.url !== 'string' || !httpUrl(r.url))) return fail('url must start with https:// or http://');
    resources.push({ name: r.name, ...(r.phone ? { phone: r.phone } : {}), ...(r.text ? { text: r.text } : {}), ...(r.url ? { url: r.url } : {}) });
  });
  return { resources, problems };
}

/** The dialable form of a phone number for a `tel:` link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/**
 * A quick-exit address: an absolute http(s) address or `about:blank` only, so a page's attribute can
 * never become a `javascript:` URL run on the client's click.
 */
export function isSafeExitUrl(url: string): boolean {
  return url === 'about:blank' || httpUrl(url) !== undefined;
}
