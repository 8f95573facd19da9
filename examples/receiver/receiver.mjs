// An example receiver for the widget's submissions: Node's own http module, no framework. It
//   - accepts a POST idempotently by its Idempotency-Key (the same key again answers 200 and stores nothing more),
//   - validates the body with the core's SubmissionSchema (a sealed body, application/jose, is opened
//     first with the core's openSealed when the core has it and a private key is configured),
//   - re-scores every completion with the core and never trusts the browser's score: a result that
//     differs is refused (422), or with onMismatch 'flag' stored with the re-score beside it and flagged,
//   - stores each submission as one JSON file in a directory (written once, exclusively, mode 600),
//   - and writes it to a FHIR server as a transaction bundle (toTransactionBundle), when a base URL
//     and a subject are configured.
// Run it with server.mjs; docs/server-and-fhir.md ("A receiver that runs") explains each setting.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

const MAX_BODY_BYTES = 1_000_000;
const FHIR_TIMEOUT_MS = 10_000;
const RESULT_FIELDS = ['status', 'missing', 'scales', 'rules', 'bands', 'flags', 'settings'];

/**
 * @param {import('./receiver.d.mts').ReceiverOptions} options
 * @returns {import('node:http').Server}
 */
export function createReceiver(options) {
  const { core, dir, path = '/submissions', fhirBaseUrl, privateKeys, definitions = [], onMismatch = 'reject', allowOrigin, fetch = globalThis.fetch } = options;
  const identifierSystem = options.identifierSystem ?? 'urn:attune-screeners:idempotency-key';
  const subjectFor = options.subject ?? (() => undefined);
  /** Keys being handled right now: a second request with the same key waits for the first. */
  const inFlight = new Map();
  const ready = mkdir(dir, { recursive: true, mode: 0o700 });
  // a directory that cannot be made fails each request with 500, not the process at start
  ready.catch(() => {});

  const server = createServer((req, res) => {
    const cors = allowOrigin ? { 'Access-Control-Allow-Origin': allowOrigin, Vary: 'Origin' } : {};
    const reply = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...cors, ...headers });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    if (url.pathname !== path) return reply(404, { error: 'not-found' });
    if (req.method === 'OPTIONS' && allowOrigin)
      return reply(
        204,
        {},
        { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Attune-Subject', 'Access-Control-Max-Age': '600' },
      );
    if (req.method !== 'POST') return reply(405, { error: 'method-not-allowed', message: 'POST a submission here.' }, { Allow: 'POST' });

    readBody(req)
      .then(async (body) => {
        if (body === undefined) return reply(413, { error: 'too-large', message: `A submission is at most ${MAX_BODY_BYTES} bytes.` });
        await ready;
        const answer = await receive(req, body);
        reply(answer.status, answer.body);
      })
      // a failure to store answers 500, so the widget keeps the completion and tries again later
      .catch((error) => reply(500, { error: 'internal', message: String(error?.message ?? error) }));
  });

  /** One request's body, or undefined when it is longer than MAX_BODY_BYTES. */
  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  async function receive(req, text) {
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const headerKey = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;

    let body;
    let sealed = false;
    if (type === 'application/jose') {
      if (!privateKeys) return fail(415, 'sealed-not-configured', 'This receiver has no private key configured, so it cannot open a sealed (application/jose) submission.');
      if (typeof core.openSealed !== 'function')
        return fail(415, 'sealed-not-supported', 'This version of attune-screeners/core has no openSealed, so a sealed (application/jose) submission cannot be opened here.');
      try {
        body = await core.openSealed(text.trim(), privateKeys);
        sealed = true;
      } catch (error) {
        return fail(400, 'not-opened', `The sealed submission could not be opened: ${error?.message ?? error}`);
      }
    } else if (type === 'application/json') {
      try {
        body = JSON.parse(text);
      } catch {
        return fail(400, 'invalid-json', 'The body is not JSON.');
      }
    } else {
      return fail(415, 'unsupported-media-type', 'Send application/json, or a sealed submission as application/jose.');
    }

    const parsed = core.SubmissionSchema.safeParse(body);
    if (!parsed.success)
      return fail(
        400,
        'invalid-submission',
        'The body is not a submission.',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    const submission = parsed.data;
    const key = headerKey ?? submission.idempotencyKey;
    if (key !== submission.idempotencyKey) return fail(400, 'key-mismatch', 'The Idempotency-Key header and the body’s idempotencyKey differ.');

    // the same key at the same time: the second waits for the first, then finds it stored
    while (inFlight.has(key)) await inFlight.get(key).catch(() => {});
    const work = store(req, key, submission, sealed);
    inFlight.set(key, work);
    try {
      return await work;
    } finally {
      inFlight.delete(key);
    }
  }

  async function store(req, key, submission, sealed) {
    const file = join(dir, `${createHash('sha256').update(key).digest('hex')}.json`);
    const existing = await readFile(file, 'utf8').then(JSON.parse, () => undefined);
    if (existing) {
      // stored already: nothing is stored twice; a FHIR write that failed last time is tried again
      // (every entry of the bundle is a conditional create on the key, so the server stores it once)
      if (existing.fhir && !existing.fhir.ok) await writeFhir(file, existing);
      return { status: 200, body: { received: key, duplicate: true } };
    }

    const completions = 'completions' in submission ? submission.completions : [submission];
    const rescored = [];
    const mismatches = [];
    for (const [index, completion] of completions.entries()) {
      let result;
      try {
        if (completion.instrument.id !== completion.result.instrument.id || completion.instrument.version !== completion.result.instrument.version)
          throw new Error(
            `the completion names ${completion.instrument.id} ${completion.instrument.version} but its result ${completion.result.instrument.id} ${completion.result.instrument.version}`,
          );
        const definition = core.resolveDefinition(definitions.find((d) => d.id === completion.instrument.id) ?? completion.instrument.id);
        if (definition.version !== completion.instrument.version) throw new Error(`${definition.id} is version ${definition.version} here, not ${completion.instrument.version}`);
        // the scores are the server's own; what the client saw on the way (the wording's language, the
        // support panel) is not a score, and is kept from the submission, already checked by its schema
        const { language, supportShown } = completion.result;
        result = { ...core.score(definition, completion.answers, completion.result.settings), ...(supportShown ? { supportShown } : {}), ...(language ? { language } : {}) };
      } catch (error) {
        return fail(422, 'not-scorable', `Completion ${index} cannot be re-scored: ${error?.message ?? error}`);
      }
      rescored.push(result);
      for (const field of RESULT_FIELDS)
        if (!sameJson(completion.result[field], result[field]))
          mismatches.push({ completion: index, instrument: result.instrument.id, field, submitted: completion.result[field], rescored: result[field] });
    }
    if (mismatches.length && onMismatch !== 'flag') return fail(422, 'score-mismatch', 'The submitted result is not what its answers score; nothing was stored.', mismatches);

    const record = {
      idempotencyKey: key,
      receivedAt: new Date().toISOString(),
      sealed,
      ...(mismatches.length ? { flagged: 'score-mismatch', mismatches } : {}),
      submission,
      rescored,
    };
    const subject = subjectFor(submission, req);
    if (fhirBaseUrl && subject) record.fhir = { ok: false, subject };
    try {
      // 'wx': created exclusively, so two processes given the same key still store it once
      await writeFile(file, JSON.stringify(record, null, 2), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if (error?.code === 'EEXIST') return { status: 200, body: { received: key, duplicate: true } };
      throw error;
    }
    if (record.fhir) await writeFhir(file, record);
    return {
      status: 201,
      body: { received: key, ...(record.flagged ? { flagged: record.flagged } : {}), ...(record.fhir ? { fhir: record.fhir.ok ? 'written' : 'failed' } : {}) },
    };
  }

  /** POSTs the stored submission's transaction bundle, built from the re-scored results, and records the outcome. */
  async function writeFhir(file, record) {
    const completions = ('completions' in record.submission ? record.submission.completions : [record.submission]).map((c, i) => ({ ...c, result: record.rescored[i] }));
    const bundle = core.toTransactionBundle('completions' in record.submission ? { completions } : completions[0], {
      subject: record.fhir.subject,
      definitions,
      identifier: { system: identifierSystem, value: record.idempotencyKey },
    });
    let outcome;
    try {
      const response = await fetch(`${fhirBaseUrl.replace(/\/+$/, '')}/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/fhir+json', Accept: 'application/fhir+json' },
        body: JSON.stringify(bundle),
        signal: AbortSignal.timeout(FHIR_TIMEOUT_MS),
      });
      const text = await response.text();
      outcome = { ok: response.ok, subject: record.fhir.subject, status: response.status, ...(response.ok ? {} : { message: text.slice(0, 2000) }) };
    } catch (error) {
      outcome = { ok: false, subject: record.fhir.subject, message: String(error?.message ?? error) };
    }
    record.fhir = { ...outcome, at: new Date().toISOString() };
    await writeFile(file, JSON.stringify(record, null, 2), { mode: 0o600 });
  }

  return server;
}

function fail(status, error, message, problems) {
  return { status, body: { error, message, ...(problems ? { problems } : {}) } };
}

/** Equal as data, whatever the order of object keys. */
function sameJson(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => sameJson(a[k], b[k]));
}

/**
 * Reads a private key file: one JWK, an array of JWKs, or a JWK Set (`{ "keys": [...] }`).
 * @param {string} path
 */
export async function readPrivateKeys(path) {
  const json = JSON.parse(await readFile(path, 'utf8'));
  return Array.isArray(json) ? json : Array.isArray(json?.keys) ? json.keys : json;
}
