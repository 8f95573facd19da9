// The outbox against a real HTTP server on 127.0.0.1 that fails (5xx), stalls past the client's
// timeout, and drops connections before and after storing, at random from a seed, with a reload of
// the page half-way: every completion is stored exactly once by its idempotency key, none is lost,
// none is invented, and the outbox ends empty.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFlakyEndpoint, seeded, type FlakyEndpoint } from '../../tools/test-support/flaky-endpoint.mjs';
import { Outbox, type OutboxEvent } from '../../src/delivery/outbox.js';
import { keyValueOutboxStore, type KeyValueStorage } from '../../src/delivery/outbox-store.js';
import { newIdempotencyKey } from '../../src/delivery/idempotency-key.js';
import { score } from '../../src/core.js';

let server: Server | undefined;
let endpoint: FlakyEndpoint | undefined;

async function start(options: Parameters<typeof createFlakyEndpoint>[0]) {
  endpoint = createFlakyEndpoint(options);
  server = createServer((req, res) => void endpoint!.handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/submissions`;
}

afterEach(async () => {
  endpoint?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A browser's localStorage, as far as the outbox sees it: survives the "reload". */
function fakeLocalStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function completion(i: number, random: () => number) {
  const answers = Object.fromEntries(Array.from({ length: 20 }, (_, n) => [String(n + 1), Math.floor(random() * 5)]));
  const result = score('pcl-5', answers);
  const key = newIdempotencyKey();
  return { key, body: { idempotencyKey: key, instrument: result.instrument, completedAt: new Date(1_700_000_000_000 + i * 1000).toISOString(), result, answers } };
}

const until = async (done: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('outbox against a faulty server', () => {
  for (const seed of [7, 1234, 99991]) {
    it(`seed ${seed}: 24 completions, double-queued, through 5xx, stalls, drops and a reload, each stored exactly once`, async () => {
      const url = await start({ seed, faultRate: 0.6, maxFaults: 30, faultWindowMs: 2500, stallMs: 350 });
      const random = seeded(seed);
      const storage = fakeLocalStorage();
      const options = { fetch: globalThis.fetch, timeoutMs: 200, baseDelayMs: 25, maxDelayMs: 250, random };
      const events: OutboxEvent[] = [];
      let outbox = new Outbox({ ...options, store: keyValueOutboxStore(() => storage) });
      outbox.subscribe((e) => events.push(e));

      const completions = Array.from({ length: 24 }, (_, i) => completion(i, random));
      for (const [i, c] of completions.entries()) {
        // a double click, and a repeated completion event
        outbox.enqueue({ key: c.key, url, owner: 'screener pcl-5', body: c.body });
        outbox.enqueue({ key: c.key, url, owner: 'screener pcl-5', body: c.body });
        if (i === 11) {
          // the page is reloaded with some submissions in flight and some waiting to retry
          await new Promise((r) => setTimeout(r, 60));
          outbox.dispose();
          outbox = new Outbox({ ...options, store: keyValueOutboxStore(() => storage) });
          outbox.subscribe((e) => events.push(e));
          outbox.wake((e) => e.owner === 'screener pcl-5');
        }
        await new Promise((r) => setTimeout(r, Math.floor(random() * 30)));
      }
      // completions queued before the reload and already acknowledged are not queued again
      for (const c of completions.slice(12)) outbox.enqueue({ key: c.key, url, owner: 'screener pcl-5', body: c.body });

      await until(() => outbox.pending().length === 0 && endpoint!.stored.size === completions.length, 15_000);
      await new Promise((r) => setTimeout(r, 500)); // nothing more arrives afterwards
      outbox.dispose();

      const e = endpoint!;
      // faults really happened, of several kinds, and forced repeats
      expect(e.faults.length).toBeGreaterThanOrEqual(8);
      expect(new Set(e.faults).size).toBeGreaterThanOrEqual(3);
      expect(e.requests.length).toBeGreaterThan(completions.length);
      // every completion stored exactly once (the map is keyed by idempotency key), exactly as queued
      expect([...e.stored.keys()].sort()).toEqual(completions.map((c) => c.key).sort());
      for (const c of completions) expect(e.stored.get(c.key)).toEqual(c.body);
      // a practice's server re-scores what arrived, and gets what the client saw
      for (const c of completions) expect(score('pcl-5', e.stored.get(c.key).answers)).toEqual(c.body.result);
      expect(outbox.pending()).toEqual([]);
      expect(storage.getItem('attune:outbox:v1')).toBeNull();
      expect(events.filter((ev) => ev.type === 'rejected')).toEqual([]);
    }, 30_000);
  }

  it('a 4xx is sent once, reported, and never repeated, while the others still arrive', async () => {
    const url = await start({
      seed: 5,
      faultRate: 0.3,
      maxFaults: 6,
      faultWindowMs: 1000,
      reject: (body) => ((body as { answers: Record<string, number> }).answers['1'] === 4 ? 422 : undefined),
    });
    // a generous timeout: an attempt that times out before its 422 arrives is rightly sent again
    const outbox = new Outbox({ fetch: globalThis.fetch, timeoutMs: 3000, baseDelayMs: 25, maxDelayMs: 200 });
    const events: OutboxEvent[] = [];
    outbox.subscribe((e) => events.push(e));
    const random = seeded(5);
    const good = Array.from({ length: 6 }, (_, i) => completion(i, random)).map((c) => ({ ...c, body: { ...c.body, answers: { ...c.body.answers, '1': 0 } } }));
    const bad = completion(9, random);
    bad.body.answers['1'] = 4;
    for (const c of [...good, bad]) outbox.enqueue({ key: c.key, url, owner: 'screener pcl-5', body: c.body });
    await until(() => outbox.pending().length === 0, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    outbox.dispose();
    expect(endpoint!.requests.filter((r) => r.key === bad.key)).toEqual([{ key: bad.key, outcome: 'refused-422' }]);
    expect(events.filter((e) => e.type === 'rejected')).toMatchObject([{ entry: { key: bad.key }, status: 422 }]);
    expect([...endpoint!.stored.keys()].sort()).toEqual(good.map((c) => c.key).sort());
  }, 20_000);
});
