// Sealed submissions in Node: what the browser seals (src/delivery/seal.ts) opens with the practice's
// private key through the core's openSealed, and everything else is refused with a clear AttuneError.
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { openSealed, score, isAttuneError, type SealPrivateJwk, type SealPublicJwk, type Submission, type ScreenerSubmission } from '../../src/core.js';
import { seal, sealHeader, SEALED_CONTENT_TYPE } from '../../src/delivery/seal.js';
import { privateSealKeys, publicSealKey } from '../../src/delivery/seal-key.js';
import { toCompletion } from '../../src/session/completion.js';
import { newIdempotencyKey } from '../../src/delivery/idempotency-key.js';

async function keyPair(kid: string): Promise<{ publicJwk: SealPublicJwk; privateJwk: SealPrivateJwk }> {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
  const pub = await exportJWK(publicKey);
  const priv = await exportJWK(privateKey);
  return { publicJwk: { ...pub, kid } as SealPublicJwk, privateJwk: { ...priv, kid } as SealPrivateJwk };
}

function screenerSubmission(): ScreenerSubmission {
  const answers = { exposure: 1, '1': 1, '2': 0, '3': 1, '4': 1, '5': 0 };
  return { idempotencyKey: newIdempotencyKey(), ...toCompletion(score('pc-ptsd-5', answers), answers, new Date('2026-12-01T12:00:00Z')) };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAttuneError(error)).toBe(true);
  return error as { code: string; message: string };
}

