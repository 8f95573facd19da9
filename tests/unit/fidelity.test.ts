// Wording and scoring structure of the shipped PTSD instruments, checked word for word against the
// instrument reference (vendored in tests/reference/). Nothing in a definition may come from memory.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument, type InstrumentDefinition } from '../../src/core.js';

const here = new URL('.', import.meta.url);
const reference = (file: string) => JSON.parse(readFileSync(new URL(`../reference/${file}`, here), 'utf8'));
const def = (id: string) => getInstrument(id) as InstrumentDefinition;
const item = (d: InstrumentDefinition, id: string) => d.items.find((i) => i.id === id)!;

describe('PCL-5 matches the reference', () => {
  const ref = reference('pcl5.json');
  const pcl = def('pcl-5');

  it('every item, word for word, with the published response options', () => {
    expect(pcl.items.map((i) => i.id)).toEqual(ref.items.map((r: { n: number }) => String(r.n)));
    for (const r of ref.items) {
      expect(item(pcl, String(r.n)).text).toBe(r.text);
      expect(item(pcl, String(r.n)).options).toEqual(ref.responseOptions);
      expect(item(pcl, String(r.n)).reverse ?? false).toBe(r.reverse);
    }
  });

  it('instructions and stem', () => {
    expect(pcl.instructions).toEqual({ text: ref.instructions, by: 'author' });
    expect(pcl.sections?.[0]?.stem).toBe(ref.stem);
  });

  it('cluster scales and the provisional-diagnosis counts', () => {
    const clusters = Object.values(ref.scoring.subscales) as { items: number[]; endorsedNeeded: number }[];
    expect(['B', 'C', 'D', 'E'].map((id) => pcl.scales.find((s) => s.id === id)!.items)).toEqual(clusters.map((c) => c.items.map(String)));
    const rule = pcl.rules!.find((r) => r.id === 'provisional-ptsd')!.when;
    expect(rule).toEqual({
      type: 'all',
      of: clusters.map((c) => ({ type: 'count', items: c.items.map(String), valueAtLeast: ref.scoring.endorsementThreshold, countAtLeast: c.endorsedNeeded })),
    });
  });

  it('cutoff setting 31-33, default 33; no severity bands (none published)', () => {
    expect(pcl.settings).toMatchObject([{ id: 'cutoff', min: 31, max: 33, default: 33 }]);
    expect(ref.scoring.severityBands).toBeNull();
    expect(pcl.bands).toBeUndefined();
  });
});

describe('PC-PTSD-5 matches the reference', () => {
  const ref = reference('pc-ptsd-5.json');
  const pc = def('pc-ptsd-5');

  it('the exposure question, its introduction and examples, word for word', () => {
    expect(item(pc, 'exposure').text).toBe(ref.gate.question);
    expect(item(pc, 'exposure').options).toEqual(ref.gate.responseOptions);
    expect(pc.sections?.[0]).toMatchObject({ lead: ref.gate.intro, list: ref.gate.examples, items: ['exposure'] });
    expect(pc.sections?.[1]?.lead).toBe(ref.gate.ifYes);
  });

  it('the five items, word for word, with Yes = 1 and No = 0', () => {
    for (const r of ref.items) {
      expect(item(pc, String(r.n)).text).toBe(r.text);
      expect(item(pc, String(r.n)).options).toEqual(ref.responseOptions);
    }
    expect(pc.sections?.[1]?.stem).toBe(ref.stem);
  });

  it('"No" to exposure ends the screen with 0; cut-point 3 or 4, default 3', () => {
    expect(pc.gates).toEqual([{ item: 'exposure', closeOn: [0], skips: ['1', '2', '3', '4', '5'], skippedValue: 0 }]);
    expect(pc.settings).toMatchObject([{ id: 'cutoff', min: 3, max: 4, default: 3 }]);
  });
});

describe('the vendored reference', () => {
  // CI clones this repository with the planning repository's shared/ folder beside it
  const shared = new URL('../../../shared/instruments/', here);
  it.runIf(existsSync(shared))('is identical to shared/instruments/', () => {
    for (const file of ['pcl5.json', 'pc-ptsd-5.json', 'itq.json', 'ecr-rs.json', 'ecr-r.json', 'phq9.json', 'gad7.json', 'ies-r.json']) {
      expect(readFileSync(new URL(`../reference/${file}`, here), 'utf8')).toBe(readFileSync(new URL(file, shared), 'utf8'));
    }
  });
});
