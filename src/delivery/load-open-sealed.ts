/**
 * `openSealed` as the core exports it: the JOSE code (about 9 KB gzip) loads on the first call, so a
 * server or page that only scores never carries it. `attune-open.js` beside the report's script tag
 * (see rollup.config.mjs), a file of its own beside `core.js` in the ES build.
 */
import type { Submission } from '../model/submission.js';
import type { OpeningKeys } from './open-sealed.js';

export type { OpeningKeys } from './open-sealed.js';

/**
 * Opens a sealed body (the compact JWE a sealed `<attune-screener>` or `<attune-battery>` POSTed as
 * `application/jose`) with the practice's private key, or one of several chosen by the body's `kid`,
 * and returns the validated submission. Throws an `AttuneError`: `invalid-sealed` for a body that is
 * not a JWE, was changed, was sealed for another key or holds no submission; `invalid-key` for a key
 * that is not a P-256 private JWK with a kid.
 */
export async function openSealed(body: unknown, keys: OpeningKeys): Promise<Submission> {
  const { openSealed: open } = await import('./open-sealed.js');
  return open(body, keys);
}
