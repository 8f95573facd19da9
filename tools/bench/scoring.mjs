// Scoring throughput in Node: score() (validates the answers, then scores) for every built-in
// instrument, on varied complete answer sets, each run bounded in time and count.
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

function rng(seed) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export async function scoring(benchDir, { seconds = 1 } = {}) {
  const core = await import(pathToFileURL(resolve(join(benchDir, 'dist', 'core.js'))).href);
  const rows = [];
  for (const id of core.instrumentIds) {
    const def = core.getInstrument(id);
    const random = rng(42);
    const sets = Array.from({ length: 256 }, () => Object.fromEntries(def.items.map((item) => [item.id, item.options[Math.floor(random() * item.options.length)].value])));
    // answers a gate would skip are allowed to be rejected: keep the sets score() accepts
    const valid = sets.filter((a) => {
      try {
        core.score(id, a);
        return true;
      } catch {
        return false;
      }
    });
    if (!valid.length) throw new Error(`bench: no random answer set scores for ${id}`);
    const run = (fn) => {
      for (let i = 0; i < 2000; i++) fn(valid[i % valid.length]); // warm-up (JIT)
      let n = 0;
      const t0 = performance.now();
      const stop = t0 + seconds * 1000;
      while (performance.now() < stop && n < 5_000_000) for (let j = 0; j < 100; j++) fn(valid[n++ % valid.length]);
      return (n / (performance.now() - t0)) * 1000;
    };
    rows.push({ id, items: def.items.length, perSecond: run((a) => core.score(id, a)), unvalidatedPerSecond: run((a) => core.scoreDefinition(def, a)) });
  }
  return rows;
}
