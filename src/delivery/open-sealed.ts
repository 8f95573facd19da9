/**
 * Opening a sealed submission (what `seal.ts` made in the browser) with the practice's private key:
 * in a practice's server (`attune-screeners/core`) or in the clinician's browser (`<attune-report>`).
 * `attune-open.js` beside the report's script tag, loaded only when sealed input arrives.
 *
 * Refuses, with an `invalid-sealed` error, a body that is not a compact JWE of the expected
 * algorithms, one whose `kid` names no key given, one that does not decrypt (tampered, or sealed for
 * another key), and one whose plaintext is not a submission. Never trusts the browser's score:
 * re-score `answers` with `score()` after opening.
 */
import { compactDecrypt, decodeProtectedHeader, importJWK } from 'jose';
import { AttuneError, problemsFromZod } from '../model/attune-error.js';
import { SubmissionSchema, type Submission } from '../model/submission.js';
import { privateSealKeys, SEAL_ALG, SEAL_ENC, type SealPrivateJwk } from './seal-key.js';

/** One private JWK, an array of them, or a JWK Set (`{ keys: [...] }`); the body's `kid` picks one. */
export type OpeningKeys = SealPrivateJwk | readonly SealPrivateJwk[] | { keys: readonly SealPrivateJwk[] };

const refuse = (summary: string) => new AttuneError('invalid-sealed', summary);

/**
 * Opens a sealed body (the compact JWE string a sealed `<attune-screener>` or `<attune-battery>`
 * POSTed, as `application/jose`) and returns the validated submission.
 */
export async function openSealed(body: unknown, keys: OpeningKeys): Promise<Submission> {
  const candidates = privateSealKeys(keys);
  const jwe = typeof body === 'string' ? body.trim() : body instanceof Uint8Array ? new TextDecoder().decode(body).trim() : undefined;
  if (!jwe || jwe.split('.').length !== 5) throw refuse('The body is not a sealed submission (a compact JWE of five parts separated by dots).');
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(jwe).kid;
  } catch {
    throw refuse('The body is not a sealed submission: its header could not be read.');
  }
  const key = candidates.find((k) => k.kid === kid);
  if (!key) throw refuse(`The body was sealed for key ${typeof kid === 'string' ? `"${kid}"` : '(no kid)'}, and no key given has that kid.`);
  let plaintext: Uint8Array;
  try {
    const privateKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x, y: key.y, d: key.d }, SEAL_ALG);
    ({ plaintext } = await compactDecrypt(jwe, privateKey, { keyManagementAlgorithms: [SEAL_ALG], contentEncryptionAlgorithms: [SEAL_ENC] }));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw refuse(
      code === 'ERR_JOSE_ALG_NOT_ALLOWED' || code === 'ERR_JOSE_NOT_SUPPORTED'
        ? `The body is not sealed with ${SEAL_ALG} and ${SEAL_ENC}.`
        : `The body could not be opened with key "${key.kid}": it was changed after it was sealed, or sealed with another key of the same kid.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw refuse('The sealed body opened, but what it holds is not JSON.');
  }
  const checked = SubmissionSchema.safeParse(parsed);
  if (!checked.success) throw new AttuneError('invalid-sealed', 'The sealed body opened, but what it holds is not a submission.', problemsFromZod(checked.error));
  return checked.data;
}
