// Loading a file on demand: once per key and page, a failure forgotten so the next request tries again.
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/model/load-once.js';

describe('loadOnce', () => {
  it('loads each key once, however many ask, and shares the one promise', async () => {
    const calls: string[] = [];
    const load = loadOnce((key: string) => (calls.push(key), Promise.resolve(key.toUpperCase())));
    const [a, b] = [load('es'), load('es')];
    expect(a).toBe(b);
    expect(await Promise.all([a, b, load('fr')])).toEqual(['ES', 'ES', 'FR']);
    expect(calls).toEqual(['es', 'fr']);
    expect([...load.started.keys()]).toEqual(['es', 'fr']);
  });

  it('forgets a failed load, so the next request loads again and can succeed', async () => {
    let attempts = 0;
    const load = loadOnce((_key: string) => (++attempts === 1 ? Promise.reject(new Error('missing beside the script')) : Promise.resolve('loaded')));
    await expect(load('x')).rejects.toThrow('missing beside the script');
    expect(load.started.has('x')).toBe(false);
    expect(await load('x')).toBe('loaded');
    expect(attempts).toBe(2);
  });
});
