/**
 * The keys of sealed submissions, checked before any cryptography runs: the practice's public key
 * (`seal-key`, what the browser seals with) and its private keys (what `openSealed` opens with). Both
 * are JSON Web Keys (RFC 7517) on the P-256 curve with a `kid`, the id a sealed body names in its
 * header so a practice can keep older keys while it rotates to a new one.
 *
 * No cryptography and no zod here: the script tag checks a key synchronously, before it loads the
 * sealing module, so a malformed key fails closed at once and nothing is sent.
 */
import { AttuneError, type Problem } from '../model/attune-error.js';

/** The practice's public key, as `npx attune-screeners keygen` writes it for the site. */
export interface SealPublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  [other: string]: unknown;
}

/** The practice's private key, as `npx attune-screeners keygen` writes it for the clinician. */
export interface SealPrivateJwk extends SealPublicJwk {
  d: string;
}

/** The sealed body's algorithms: ECDH-ES key agreement on P-256, content encrypted with AES-256-GCM. */
export const SEAL_ALG = 'ECDH-ES';
export const SEAL_ENC = 'A256GCM';

// a P-256 coordinate or private scalar is 32 bytes: 43 base64url characters, no padding
const COORDINATE = /^[A-Za-z0-9_-]{43}$/;

function keyProblems(value: unknown, kind: 'public' | 'private'): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path: '', message: 'expected a JSON Web Key (an object)' }];
  const k = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (k.kty !== 'EC') problems.push({ path: 'kty', message: 'expected "EC"' });
  if (k.crv !== 'P-256') problems.push({ path: 'crv', message: 'expected "P-256"' });
  for (const name of ['x', 'y'] as const)
    if (typeof k[name] !== 'string' || !COORDINATE.test(k[name])) problems.push({ path: name, message: 'expected a P-256 coordinate (43 base64url characters)' });
  if (typeof k.kid !== 'string' || !k.kid.trim()) problems.push({ path: 'kid', message: 'expected a key id (the kid that keygen writes)' });
  if (kind === 'public' && 'd' in k) problems.push({ path: 'd', message: 'this is a private key: give the site the public key only, and keep the private key with the clinician' });
  if (kind === 'private' && (typeof k.d !== 'string' || !COORDINATE.test(k.d)))
    problems.push({ path: 'd', message: 'expected the private key (43 base64url characters); is this the public key?' });
  if (k.use !== undefined && k.use !== 'enc') problems.push({ path: 'use', message: 'expected "enc" when present' });
  return problems;
}

/**
 * The practice's public key from a property value or the `seal-key` attribute's JSON, or an
 * `invalid-key` error that says what is wrong (never the key itself).
 */
export function publicSealKey(value: unknown): SealPublicJwk {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new AttuneError('invalid-key', 'seal-key is not JSON: give the public JSON Web Key that `npx attune-screeners keygen` wrote; nothing will be sent.');
    }
  }
  const problems = keyProblems(parsed, 'public');
  if (problems.length) throw new AttuneError('invalid-key', 'seal-key is not a P-256 public JSON Web Key with a kid; nothing will be sent.', problems);
  const { kty, crv, x, y, kid } = parsed as SealPublicJwk;
  return { kty, crv, x, y, kid };
}

/** One private key, or several (an array, or a JWK Set `{ keys: [...] }`), each checked; never echoed. */
export function privateSealKeys(value: unknown): SealPrivateJwk[] {
  const list: unknown[] = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { keys?: unknown }).keys)
      ? (value as { keys: unknown[] }).keys
      : [value];
  if (!list.length) throw new AttuneError('invalid-key', 'No private key was given to open sealed submissions with.');
  const problems = list.flatMap((key, i) =>
    keyProblems(key, 'private').map((p) => ({ path: list.length > 1 || Array.isArray(value) ? `keys[${i}]${p.path ? `.${p.path}` : ''}` : p.path, message: p.message })),
  );
  if (problems.length) throw new AttuneError('invalid-key', 'A private key is not a P-256 private JSON Web Key with a kid.', problems);
  return (list as SealPrivateJwk[]).map(({ kty, crv, x, y, d, kid }) => ({ kty, crv, x, y, d, kid }));
}
