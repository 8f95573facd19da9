// The outbox's decisions, with an injected clock, fetch and storage: what is retried and when, what
// is not, what survives a reload, and that nothing is ever sent twice from one page.
import { describe, expect, it } from 'vitest';
import { Outbox, type Clock, type OutboxEvent, type OutboxFetch } from '../../src/delivery/outbox.js';
import { keyValueOutboxStore, memoryOutboxStore, OUTBOX_STORAGE_KEY, type KeyValueStorage } from '../../src/delivery/outbox-store.js';
import { newIdempotencyKey } from '../../src/delivery/idempotency-key.js';

/** A clock that moves only when the test says so. */
function manualClock() {
  let now = 1_000_000;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout(run, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    clock,
    get now() {
      return now;
    },
    /** Moves time forward, running each timer that falls due (and what it starts) in order. */
    async advance(ms: number) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}

type Answer = number | 'network-error' | 'hang';
/** A fetch that answers from a script, recording each request's headers and body. */
function scriptedFetch(script: Answer[]) {
  const calls: { url: string; headers: Record<string, string>; body: any; signal: AbortSignal }[] = [];
  const fetch: OutboxFetch = (url, init) => {
    calls.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string), signal: init.signal! });
    const answer = script.shift() ?? 201;
    if (answer === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang') return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    return Promise.resolve({ status: answer, headers: new Headers(answer === 503 ? { 'Retry-After': '7' } : {}) });
  };
  return { fetch, calls };
}

const entry = (key = 'key-0123456789abcdef') => ({ key, url: 'https://practice.example/intake', owner: 'screener pcl-5', body: { idempotencyKey: key, answers: { '1': 2 } } });

function record(outbox: Outbox) {
  const events: OutboxEvent[] = [];
  outbox.subscribe((e) => events.push(e));
  return events;
}

