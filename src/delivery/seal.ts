/**
 * Sealing a submission in the browser: the body becomes a compact JWE (RFC 7516) that only the
 * holder of the practice's private key can open, so nothing between the page and the practice (a
 * form relay, a webhook, a proxy and their logs) reads an answer, a score, an instrument or a flag.
 *
 * `attune-seal.js` beside the script tag, loaded only when an element has a `seal-key`; a chunk in the
 * ES build. ECDH-ES on P-256 (a fresh ephemeral key per body) with AES-256-GCM, the key's `kid` in the
 * protected header, so any server language's JOSE library opens it.
 */
import { CompactEncrypt, importJWK } from 'jose';
import { AttuneError } from '../model/attune-error.js';
import { publicSealKey, SEAL_ALG, SEAL_ENC, type SealPublicJwk } from './seal-key.js';

export { publicSealKey } from './seal-key.js';

/** The media type of a sealed POST body (a compact JWE). */
export const SEALED_CONTENT_TYPE = 'application/jose';

/** The protected header every sealed body carries (besides `epk`, which jose adds). */
export function sealHeader(kid: string) {
  return { alg: SEAL_ALG, enc: SEAL_ENC, kid, cty: 'json', typ: 'JOSE' } as const;
}

/**
 * Seals a JSON body with the practice's public key: a JWK, or its JSON as the `seal-key` attribute
 * holds it. Throws `invalid-key` for anything but a P-256 public JWK with a kid.
 */
export async function seal(body: unknown, rawKey: SealPublicJwk | string): Promise<string> {
  const key = publicSealKey(rawKey);
  try {
    const publicKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x, y: key.y }, SEAL_ALG);
    return await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(body))).setProtectedHeader(sealHeader(key.kid)).encrypt(publicKey);
  } catch (error) {
    // a point not on the curve, or no WebCrypto (a page not served over https): never the key in the message
    const why = error instanceof Error ? error.name : 'error';
    throw new AttuneError(
      typeof globalThis.crypto?.subtle === 'object' ? 'invalid-key' : 'unavailable',
      `The answers could not be sealed (${why}${globalThis.crypto?.subtle ? '' : ': this browser offers no WebCrypto here; is the page served over https?'}); nothing was sent.`,
    );
  }
}
