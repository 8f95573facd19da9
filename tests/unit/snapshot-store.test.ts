import { describe, expect, it } from 'vitest';
import { snapshotStore } from '../../src/delivery/snapshot-store.js';

/** A Storage as a browser gives it, in memory; `fail` makes it throw like a full or disabled one. */
function memoryStorage(fail?: { name: string; on: 'get' | 'set' | 'all' }): Storage {
  const data = new Map<string, string>();
  const boom = () => {
    const error = new Error('storage');
    error.name = fail!.name;
    throw error;
  };
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => (fail && fail.on !== 'set' ? boom() : (data.get(k) ?? null)),
    setItem: (k, v) => (fail ? boom() : void data.set(k, v)),
    removeItem: (k) => (fail?.on === 'all' ? boom() : void data.delete(k)),
    clear: () => data.clear(),
  };
}

describe('snapshot store', () => {
  it('writes, reads and removes one key, leaving others alone', () => {
    const storage = memoryStorage();
    storage.setItem('practice-own', 'keep');
    const store = snapshotStore(() => storage, 'attune:pcl-5');
    expect(store.read()).toEqual({ ok: true, value: null });
    expect(store.write('x').ok).toBe(true);
    expect(store.read()).toEqual({ ok: true, value: 'x' });
    expect(store.remove().ok).toBe(true);
    expect(store.read()).toEqual({ ok: true, value: null });
    expect(storage.getItem('practice-own')).toBe('keep');
  });

  it('a full storage is reported as full, not thrown', () => {
    const store = snapshotStore(() => memoryStorage({ name: 'QuotaExceededError', on: 'set' }), 'k');
    expect(store.write('x')).toEqual({ ok: false, problem: 'full' });
    expect(store.read().ok).toBe(true);
  });

  it('storage disabled by the browser (reading localStorage throws) is reported as unavailable', () => {
    const store = snapshotStore(() => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    }, 'k');
    expect(store.read()).toEqual({ ok: false, problem: 'unavailable' });
    expect(store.write('x')).toEqual({ ok: false, problem: 'unavailable' });
    expect(store.remove()).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('no storage at all (an old or locked-down runtime) is unavailable', () => {
    const store = snapshotStore(() => undefined as unknown as Storage, 'k');
    expect(store.read()).toEqual({ ok: false, problem: 'unavailable' });
  });
});
