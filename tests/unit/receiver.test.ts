// The example receiver (examples/receiver/) run as a practice runs it: on 127.0.0.1 at an ephemeral
// port, given bodies built as the elements build them, writing to a real FHIR server (Medplum's router
// over its in-memory repository, served on 127.0.0.1 too). Everything stops when the tests end.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '../../src/core.js';
import { score, type Answers, type Observation } from '../../src/core.js';
import { toCompletion } from '../../src/session/completion.js';
import { createReceiver, type ReceiverOptions } from '../../examples/receiver/receiver.mjs';
import { fhirServer, type FhirServer } from './fhir-server.js';
import { exportJWK, generateKeyPair } from 'jose';
import { seal } from '../../src/delivery/seal.js';
import type { SealPrivateJwk, SealPublicJwk } from '../../src/delivery/seal-key.js';

const phq9: Answers = { 1: 1, 2: 1, 3: 0, 4: 2, 5: 0, 6: 1, 7: 0, 8: 0, 9: 0 };
const pcl5: Answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), 2]));
const at = new Date('2025-03-11T10:30:00Z');
let n = 0;
const newKey = () => `receiver-test-key-${String(++n).padStart(4, '0')}-${'x'.repeat(8)}`;

/** A screener's body as <attune-screener> builds it: `{ idempotencyKey, ...toCompletion(result, answers) }`. */
const screenerBody = (instrument: string, answers: Answers, key = newKey()) => ({ idempotencyKey: key, ...toCompletion(score(instrument, answers), answers, at) });

/** A battery's body as <attune-battery> builds it. */
function batteryBody(key = newKey()) {
  const completions = [
    toCompletion(score('pc-ptsd-5', { exposure: 1, 1: 1, 2: 1, 3: 1, 4: 0, 5: 0 }), { exposure: 1, 1: 1, 2: 1, 3: 1, 4: 0, 5: 0 }, at),
    toCompletion(score('pcl-5', pcl5), pcl5, at),
  ];
  return { idempotencyKey: key, completedAt: completions.at(-1)!.completedAt, battery: { instruments: ['pc-ptsd-5', 'pcl-5'] }, completions, skipped: [] };
}

let fhir: FhirServer;
let fhirBase: string;
const started: { server: Server; dir: string }[] = [];