describe('outbox', () => {
  it('POSTs the JSON body with the Idempotency-Key header, and leaves the outbox on 2xx', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([201]);
    const outbox = new Outbox({ fetch, clock: t.clock });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://practice.example/intake');
    expect(calls[0]!.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': 'key-0123456789abcdef' });
    expect(calls[0]!.body).toEqual(entry().body);
    expect(events.map((e) => e.type)).toEqual(['attempt', 'sent']);
    expect(outbox.pending()).toEqual([]);
  });

  it('retries network errors, timeouts and 5xx with growing, jittered, capped delays and the same key', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch(['network-error', 'hang', 500, 502, 504, 500, 500, 500, 200]);
    const randoms = [0, 0.5, 0.999, 0, 0.5, 0.999, 0, 0.5];
    const outbox = new Outbox({ fetch, clock: t.clock, random: () => randoms.shift()!, timeoutMs: 5_000, baseDelayMs: 1_000, maxDelayMs: 30_000 });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(10 * 60_000);
    const retries = events.filter((e) => e.type === 'retry');
    expect(retries.map((e) => e.type === 'retry' && e.reason)).toEqual(['network', 'timeout', 'server', 'server', 'server', 'server', 'server', 'server']);
    // step = 1 s × 2^(n-1), capped at 30 s; delay = step/2 + random × step/2
    expect(retries.map((e) => e.type === 'retry' && e.delayMs)).toEqual([500, 1_500, 3_998, 4_000, 12_000, 29_985, 15_000, 22_500]);
    expect(calls).toHaveLength(9);
    expect(new Set(calls.map((c) => c.headers['Idempotency-Key']))).toEqual(new Set(['key-0123456789abcdef']));
    expect(events.at(-1)).toMatchObject({ type: 'sent', attempt: 9, status: 200 });
  });

  it('abandons an attempt at the timeout by aborting it', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch(['hang', 201]);
    const outbox = new Outbox({ fetch, clock: t.clock, timeoutMs: 2_000, random: () => 0 });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(1_999);
    expect(calls[0]!.signal.aborted).toBe(false);
    await t.advance(1);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'retry', reason: 'timeout' });
  });

  it('honours Retry-After, within the cap', async () => {
    const t = manualClock();
    const { fetch } = scriptedFetch([503, 201]);
    const outbox = new Outbox({ fetch, clock: t.clock, random: () => 0 });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(0);
    expect(events.at(-1)).toMatchObject({ type: 'retry', status: 503, delayMs: 7_000 });
  });

  it('does not retry a 4xx: reports it once and lets the entry go', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([422]);
    const outbox = new Outbox({ fetch, clock: t.clock });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(60 * 60_000);
    expect(calls).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['attempt', 'rejected']);
    expect(events[1]).toMatchObject({ status: 422 });
    expect(outbox.pending()).toEqual([]);
  });

  it('retries 408 and 429, which say "later", not "never"', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([408, 429, 204]);
    const outbox = new Outbox({ fetch, clock: t.clock, random: () => 0 });
    outbox.enqueue(entry());
    await t.advance(60_000);
    expect(calls).toHaveLength(3);
    expect(outbox.pending()).toEqual([]);
  });

  it('queuing the same key again, while waiting, in flight or after it was acknowledged, sends nothing more', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([500, 201]);
    const outbox = new Outbox({ fetch, clock: t.clock, random: () => 0 });
    outbox.enqueue(entry());
    outbox.enqueue(entry());
    await t.advance(0);
    outbox.enqueue(entry()); // waiting for its retry
    await t.advance(60_000);
    outbox.enqueue(entry()); // acknowledged
    await t.advance(60_000);
    expect(calls).toHaveLength(2);
  });

  it('beforeSubmit adds headers and changes the body on every attempt; the key header stays', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([500, 201]);
    let n = 0;
    const outbox = new Outbox({
      fetch,
      clock: t.clock,
      random: () => 0,
      prepare: (request) => ({ ...request, headers: { ...request.headers, Authorization: `Bearer token-${++n}` }, body: { ...(request.body as object), clinic: 'harbour' } }),
    });
    outbox.enqueue(entry());
    await t.advance(60_000);
    expect(calls.map((c) => c.headers.Authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(calls.every((c) => c.headers['Idempotency-Key'] === 'key-0123456789abcdef' && c.body.clinic === 'harbour')).toBe(true);
    // the stored body is not changed by the hook
    expect(outbox.pending()).toEqual([]);
  });

  it('a beforeSubmit that throws is reported and retried, not lost', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([201]);
    let fail = true;
    const outbox = new Outbox({
      fetch,
      clock: t.clock,
      random: () => 0,
      prepare: () => {
        if (fail) {
          fail = false;
          throw new Error('no token yet');
        }
      },
    });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(60_000);
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'before-submit', message: expect.stringContaining('no token yet') });
    expect(calls).toHaveLength(1);
    expect(events.at(-1)!.type).toBe('sent');
  });

  it('survives a reload: a new outbox on the same storage holds the entry, dormant until its owner wakes it, with the same key', async () => {
    const data = new Map<string, string>();
    const storage: KeyValueStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    const t = manualClock();
    const first = scriptedFetch(['network-error']);
    const before = new Outbox({ fetch: first.fetch, clock: t.clock, store: keyValueOutboxStore(() => storage), random: () => 0 });
    before.enqueue(entry());
    await t.advance(0);
    before.dispose(); // the page is closed while waiting to retry
    expect(JSON.parse(data.get(OUTBOX_STORAGE_KEY)!)).toHaveLength(1);

    const second = scriptedFetch([201]);
    const after = new Outbox({ fetch: second.fetch, clock: t.clock, store: keyValueOutboxStore(() => storage) });
    expect(after.pending().map((e) => e.key)).toEqual(['key-0123456789abcdef']);
    await t.advance(60_000);
    expect(second.calls).toHaveLength(0);
    expect(after.wake((e) => e.owner === 'screener gad-7')).toEqual([]);
    expect(after.wake((e) => e.owner === 'screener pcl-5')).toHaveLength(1);
    await t.advance(0);
    expect(second.calls.map((c) => c.headers['Idempotency-Key'])).toEqual(['key-0123456789abcdef']);
    expect(data.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('unreadable, corrupt or full storage never throws and never stops a submission', async () => {
    const t = manualClock();
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { fetch, calls } = scriptedFetch([201]);
    const outbox = new Outbox({ fetch, clock: t.clock, store: keyValueOutboxStore(() => broken) });
    outbox.enqueue(entry());
    await t.advance(0);
    expect(calls).toHaveLength(1);

    for (const raw of ['not json', '{"a":1}', '[1, null, {"key": 3}]', '[{"key":"k","url":"u","owner":"o","createdAt":1}]']) {
      const store = keyValueOutboxStore(() => ({ getItem: () => raw, setItem() {}, removeItem() {} }));
      expect(store.load()).toEqual([]);
    }
  });

  it('keeps entries another tab saved meanwhile', () => {
    const t = manualClock();
    const shared = memoryOutboxStore();
    const { fetch } = scriptedFetch(['hang']);
    const tabA = new Outbox({ fetch, clock: t.clock, store: shared });
    tabA.enqueue(entry('key-aaaaaaaaaaaaaaaa'));
    const tabB = new Outbox({ fetch, clock: t.clock, store: shared });
    tabB.enqueue(entry('key-bbbbbbbbbbbbbbbb'));
    tabA.enqueue(entry('key-cccccccccccccccc'));
    expect(
      shared
        .load()
        .map((e) => e.key)
        .sort(),
    ).toEqual(['key-aaaaaaaaaaaaaaaa', 'key-bbbbbbbbbbbbbbbb', 'key-cccccccccccccccc']);
    tabA.dispose();
    tabB.dispose();
  });
});

describe('idempotency key', () => {
  it('is a version 4 UUID, different each time', () => {
    const keys = Array.from({ length: 100 }, () => newIdempotencyKey());
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(100);
  });
});

describe('outbox: an endpoint that can never accept is not retried forever', () => {
  it('does not retry 404, 405 or 501 (a wrong address, a static host): one attempt, rejected, gone', async () => {
    for (const status of [404, 405, 501]) {
      const t = manualClock();
      const { fetch, calls } = scriptedFetch([status]);
      const outbox = new Outbox({ fetch, clock: t.clock });
      const events = record(outbox);
      outbox.enqueue(entry());
      await t.advance(60 * 60_000);
      expect(calls).toHaveLength(1);
      expect(events.map((e) => e.type)).toEqual(['attempt', 'rejected']);
      expect(events[1]).toMatchObject({ status });
      expect(outbox.pending()).toEqual([]);
    }
  });

  it('gives up after maxAttempts (10 by default): the entry stays stored, dormant, and the next visit tries again', async () => {
    const data = new Map<string, string>();
    const storage: KeyValueStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    const t = manualClock();
    const { fetch, calls } = scriptedFetch(Array<Answer>(30).fill('network-error'));
    const outbox = new Outbox({ fetch, clock: t.clock, store: keyValueOutboxStore(() => storage), random: () => 0 });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(24 * 60 * 60_000);
    expect(calls).toHaveLength(10);
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(9);
    expect(events.at(-1)).toMatchObject({ type: 'gave-up', attempt: 10, reason: 'network' });
    // kept on this device: still pending and stored, but not retried on this page, even when the browser comes back online
    expect(outbox.pending().map((e) => e.key)).toEqual(['key-0123456789abcdef']);
    expect(JSON.parse(data.get(OUTBOX_STORAGE_KEY)!)).toHaveLength(1);
    outbox.flush();
    await t.advance(60 * 60_000);
    expect(calls).toHaveLength(10);
    outbox.dispose();

    const next = scriptedFetch([201]);
    const after = new Outbox({ fetch: next.fetch, clock: t.clock, store: keyValueOutboxStore(() => storage) });
    after.wake(() => true);
    await t.advance(0);
    expect(next.calls.map((c) => c.headers['Idempotency-Key'])).toEqual(['key-0123456789abcdef']);
    expect(data.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('gives up once an entry has waited maxAgeMs, however few attempts that took', async () => {
    const t = manualClock();
    const { fetch, calls } = scriptedFetch([503, 503, 503, 503]);
    const outbox = new Outbox({ fetch, clock: t.clock, random: () => 0, maxAttempts: 100, maxAgeMs: 10_000 });
    const events = record(outbox);
    outbox.enqueue(entry());
    await t.advance(60 * 60_000);
    // 503 with Retry-After: 7 s: attempts at 0 s and 7 s, then 14 s is past the 10 s bound
    expect(calls).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({ type: 'gave-up', attempt: 3, reason: 'server', status: 503 });
  });

  it('sends a sealed entry (contentType application/jose) as its JWE text, not as JSON', async () => {
    const t = manualClock();
    const sent: RequestInit[] = [];
    const outbox = new Outbox({ fetch: (_url, init) => (sent.push(init), Promise.resolve({ status: 202, headers: new Headers() })), clock: t.clock });
    outbox.enqueue({ ...entry(), body: 'eyJhbGciOiJFQ0RILUVTIn0..iv.ciphertext.tag', contentType: 'application/jose' });
    await t.advance(0);
    expect(sent[0]!.body).toBe('eyJhbGciOiJFQ0RILUVTIn0..iv.ciphertext.tag');
    expect(sent[0]!.headers).toEqual({ 'Content-Type': 'application/jose', 'Idempotency-Key': 'key-0123456789abcdef' });
    const store = keyValueOutboxStore(() => ({ getItem: () => JSON.stringify([{ ...entry(), createdAt: 1, contentType: 7 }]), setItem() {}, removeItem() {} }));
    expect(store.load()).toEqual([]);
  });
});
