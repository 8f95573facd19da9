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
import { SEAL_ALG, SEAL_ENC, type SealPublicJwk } from './seal-key.js';

/** The media type of a sealed POST body (a compact JWE). */
export const SEALED_CONTENT_TYPE = 'application/jose';

/** The protected header every sealed body carries (besides `epk`, which jose adds). */
export function sealHeader(kid: string) {
  return { alg: SEAL_ALG, enc: SEAL_ENC, kid, cty: 'json', typ: 'JOSE' } as const;
}

/** Seals a JSON body with the practice's public key (already checked by `publicSealKey`). */
export async function seal(body: unknown, key: SealPublicJwk): Promise<string> {
  const publicKey = await importJWK({ kty: key.kty, crv: key.crv, x: key.x, y: key.y }, SEAL_ALG);
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(body))).setProtectedHeader(sealHeader(key.kid)).encrypt(publicKey);
}
