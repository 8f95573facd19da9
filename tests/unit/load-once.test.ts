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

  it('gives a value at once only after its load has succeeded, never a failed one', async () => {
    let fail = true;
    const load = loadOnce((key: string) => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(`${key} loaded`)));
    const first = load('pcl-5');
    expect(load.loaded('pcl-5')).toBeUndefined();
    await expect(first).rejects.toThrow('offline');
    expect(load.loaded('pcl-5')).toBeUndefined();
    fail = false;
    const second = load('pcl-5');
    expect(load.loaded('pcl-5')).toBeUndefined();
    await second;
    expect(load.loaded('pcl-5')).toBe('pcl-5 loaded');
    expect(load.loaded('gad-7')).toBeUndefined();
  });
});
