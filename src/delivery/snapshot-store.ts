/**
 * The one place the library touches Web Storage. Storage can be missing, disabled by the browser or a
 * privacy setting (reading `localStorage` itself throws), or full; every call here returns an outcome
 * instead of throwing, so a storage problem is never a crash and never loses what is in memory.
 */

/** `persist` attribute: where a snapshot is kept. `none` (default) keeps nothing anywhere. */
export type PersistMode = 'none' | 'session' | 'local';

/** `unavailable`: storage is disabled or missing. `full`: the quota is reached. */
export type StorageProblem = 'unavailable' | 'full';
export type StoreOutcome<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

export interface SnapshotStore {
  read(): StoreOutcome<string | null>;
  write(text: string): StoreOutcome<void>;
  remove(): StoreOutcome<void>;
}

/** The browser's storage for a mode. A getter, because merely reading `localStorage` can throw. */
export function browserStorage(mode: 'session' | 'local'): () => Storage {
  return () => (mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage);
}

function problemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name;
  // Chromium and Safari say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
}

export function snapshotStore(storage: () => Storage, key: string): SnapshotStore {
  const attempt = <T>(use: (s: Storage) => T): StoreOutcome<T> => {
    try {
      const s = storage();
      if (!s) return { ok: false, problem: 'unavailable' };
      return { ok: true, value: use(s) };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
  };
  return {
    read: () => attempt((s) => s.getItem(key)),
    write: (text) => attempt((s) => s.setItem(key, text)),
    remove: () => attempt((s) => s.removeItem(key)),
  };
}