/** A receiver on 127.0.0.1 at an ephemeral port, storing in a directory of its own. */
async function receiver(options: Partial<ReceiverOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'attune-receiver-'));
  const server = createReceiver({ core, dir, fhirBaseUrl: fhirBase, subject: () => ({ reference: 'Patient/r-1' }), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  started.push({ server, dir });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/submissions`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const key = (body as { idempotencyKey?: string }).idempotencyKey;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const stored = () => readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
  return { url, post, stored };
}

const search = async (query: string) => ((await fhir.handle('GET', `/Observation?${query}`)).body.entry ?? []) as { resource: Observation }[];

beforeAll(async () => {
  fhir = fhirServer();
  fhirBase = await fhir.listen();
});

afterAll(async () => {
  for (const { server, dir } of started) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
  await fhir.close();
});

describe('the example receiver', () => {
  it('stores a submission once by its Idempotency-Key, re-scored, and writes it to the FHIR server', async () => {
    const r = await receiver();
    const body = screenerBody('phq-9', phq9);
    const first = await r.post(body);
    expect(first).toEqual({ status: 201, body: { received: body.idempotencyKey, fhir: 'written' } });
    const again = await r.post(body);
    expect(again).toEqual({ status: 200, body: { received: body.idempotencyKey, duplicate: true } });

    const records = r.stored();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ idempotencyKey: body.idempotencyKey, sealed: false, submission: body, rescored: [body.result], fhir: { ok: true, status: 200 } });

    // the FHIR server has the response and the LOINC-coded total, found by search
    const totals = await search(`subject=Patient/r-1&code=${encodeURIComponent('http://loinc.org|44261-6')}`);
    expect(totals.map((e) => e.resource.valueQuantity.value)).toEqual([5]);
    expect(totals[0]!.resource.identifier).toEqual([{ system: 'urn:attune-screeners:idempotency-key', value: `${body.idempotencyKey}/total` }]);
    const responses = (await fhir.handle('GET', `/QuestionnaireResponse?identifier=${encodeURIComponent(body.idempotencyKey)}`)).body.entry as unknown[];
    expect(responses).toHaveLength(1);
  });

  it('a Spanish completion keeps its language and the support shown: the FHIR response says es-US and carries the Spanish questions', async () => {
    const r = await receiver();
    const answers = { ...phq9, '9': 1 };
    const key = newKey();
    const body = { idempotencyKey: key, ...toCompletion({ ...score('phq-9', answers), supportShown: ['self-harm'], language: 'es-US' }, answers, at) };
    expect((await r.post(body)).status).toBe(201);
    expect(r.stored()[0]!.rescored).toEqual([body.result]);
    const responses = (await fhir.handle('GET', `/QuestionnaireResponse?identifier=${encodeURIComponent(key)}`)).body.entry as {
      resource: { language?: string; item: { linkId: string; text?: string }[] };
    }[];
    expect(responses[0]!.resource.language).toBe('es-US');
    expect(responses[0]!.resource.item.find((i) => i.linkId === '9')!.text).toBe('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
  });

  it('the same key twice at once is stored once', async () => {
    const r = await receiver({ fhirBaseUrl: undefined });
    const body = screenerBody('gad-7', { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1 });
    const answers = await Promise.all([r.post(body), r.post(body), r.post(body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(r.stored()).toHaveLength(1);
  });

  it('refuses a tampered score (422) and stores nothing, or with onMismatch "flag" stores it flagged and writes the re-score', async () => {
    const body = screenerBody('phq-9', phq9);
    const tampered = { ...body, result: { ...body.result, scales: { total: 1 }, bands: { ...body.result.bands } } };
    const strict = await receiver();
    const refused = await strict.post(tampered);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: 'score-mismatch',
      problems: [{ completion: 0, instrument: 'phq-9', field: 'scales', submitted: { total: 1 }, rescored: { total: 5 } }],
    });
    expect(strict.stored()).toEqual([]);

    const flagging = await receiver({ onMismatch: 'flag', subject: () => ({ reference: 'Patient/r-flag' }) });
    const flagged = await flagging.post(tampered);
    expect(flagged).toEqual({ status: 201, body: { received: body.idempotencyKey, flagged: 'score-mismatch', fhir: 'written' } });
    const [record] = flagging.stored();
    expect(record).toMatchObject({ flagged: 'score-mismatch', submission: tampered, rescored: [body.result] });
    // the EHR gets the score the answers give, never the browser's
    expect((await search('subject=Patient/r-flag')).map((e) => e.resource.valueQuantity.value)).toEqual([5]);
  });

  it('a battery: one record, and a response and Observations per instrument on the FHIR server', async () => {
    const r = await receiver({ subject: () => ({ reference: 'Patient/r-battery' }) });
    const body = batteryBody();
    expect((await r.post(body)).status).toBe(201);
    expect(r.stored()).toHaveLength(1);
    const obs = await search('subject=Patient/r-battery');
    expect(obs).toHaveLength(6);
    expect((await search(`subject=Patient/r-battery&code=${encodeURIComponent('http://loinc.org|101698-9')}`)).map((e) => e.resource.valueQuantity.value)).toEqual([40]);
    expect(((await fhir.handle('GET', '/QuestionnaireResponse?subject=Patient/r-battery')).body.entry as unknown[]).length).toBe(2);
  });

  it('refuses what is not a submission, and other methods and paths', async () => {
    const r = await receiver();
    expect((await r.post('{not json')).status).toBe(400);
    const notSubmission = await r.post({ idempotencyKey: newKey(), answers: {} });
    expect(notSubmission.status).toBe(400);
    expect(notSubmission.body.error).toBe('invalid-submission');
    const body = screenerBody('phq-9', phq9);
    expect((await r.post(body, { 'Idempotency-Key': newKey() })).body.error).toBe('key-mismatch');
    expect((await r.post(body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await fetch(r.url, { signal: AbortSignal.timeout(5000) })).status).toBe(405);
    expect((await fetch(r.url.replace('/submissions', '/other'), { method: 'POST', signal: AbortSignal.timeout(5000) })).status).toBe(404);
    const huge = await fetch(r.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(1_100_000), signal: AbortSignal.timeout(5000) });
    expect(huge.status).toBe(413);
    expect(r.stored()).toEqual([]);
  });

  it('a directory it cannot store in answers 500, so the widget keeps the completion and retries', async () => {
    const base = mkdtempSync(join(tmpdir(), 'attune-receiver-blocked-'));
    writeFileSync(join(base, 'file'), 'not a directory');
    const blocked = await receiver({ dir: join(base, 'file', 'submissions') });
    const answer = await blocked.post(screenerBody('phq-9', phq9));
    expect(answer.status).toBe(500);
    expect(answer.body.error).toBe('internal');
    rmSync(base, { recursive: true, force: true });
  });

  it('a FHIR server that fails is tried again when the same key comes back', async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) => (++calls === 1 ? Promise.reject(new Error('connection refused')) : fetch(input, init));
    const r = await receiver({ fetch: flaky, subject: () => ({ reference: 'Patient/r-retry' }) });
    const body = screenerBody('phq-9', phq9);
    expect((await r.post(body)).body).toEqual({ received: body.idempotencyKey, fhir: 'failed' });
    expect(r.stored()[0]).toMatchObject({ fhir: { ok: false, message: 'connection refused' } });
    expect((await r.post(body)).status).toBe(200);
    expect(r.stored()[0]).toMatchObject({ fhir: { ok: true } });
    expect(await search('subject=Patient/r-retry')).toHaveLength(1);
  });
});

describe('sealed bodies (application/jose)', () => {
  const jwe = 'eyJhbGciOiJFQ0RILUVTIiwiZW5jIjoiQTI1NkdDTSJ9..iv.ciphertext.tag';
  const key = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd', kid: 'k1' } as SealPrivateJwk;

  it('without openSealed in the core, or without a private key, answers 415 with a clear message', async () => {
    const before = await receiver({ core: { ...core, openSealed: undefined }, privateKeys: key });
    const a = await before.post(jwe, { 'Content-Type': 'application/jose', 'Idempotency-Key': newKey() });
    expect(a.status).toBe(415);
    expect(a.body.message).toMatch(/no openSealed/);
    const noKey = await receiver();
    const b = await noKey.post(jwe, { 'Content-Type': 'application/jose', 'Idempotency-Key': newKey() });
    expect(b.status).toBe(415);
    expect(b.body.message).toMatch(/no private key/);
    expect([...before.stored(), ...noKey.stored()]).toEqual([]);
  });

  it('opens a body the browser sealed with the practice key, and handles it as any submission', async () => {
    const pair = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true });
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'practice-2026' } as SealPublicJwk;
    const privateJwk = { ...(await exportJWK(pair.privateKey)), kid: 'practice-2026' } as SealPrivateJwk;
    const body = screenerBody('phq-9', phq9);
    // sealed as the browser seals it, with the public key the practice put on its site
    const sealed = await seal(body, publicJwk);
    expect(sealed).not.toContain('phq-9');
    const r = await receiver({ privateKeys: [privateJwk], subject: () => ({ reference: 'Patient/r-sealed' }) });
    const headers = { 'Content-Type': 'application/jose', 'Idempotency-Key': body.idempotencyKey };
    expect((await r.post(sealed, headers)).status).toBe(201);
    expect((await r.post(sealed, headers)).status).toBe(200);
    expect(r.stored()).toEqual([expect.objectContaining({ sealed: true, submission: body })]);
    expect(await search('subject=Patient/r-sealed')).toHaveLength(1);
    // a body sealed for another key, or changed on the way, is not opened
    const wrong = await r.post(`${sealed.slice(0, -2)}AA`, { 'Content-Type': 'application/jose', 'Idempotency-Key': newKey() });
    expect(wrong).toMatchObject({ status: 400, body: { error: 'not-opened' } });
  });
});
