/**
 * The submission outbox: a completion waits here until the practice's endpoint answers 2xx.
 *
 * Network errors, timeouts and 5xx (and 408, 425, 429) are retried with capped exponential backoff
 * and jitter, so a practice's server coming back up is not met by every client at once. Any other
 * answer (a 4xx, and 501 Not Implemented: a static host that takes no POST) will not change by
 * retrying, so it is reported, not repeated. Retrying is bounded too: after `maxAttempts` attempts
 * (10 by default, about five minutes) or `maxAgeMs` after it was queued (24 hours), an entry stops
 * (`gave-up`): it stays stored, dormant, and the next visit that wakes it tries again. Every attempt carries
 * the entry's idempotency key: an attempt whose answer was lost (a dropped connection, a timeout
 * after the server had already stored it) is repeated, and the server counts it once by that key.
 *
 * DOM-free: fetch, clock, randomness and storage are injected, so it is tested in Node against a
 * real HTTP server, and the element only renders what it reports.
 */
import type { OutboxEntry, OutboxStore } from './outbox-store.js';
import { memoryOutboxStore } from './outbox-store.js';

export type { OutboxEntry, OutboxStore } from './outbox-store.js';

/** What is sent on one attempt; a host's `beforeSubmit` may change headers and body. */
export interface OutboxRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Returns the request to send (or changes it in place and returns nothing). */
export type PrepareRequest = (request: OutboxRequest, entry: OutboxEntry) => OutboxRequest | void | Promise<OutboxRequest | void>;

/** The part of `fetch` the outbox uses. */
export type OutboxFetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'headers'>>;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface OutboxOptions {
  fetch: OutboxFetch;
  store?: OutboxStore;
  clock?: Clock;
  /** In [0, 1); spreads the retries of many clients (jitter). */
  random?: () => number;
  /** An attempt with no answer after this long is abandoned and retried. Default 15 s. */
  timeoutMs?: number;
  /** The first retry waits about this long; each next one about twice as long. Default 1 s. */
  baseDelayMs?: number;
  /** No wait grows past this (nor does a server's Retry-After stretch it further). Default 60 s. */
  maxDelayMs?: number;
  /** Attempts before giving up on this page (the entry stays stored for the next visit). Default 10. */
  maxAttempts?: number;
  /** No retry after an entry has waited this long since it was queued. Default 24 h. */
  maxAgeMs?: number;
  prepare?: PrepareRequest;
}

export type RetryReason = 'network' | 'timeout' | 'server' | 'before-submit';

export type OutboxEvent =
  | { type: 'attempt'; entry: OutboxEntry; attempt: number }
  /** The endpoint answered 2xx: the entry has left the outbox. */
  | { type: 'sent'; entry: OutboxEntry; attempt: number; status: number }
  /** This attempt failed in a way worth repeating; the next starts after `delayMs`. */
  | { type: 'retry'; entry: OutboxEntry; attempt: number; reason: RetryReason; status?: number; message: string; delayMs: number }
  /** The endpoint refused it (4xx): repeating would not help, so the entry has left the outbox. */
  | { type: 'rejected'; entry: OutboxEntry; attempt: number; status: number; message: string }
  /** Retried `maxAttempts` times or for `maxAgeMs`: not retried on this page; it stays stored (dormant) for the next visit. */
  | { type: 'gave-up'; entry: OutboxEntry; attempt: number; reason: RetryReason; status?: number; message: string };

interface Slot {
  entry: OutboxEntry;
  attempts: number;
  /** Loaded from storage: waits until an element that owns it wakes it (with its `beforeSubmit`). */
  dormant: boolean;
  inFlight: boolean;
  timer?: unknown;
}

const RETRYABLE_4XX = new Set([408, 425, 429]);

export class Outbox {
  private readonly slots = new Map<string, Slot>();
  /** Keys acknowledged or refused while this page lives: a repeated completion is not sent again. */
  private readonly settled = new Set<string>();
  private readonly listeners = new Set<(event: OutboxEvent) => void>();
  private readonly store: OutboxStore;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly aborts = new Set<AbortController>();
  private disposed = false;

  constructor(private readonly options: OutboxOptions) {
    this.store = options.store ?? memoryOutboxStore();
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    for (const entry of this.store.load()) this.slots.set(entry.key, { entry, attempts: 0, dormant: true, inFlight: false });
  }

