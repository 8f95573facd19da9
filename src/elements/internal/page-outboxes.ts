/**
 * One outbox per page and storage kind, shared by every element on the page: a submission keeps
 * being retried even if the element that queued it is removed, and entries restored after a
 * reload are sent once, by the element that owns them, however many elements there are.
 */
import type { Outbox as PageOutbox, OutboxEntry, OutboxEvent, PrepareRequest } from '../../delivery/outbox.js';
import { browserStorage, type PersistMode } from '../../delivery/snapshot-store.js';
import { loadOnce } from '../../model/load-once.js';
import { loadOutbox } from './load-outbox.js';

/** Where queued submissions survive: nowhere (`none`), this tab (`session`), or this browser (`local`): the element's `persist`. */
export type OutboxPersist = PersistMode;

/** Page-wide timing of submissions. */
export interface SubmissionTiming {
  /** An attempt with no answer after this long is abandoned and retried. Default 15 000 ms. */
  timeoutMs: number;
  /** The first retry waits about this long; each next one about twice as long. Default 1 000 ms. */
  baseDelayMs: number;
  /** The longest wait between attempts. Default 60 000 ms. */
  maxDelayMs: number;
}

const timing: SubmissionTiming = { timeoutMs: 15_000, baseDelayMs: 1_000, maxDelayMs: 60_000 };
const preparers = new Map<string, PrepareRequest>();
const listeners = new Set<(event: OutboxEvent) => void>();
let listeningForOnline = false;

/** Changes the timing of every submission on the page (e.g. a shorter timeout on a fast intranet). */
export function configureSubmissions(changes: Partial<SubmissionTiming>): void {
  for (const [name, value] of Object.entries(changes)) {
    if (name in timing && typeof value === 'number' && Number.isFinite(value) && value > 0) timing[name as keyof SubmissionTiming] = value;
  }
}

/** The page's outbox for this kind of storage, created (and its module loaded) on first use. */
export function pageOutbox(persist: OutboxPersist): Promise<PageOutbox> {
  return outboxes(persist);
}

// one outbox per storage kind; the module not loading is forgotten, so the next submission tries again
const outboxes = loadOnce((persist: OutboxPersist) =>
  loadOutbox().then(({ Outbox, keyValueOutboxStore, memoryOutboxStore }) => {
    const created = new Outbox({
      // looked up on every attempt, not captured: the page may wrap fetch after the library loads
      fetch: (url, init) => globalThis.fetch(url, init),
      // the same storage the session snapshot uses (one place touches Web Storage), under its own key
      store: persist === 'none' ? memoryOutboxStore() : keyValueOutboxStore(browserStorage(persist)),
      prepare: (request, entry) => preparers.get(entry.key)?.(request, entry),
      get timeoutMs() {
        return timing.timeoutMs;
      },
      get baseDelayMs() {
        return timing.baseDelayMs;
      },
      get maxDelayMs() {
        return timing.maxDelayMs;
      },
    });
    created.subscribe((event) => {
      if (event.type === 'sent' || event.type === 'rejected') preparers.delete(event.entry.key);
      listeners.forEach((listener) => listener(event));
    });
    if (!listeningForOnline) {
      listeningForOnline = true;
      // back online: try at once rather than wait out the backoff
      globalThis.addEventListener?.('online', () => outboxes.started.forEach((o) => void o.then((ready) => ready.flush())));
    }
    return created;
  }),
);

/** The element that owns `key` prepares its requests (its `beforeSubmit`). */
export function claimEntry(entry: Pick<OutboxEntry, 'key'>, prepare: PrepareRequest): void {
  preparers.set(entry.key, prepare);
}

export function onOutboxEvent(listener: (event: OutboxEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