describe('openSealed', () => {
  it('opens what the browser sealed to the same submission, and the body names no answer, instrument or score', async () => {
    const { publicJwk, privateJwk } = await keyPair('practice-2026-12');
    const submission = screenerSubmission();
    const jwe = await seal(submission, publicSealKey(JSON.stringify(publicJwk)));
    expect(SEALED_CONTENT_TYPE).toBe('application/jose');
    expect(jwe.split('.')).toHaveLength(5);
    for (const text of ['pc-ptsd-5', 'answers', 'result', 'exposure', submission.idempotencyKey]) expect(jwe).not.toContain(text);
    const header = JSON.parse(Buffer.from(jwe.split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;
    expect(header).toMatchObject(sealHeader('practice-2026-12'));
    expect(Object.keys(header).sort()).toEqual(['alg', 'cty', 'enc', 'epk', 'kid', 'typ']);
    expect(await openSealed(jwe, privateJwk)).toEqual(submission);
    // a Uint8Array body (as a server reads it) opens too
    expect(await openSealed(new TextEncoder().encode(jwe), privateJwk)).toEqual(submission);
  });

  it('opens a battery submission', async () => {
    const { publicJwk, privateJwk } = await keyPair('k1');
    const one = screenerSubmission();
    const battery: Submission = {
      idempotencyKey: newIdempotencyKey(),
      completedAt: one.completedAt,
      battery: { instruments: ['pc-ptsd-5', 'pcl-5'] },
      completions: [{ instrument: one.instrument, completedAt: one.completedAt, result: one.result, answers: one.answers }],
      skipped: [{ instrument: 'pcl-5', reason: 'gate' }],
    };
    expect(await openSealed(await seal(battery, publicJwk), privateJwk)).toEqual(battery);
  });

  it('refuses a body changed by one character anywhere', async () => {
    const { publicJwk, privateJwk } = await keyPair('k1');
    const jwe = await seal(screenerSubmission(), publicJwk);
    const parts = jwe.split('.');
    // ciphertext, tag and iv: flip one character of each in turn (the header too: it is authenticated)
    for (const index of [2, 3, 4]) {
      const part = parts[index]!;
      const at = Math.floor(part.length / 2);
      const flipped = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
      const tampered = parts.map((p, i) => (i === index ? flipped : p)).join('.');
      const error = await refusal(openSealed(tampered, privateJwk));
      expect(error.code).toBe('invalid-sealed');
    }
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as Record<string, unknown>;
    const reheaded = [Buffer.from(JSON.stringify({ ...header, cty: 'text' })).toString('base64url'), ...parts.slice(1)].join('.');
    expect((await refusal(openSealed(reheaded, privateJwk))).code).toBe('invalid-sealed');
  });

  it('refuses the wrong key, and says which kid the body wants', async () => {
    const a = await keyPair('k1');
    const b = await keyPair('k1');
    const other = await keyPair('k2');
    const jwe = await seal(screenerSubmission(), a.publicJwk);
    const wrong = await refusal(openSealed(jwe, b.privateJwk));
    expect(wrong.code).toBe('invalid-sealed');
    expect(wrong.message).toContain('another key');
    const missing = await refusal(openSealed(jwe, other.privateJwk));
    expect(missing.code).toBe('invalid-sealed');
    expect(missing.message).toContain('"k1"');
  });

  it('chooses the key by kid from a set, so older submissions open after a rotation', async () => {
    const old = await keyPair('2025');
    const current = await keyPair('2026');
    const before = screenerSubmission();
    const after = screenerSubmission();
    const sealedBefore = await seal(before, old.publicJwk);
    const sealedAfter = await seal(after, current.publicJwk);
    for (const keys of [[current.privateJwk, old.privateJwk], { keys: [old.privateJwk, current.privateJwk] }]) {
      expect(await openSealed(sealedBefore, keys)).toEqual(before);
      expect(await openSealed(sealedAfter, keys)).toEqual(after);
    }
  });

  it('refuses a body that opens but is not a submission, and one that is not a JWE at all', async () => {
    const { publicJwk, privateJwk } = await keyPair('k1');
    const notSubmission = await refusal(openSealed(await seal({ hello: 'world' }, publicJwk), privateJwk));
    expect(notSubmission.code).toBe('invalid-sealed');
    expect(notSubmission.message).toContain('not a submission');
    const { answers: _answers, ...noAnswers } = screenerSubmission() as Submission & { answers: unknown };
    expect((await refusal(openSealed(await seal(noAnswers, publicJwk), privateJwk))).code).toBe('invalid-sealed');
    for (const body of ['', '{"idempotencyKey":"x"}', 'a.b.c.d.e', 42, undefined]) expect((await refusal(openSealed(body, privateJwk))).code).toBe('invalid-sealed');
  });

  it('refuses keys that are not P-256 private JWKs with a kid, without echoing them', async () => {
    const { publicJwk, privateJwk } = await keyPair('k1');
    const jwe = await seal(screenerSubmission(), publicJwk);
    const noKid = { ...privateJwk, kid: undefined } as unknown as SealPrivateJwk;
    for (const keys of [publicJwk as SealPrivateJwk, noKid, { ...privateJwk, crv: 'P-384' } as unknown as SealPrivateJwk, [] as SealPrivateJwk[]]) {
      const error = await refusal(openSealed(jwe, keys));
      expect(error.code).toBe('invalid-key');
      expect(error.message).not.toContain(privateJwk.d);
    }
    expect(() => privateSealKeys({ keys: [privateJwk, { kty: 'RSA' }] })).toThrow(/keys\[1\]\.kty/);
  });
});

describe('publicSealKey (what seal-key must be)', () => {
  it('takes the public JWK as an object or JSON, keeping only the public fields', async () => {
    const { publicJwk } = await keyPair('site');
    expect(publicSealKey(JSON.stringify({ ...publicJwk, use: 'enc', alg: 'ECDH-ES' }))).toEqual({ kty: 'EC', crv: 'P-256', x: publicJwk.x, y: publicJwk.y, kid: 'site' });
  });

  it('refuses a private key, another curve, no kid, and text that is not JSON', async () => {
    const { publicJwk, privateJwk } = await keyPair('site');
    const refused = (value: unknown) => {
      try {
        publicSealKey(value);
      } catch (error) {
        expect(isAttuneError(error) && error.code).toBe('invalid-key');
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refused(privateJwk)).toMatch(/d: this is a private key/);
    expect(refused({ ...publicJwk, crv: 'P-521' })).toMatch(/crv/);
    expect(refused({ ...publicJwk, kid: '' })).toMatch(/kid/);
    expect(refused({ ...publicJwk, kty: 'RSA' })).toMatch(/kty/);
    expect(refused('{not json')).toMatch(/not JSON/);
    expect(refused(undefined)).toMatch(/JSON Web Key/);
  });
});
