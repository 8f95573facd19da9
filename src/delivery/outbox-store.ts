/**
 * Where the outbox keeps submissions not yet acknowledged, so a reload does not lose them. Kept
 * behind this small interface so the outbox runs against memory (persistence off, and tests), Web
 * Storage, or the session's storage adapter, and so storage that fails (quota full, disabled,
 * corrupt) never stops a submission that is already in memory.
 */

/** One submission waiting for a 2xx answer. */
export interface OutboxEntry {
  /** The idempotency key: the same for this completion on every attempt and after a reload. */
  readonly key: string;
  readonly url: string;
  /** The JSON body, as first built (a host's `beforeSubmit` changes are applied on each attempt). */
  readonly body: unknown;
  /** Which element may resume it after a reload, e.g. `screener pcl-5`. */
  readonly owner: string;
  /** Milliseconds since the epoch when it was queued. */
  readonly createdAt: number;
  /**
   * The body's media type when it is not JSON: `application/jose` for a sealed submission, whose
   * `body` is the compact JWE string, sent as it is.
   */
  readonly contentType?: string;
}

export interface OutboxStore {
  /** Entries saved earlier; anything unreadable is dropped, never thrown. */
  load(): OutboxEntry[];
  /** Replaces what is saved; throws nothing (a failing store only loses the reload guarantee). */
  save(entries: readonly OutboxEntry[]): void;
}

/** The part of the Web Storage API the outbox needs (so a storage adapter can stand in for it). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Nothing survives a reload: the default while persistence is off. */
export function memoryOutboxStore(): OutboxStore {
  let saved: OutboxEntry[] = [];
  return { load: () => [...saved], save: (entries) => void (saved = [...entries]) };
}

export const OUTBOX_STORAGE_KEY = 'attune:outbox:v1';

/**
 * Entries as JSON under one key. Two tabs may share it: the outbox merges what another tab saved
 * before it saves, and the idempotency key makes a submission sent from both tabs count once.
 */
export function keyValueOutboxStore(storage: () => KeyValueStorage | undefined, key = OUTBOX_STORAGE_KEY): OutboxStore {
  const read = (): OutboxEntry[] => {
    try {
      const raw = storage()?.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  };
  return {
    load: read,
    save(entries) {
      try {
        const store = storage();
        if (!store) return;
        if (entries.length) store.setItem(key, JSON.stringify(entries));
        else store.removeItem(key);
      } catch {
        // quota full or storage disabled: the entries stay in memory and are still sent
      }
    },
  };
}

// Stored state is untrusted (another version of the library, a browser extension, a corrupt write).
// The outbox never interprets `body`, so checking the fields it does use is enough, and keeps zod
// (loaded only for a practice's own definition) out of the script-tag bundle.
function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.key === 'string' &&
    e.key.length > 0 &&
    typeof e.url === 'string' &&
    typeof e.owner === 'string' &&
    typeof e.createdAt === 'number' &&
    'body' in e &&
    (e.contentType === undefined || typeof e.contentType === 'string')
  );
}
