// A practice's submission endpoint that misbehaves on purpose, for the tests: it answers 5xx, stalls
// past the client's timeout, and drops connections before or after storing, chosen by a seeded random
// sequence, a bounded number of times within a bounded window. It stores each submission once by
// its Idempotency-Key, as a real endpoint should, and records every request it saw, so a test can
// assert that every completion arrived exactly once however often it was sent.
//
// Used by tests/unit/outbox.faults.test.ts (node:http) and by web-test-runner.config.mjs (a
// middleware for the browser tests). Never part of the library.

/** mulberry32: a tiny seeded generator, so a failing run can be replayed with its seed. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS = ['fail-503', 'fail-500', 'stall', 'drop-before-storing', 'drop-after-storing'];

/**
 * @param {{ seed?: number, faultRate?: number, maxFaults?: number, faultWindowMs?: number, stallMs?: number, reject?: (body: unknown) => number | undefined }} options
 *   faultRate: chance a request meets a fault; maxFaults and faultWindowMs (from the first request)
 *   bound them, so every test ends. stallMs: how long a stalled answer takes (longer than the
 *   client's timeout). reject: a status to answer (e.g. 422) for bodies the practice refuses.
 */
export function createFlakyEndpoint({ seed = 1, faultRate = 0.5, maxFaults = 20, faultWindowMs = 4000, stallMs = 400, reject } = {}) {
  const random = seeded(seed);
  /** idempotency key → the body stored for it (first arrival) */
  const stored = new Map();
  /** every request: its key, what was done with it */
  const requests = [];
  const faults = [];
  let firstAt;
  const timers = new Set();

  const wait = (ms) =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function store(key, body) {
    const duplicate = stored.has(key);
    if (!duplicate) stored.set(key, body);
    return duplicate;
  }

  /** A node:http request handler. */
  async function handle(req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const key = req.headers['idempotency-key'];
    const headers = { authorization: req.headers.authorization, contentType: req.headers['content-type'] };
    firstAt ??= Date.now();
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      requests.push({ key, outcome: 'bad-json' });
      return res.writeHead(400).end();
    }
    if (req.method !== 'POST' || typeof key !== 'string' || body?.idempotencyKey !== key) {
      requests.push({ key, outcome: 'bad-request' });
      return res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"POST a JSON body whose idempotencyKey matches the Idempotency-Key header"}');
    }
    const refused = reject?.(body);
    if (refused) {
      requests.push({ key, outcome: `refused-${refused}` });
      return res.writeHead(refused, { 'content-type': 'application/json' }).end('{"error":"refused"}');
    }
    const inWindow = Date.now() - firstAt < faultWindowMs;
    const fault = inWindow && faults.length < maxFaults && random() < faultRate ? FAULTS[Math.floor(random() * FAULTS.length)] : undefined;
    if (fault) faults.push(fault);
    requests.push({ key, outcome: fault ?? 'stored', headers });
    switch (fault) {
      case 'fail-503':
        return res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"error":"unavailable"}');
      case 'fail-500':
        return res.writeHead(500).end();
      case 'drop-before-storing':
        return req.socket.destroy();
      case 'drop-after-storing':
        store(key, body);
        return req.socket.destroy();
      case 'stall':
        // stored late: the client has given up by then and will send it again
        await wait(stallMs);
        store(key, body);
        if (!res.destroyed) res.writeHead(201, { 'content-type': 'application/json' }).end('{"stored":true}');
        return;
      default: {
        const duplicate = store(key, body);
        return res.writeHead(duplicate ? 200 : 201, { 'content-type': 'application/json' }).end(JSON.stringify({ stored: true, duplicate }));
      }
    }
  }

  return {
    handle,
    /** Bodies stored, by idempotency key. */
    stored,
    requests,
    faults,
    /** Forget everything (a new test), keeping the random sequence running. */
    reset() {
      stored.clear();
      requests.length = 0;
      faults.length = 0;
      firstAt = undefined;
    },
    close() {
      for (const t of timers) clearTimeout(t);
    },
  };
}
