/** The one error type the library throws or reports, with every problem located by path. */
import type * as z from 'zod/mini';

export type AttuneErrorCode =
  | 'unknown-instrument'
  | 'invalid-definition'
  | 'invalid-answers'
  | 'invalid-settings'
  | 'invalid-attribute'
  /** A result that is malformed, for another instrument or version, or not what its answers score (FHIR export). */
  | 'invalid-result'
  | 'invalid-text-pack'
  | 'text-pack-required'
  | 'unavailable'
  /** A saved snapshot could not be used (corrupt, or from another version); the client starts afresh. */
  | 'invalid-stored-state'
  /** Storage is disabled or full: answers are kept in memory only. */
  | 'storage-unavailable'
  /** A seal key (the site's public key) or an opening key (the clinician's private key) is not a P-256 JSON Web Key with a kid. */
  | 'invalid-key'
  /** A sealed body could not be opened (tampered, not a JWE, no key for it, the wrong key) or holds no submission. */
  | 'invalid-sealed';

/** One problem: where (`items[3].options`) and what was expected (`at least 2 options`). */
export interface Problem {
  path: string;
  message: string;
}

// A registered symbol is the same in every bundle file and realm on the page: the script tag and its
// lazily loaded attune-validate.js each carry their own copy of this class, so `instanceof` cannot tell
// one file's AttuneError from a foreign Error, but this brand can.
const BRAND = Symbol.for('attune-screeners.AttuneError');

const CODES: ReadonlySet<string> = new Set<AttuneErrorCode>([
  'unknown-instrument',
  'invalid-definition',
  'invalid-answers',
  'invalid-settings',
  'invalid-attribute',
  'invalid-result',
  'invalid-text-pack',
  'text-pack-required',
  'unavailable',
  'invalid-stored-state',
  'storage-unavailable',
  'invalid-key',
  'invalid-sealed',
]);

/**
 * Whether a thrown value is an `AttuneError`, from this file or from any other bundle file of the
 * library on the page (use this, never `instanceof`, where an error may cross a bundle boundary).
 */
export function isAttuneError(value: unknown): value is AttuneError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { [BRAND]?: unknown; code?: unknown; problems?: unknown };
  return v[BRAND] === true && typeof v.code === 'string' && CODES.has(v.code) && Array.isArray(v.problems);
}

export class AttuneError extends Error {
  override readonly name = 'AttuneError';
  /** The cross-bundle brand that {@link isAttuneError} checks. */
  readonly [BRAND] = true;
  constructor(
    readonly code: AttuneErrorCode,
    summary: string,
    readonly problems: Problem[] = [],
  ) {
    super(problems.length ? `${summary}\n${problems.map(describeProblem).join('\n')}` : summary);
  }
}

export function describeProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** `['items', 3, 'options']` → `items[3].options` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

// zod/mini carries no message catalogue (it would cost bundle size), so its issues are worded here.
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' || (issue.message && issue.message !== 'Invalid input')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

export function problemsFromZod(error: z.core.$ZodError, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: messageOf(issue) }));
}