  /** Entries not yet acknowledged or refused, oldest first. */
  pending(): OutboxEntry[] {
    return [...this.slots.values()].map((s) => s.entry).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Whether this key is waiting (not yet acknowledged or refused). */
  has(key: string): boolean {
    return this.slots.has(key);
  }

  subscribe(listener: (event: OutboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a submission and sends it at once. Idempotent by key: queuing a key that is already
   * waiting, in flight, or acknowledged on this page sends nothing more.
   */
  enqueue(input: Omit<OutboxEntry, 'createdAt'>): OutboxEntry {
    const existing = this.slots.get(input.key);
    if (existing) {
      if (existing.dormant) this.wakeSlot(existing);
      return existing.entry;
    }
    const entry: OutboxEntry = { ...input, createdAt: this.clock.now() };
    if (this.settled.has(entry.key)) return entry;
    const slot: Slot = { entry, attempts: 0, dormant: false, inFlight: false };
    this.slots.set(entry.key, slot);
    this.persist();
    this.schedule(slot, 0);
    return entry;
  }

  /** Starts sending entries restored from storage that `owns` accepts; returns them. */
  wake(owns: (entry: OutboxEntry) => boolean): OutboxEntry[] {
    const woken = [...this.slots.values()].filter((s) => s.dormant && owns(s.entry));
    woken.forEach((s) => this.wakeSlot(s));
    return woken.map((s) => s.entry);
  }

  /** Tries every waiting entry now (e.g. when the browser comes back online). */
  flush(): void {
    for (const slot of this.slots.values()) if (!slot.dormant && !slot.inFlight) this.schedule(slot, 0);
  }

  /** Stops all timers and abandons requests in flight, as a page being closed does. */
  dispose(): void {
    this.disposed = true;
    for (const slot of this.slots.values()) this.clock.clearTimeout(slot.timer);
    for (const abort of this.aborts) abort.abort();
    this.listeners.clear();
  }

  private wakeSlot(slot: Slot): void {
    slot.dormant = false;
    this.schedule(slot, 0);
  }

  private schedule(slot: Slot, delayMs: number): void {
    this.clock.clearTimeout(slot.timer);
    slot.timer = this.clock.setTimeout(() => void this.attempt(slot), delayMs);
  }

  private emit(event: OutboxEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private async attempt(slot: Slot): Promise<void> {
    if (this.disposed || slot.inFlight || this.slots.get(slot.entry.key) !== slot) return;
    slot.inFlight = true;
    const attempt = ++slot.attempts;
    const { entry } = slot;
    this.emit({ type: 'attempt', entry, attempt });
    const outcome = await this.send(entry);
    slot.inFlight = false;
    if (this.disposed) return;
    if (outcome.kind === 'retry' && (attempt >= (this.options.maxAttempts ?? 10) || this.clock.now() - entry.createdAt >= (this.options.maxAgeMs ?? 86_400_000))) {
      // bounded: an endpoint that never answers well (a static host, a wrong address behind CORS, a
      // server down for a day) is not retried for as long as the page stays open
      slot.dormant = true;
      slot.attempts = 0;
      const message = `Not retried on this page after ${attempt} attempts over ${Math.round((this.clock.now() - entry.createdAt) / 1000)} s; the last: ${outcome.message}`;
      this.emit({ type: 'gave-up', entry, attempt, reason: outcome.reason, status: outcome.status, message });
      return;
    }
    if (outcome.kind === 'retry') {
      const delayMs = this.delay(attempt, outcome.retryAfterMs);
      this.schedule(slot, delayMs);
      this.emit({ type: 'retry', entry, attempt, reason: outcome.reason, status: outcome.status, message: outcome.message, delayMs });
      return;
    }
    this.slots.delete(entry.key);
    this.settled.add(entry.key);
    this.persist();
    if (outcome.kind === 'sent') this.emit({ type: 'sent', entry, attempt, status: outcome.status });
    else this.emit({ type: 'rejected', entry, attempt, status: outcome.status, message: outcome.message });
  }

  private async send(
    entry: OutboxEntry,
  ): Promise<
    | { kind: 'sent'; status: number }
    | { kind: 'rejected'; status: number; message: string }
    | { kind: 'retry'; reason: RetryReason; status?: number; message: string; retryAfterMs?: number }
  > {
    let request: OutboxRequest = {
      url: entry.url,
      headers: { 'Content-Type': entry.contentType ?? 'application/json', 'Idempotency-Key': entry.key },
      body: structuredClone(entry.body),
    };
    try {
      if (this.options.prepare) request = (await this.options.prepare(request, entry)) ?? request;
    } catch (error) {
      return { kind: 'retry', reason: 'before-submit', message: `beforeSubmit threw: ${String(error)}` };
    }
    const abort = new AbortController();
    this.aborts.add(abort);
    let timedOut = false;
    const timer = this.clock.setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.options.timeoutMs ?? 15_000);
    try {
      const response = await this.options.fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        // a sealed body (contentType application/jose) is the compact JWE text itself
        body: entry.contentType && typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
        signal: abort.signal,
        cache: 'no-store',
      });
      const { status } = response;
      if (status >= 200 && status < 300) return { kind: 'sent', status };
      if ((status >= 500 && status !== 501) || RETRYABLE_4XX.has(status)) {
        return {
          kind: 'retry',
          reason: 'server',
          status,
          message: `The endpoint answered ${status}.`,
          retryAfterMs: retryAfter(response.headers.get('Retry-After'), this.clock.now()),
        };
      }
      return { kind: 'rejected', status, message: `The endpoint answered ${status}; the submission was not accepted and will not be repeated.` };
    } catch (error) {
      return timedOut
        ? { kind: 'retry', reason: 'timeout', message: `No answer within ${this.options.timeoutMs ?? 15_000} ms.` }
        : { kind: 'retry', reason: 'network', message: `The request failed: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      this.clock.clearTimeout(timer);
      this.aborts.delete(abort);
    }
  }

  // "Equal jitter": half the exponential step, plus a random part of the other half, so a retry
  // never comes at once yet many clients spread out.
  private delay(attempt: number, retryAfterMs?: number): number {
    const max = this.options.maxDelayMs ?? 60_000;
    const step = Math.min(max, (this.options.baseDelayMs ?? 1_000) * 2 ** Math.min(attempt - 1, 30));
    const jittered = step / 2 + this.random() * (step / 2);
    return Math.round(Math.min(max, Math.max(jittered, retryAfterMs ?? 0)));
  }

  // Another tab may have saved entries meanwhile: keep theirs, drop what this page has settled.
  private persist(): void {
    if (this.disposed) return;
    const mine = this.pending();
    const others = this.store.load().filter((e) => !this.slots.has(e.key) && !this.settled.has(e.key));
    this.store.save([...others, ...mine]);
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
