// Malformed input, generated: arbitrary JSON, and valid definitions, text packs, answers and stored
// snapshots with one part broken at random. Whatever arrives, the library answers with a clear
// AttuneError (every problem with a path or a message) or a clean refusal, never another exception,
// and never half of a stored session.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttuneError, applyTextPack, getInstrument, instruments, parseDefinition, score } from '../../src/core.js';
import { readSnapshot } from '../../src/session/parse-snapshot.js';
import { customInstrument, practiceTextPack } from './fixtures.js';

const RUNS = { numRuns: 300 };
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy of `value` with the node at a random path replaced by `replacement`, or removed. */
function mutate(value: Json, steps: number[], replacement: Json | undefined): Json {
  if (steps.length === 0 || value === null || typeof value !== 'object') return replacement === undefined ? null : replacement;
  const [step, ...rest] = steps as [number, ...number[]];
  if (Array.isArray(value)) {
    if (!value.length) return replacement ?? null;
    const i = step % value.length;
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(i, 1);
    else copy[i] = mutate(value[i]!, rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (!keys.length) return replacement ?? null;
  const key = keys[step % keys.length]!;
  const copy = { ...value };
  if (rest.length === 0 && replacement === undefined) delete copy[key];
  else copy[key] = mutate(value[key]!, rest, replacement);
  return copy;
}

const broken = (valid: () => unknown) =>
  fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.option(fc.jsonValue() as fc.Arbitrary<Json>, { nil: undefined }))
    .map(([steps, replacement]) => mutate(JSON.parse(JSON.stringify(valid())) as Json, steps, replacement));

/** Runs `fn`; an AttuneError must name each problem; anything else thrown fails the property. */
function refusesClearly(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(AttuneError);
    const e = error as AttuneError;
    expect(e.message.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
    }
    return true;
  }
}

const everyDefinition = () => fc.constantFrom(customInstrument(), ...Object.values(instruments));

describe('instrument definitions from outside', () => {
  it('any JSON at all: a definition, or an AttuneError that names its problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => refusesClearly(() => parseDefinition(json))),
      RUNS,
    );
  });

  it('a valid definition with one part broken at random: the same', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        everyDefinition().chain((def) => broken(() => def)),
        (json) => {
          const refusal = refusesClearly(() => {
            const def = parseDefinition(json);
            // what passes must also score without surprises
            score(def, {});
          });
          if (refusal) refused++;
        },
      ),
      RUNS,
    );
    // the generator really does break definitions (most of the time), so the property was tested
    expect(refused).toBeGreaterThan(RUNS.numRuns / 2);
  });
});

describe('text packs from outside', () => {
  const ies = getInstrument('ies-r')!;
  it('any JSON, and a valid pack broken at random: a definition with every item worded, or an AttuneError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), broken(practiceTextPack)), (json) => {
        refusesClearly(() => {
          const def = applyTextPack(ies, json);
          expect(def.items.every((item) => typeof item.text === 'string' && item.text.trim().length > 0)).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

describe('answers and settings from outside', () => {
  it('any JSON as answers or settings, for every instrument: a result, or an AttuneError', () => {
    fc.assert(
      fc.property(everyDefinition(), fc.jsonValue(), fc.option(fc.jsonValue(), { nil: undefined }), (def, answers, settings) => {
        refusesClearly(() => score(def, answers as never, settings as never));
      }),
      RUNS,
    );
  });
});

describe('stored snapshots', () => {
  const pcl = getInstrument('pcl-5')!;
  const valid = () => ({ format: 1, instrument: { id: 'pcl-5', version: pcl.version }, stage: 'questions', index: 3, answers: { 1: 2, 2: 0, 3: 4 }, raised: [] });

  it('the valid snapshot restores whole', () => {
    const outcome = readSnapshot(pcl, JSON.stringify(valid()));
    expect(outcome.ok && outcome.session.answers).toEqual({ 1: 2, 2: 0, 3: 4 });
  });

  it('any text, any JSON, and a valid snapshot broken at random: a whole session or a clear refusal, never a throw', () => {
    const text = fc.oneof(
      fc.string(),
      fc.jsonValue().map((j) => JSON.stringify(j)),
      broken(valid).map((j) => JSON.stringify(j)),
      fc.string().map((s) => JSON.stringify(valid()).slice(0, s.length)),
    );
    fc.assert(
      fc.property(text, (stored) => {
        const outcome = readSnapshot(pcl, stored);
        if (!outcome.ok) {
          expect(['corrupt', 'other-version', 'other-instrument']).toContain(outcome.problem);
          expect(outcome.detail.length).toBeGreaterThan(0);
          return;
        }
        // all or nothing: every restored answer is one of its item's own options
        const s = outcome.session;
        for (const [id, value] of Object.entries(s.answers)) expect(pcl.items.find((i) => i.id === id)!.options.map((o) => o.value)).toContain(value);
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThan(pcl.items.length);
      }),
      RUNS,
    );
  });
});

describe('settings that are not an object of numbers', () => {
  it.each([null, 3, 'cutoff', [], { cutoff: '33' }, { cutoff: null }])('%j is refused as invalid-settings, by path where there is one', (settings) => {
    try {
      score('pcl-5', {}, settings as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AttuneError);
      expect((error as AttuneError).code).toBe('invalid-settings');
    }
  });
});
