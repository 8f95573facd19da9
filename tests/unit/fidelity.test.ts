// Wording and scoring structure of the shipped instruments, checked word for word against the
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
    const clusters = Object.values<{ items: number[]; endorsedNeeded: number }>(ref.scoring.subscales);
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

describe('GAD-7 matches the revised reference', () => {
  const ref = reference('gad7.json');
  const gad = def('gad-7');
  const difficulty = item(gad, 'difficulty');

  it('the stem and instructions are the reference\'s, without the PHQ-9\'s "any of"', () => {
    expect(gad.instructions).toEqual({ text: ref.instructions, by: 'author' });
    expect(gad.sections?.[0]).toEqual({ id: 'symptoms', stem: ref.instructions, items: ['1', '2', '3', '4', '5', '6', '7'] });
    expect(JSON.stringify(gad)).not.toContain('any of the following');
    // each keeps its own form's stem: the PHQ-9's does say "any of"
    expect(def('phq-9').sections?.[0]?.stem).toBe(reference('phq9.json').instructions);
    expect(reference('phq9.json').instructions).toContain('any of the following');
  });

  it("the difficulty question ends the form, word for word, with the reference's options in order", () => {
    expect(gad.items.at(-1)).toBe(difficulty);
    expect(difficulty.text).toBe(ref.extraUnscoredItem.text);
    expect(difficulty.options.map((o) => o.label)).toEqual(ref.extraUnscoredItem.responseOptions.map((o: { label: string }) => o.label));
    expect(gad.sections?.at(-1)).toEqual({ id: 'difficulty', items: ['difficulty'] });
  });

  it("the difficulty question is optional, never scored, and has no LOINC code (the PHQ-9's is not reused)", () => {
    expect(difficulty.optional).toBe(true);
    for (const scale of gad.scales) expect(scale.items, scale.id).not.toContain('difficulty');
    expect(JSON.stringify([gad.rules, gad.bands, gad.safety ?? []])).not.toContain('difficulty');
    expect(difficulty.code).toBeUndefined();
    expect(difficulty.options.some((o) => o.code !== undefined)).toBe(false);
    expect(JSON.stringify(gad)).not.toContain(reference('phq9.json').extraUnscoredItem.loinc);
  });
});

describe("ITQ block lead-ins, per the reference's policy", () => {
  const itq = def('itq');
  const block = (first: string) => itq.sections!.find((s) => s.items[0] === first)!;

  it('items 1-6, 7-9, 10-15 and 16-18 each have a lead-in above every question, marked as written by the library', () => {
    expect(itq.sections!.map((s) => [s.items[0], s.items.at(-1)])).toEqual([
      ['1', '6'],
      ['7', '9'],
      ['10', '15'],
      ['16', '18'],
    ]);
    for (const s of itq.sections!) {
      expect(s.stem, s.id).toBeTypeOf('string');
      expect(s.by, s.id).toBe('library');
    }
  });

  it('16-18 do not read like 7-9: each names the problems it asks about', () => {
    expect(block('16').stem).not.toBe(block('7').stem);
    expect(block('7').stem).toContain('the above problems (questions 1 to 6)');
    expect(block('16').stem).toContain('the above problems (questions 10 to 15)');
  });
});

/**
 * Every string a reference file records as read (leaving out what it marks as superseded), so that a
 * definition's wording can be looked up whole, not as a fragment of a note.
 */
function sourcedStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) sourcedStrings(v, out);
  else if (value && typeof value === 'object') {
    const entries = Object.values(value);
    if (entries.some((v) => typeof v === 'string' && /superseded/.test(v))) return out;
    for (const v of entries) sourcedStrings(v, out);
  }
  return out;
}

describe("every built-in's wording marked as the author's is the reference's, whole", () => {
  const files: Record<string, string> = {
    'pcl-5': 'pcl5.json',
    'pc-ptsd-5': 'pc-ptsd-5.json',
    itq: 'itq.json',
    'ecr-rs': 'ecr-rs.json',
    'ecr-r': 'ecr-r.json',
    'phq-9': 'phq9.json',
    'gad-7': 'gad7.json',
    'ies-r': 'ies-r.json',
  };

  it.each(Object.keys(files))('%s', (id) => {
    const sourced = sourcedStrings(reference(files[id]!));
    const d = def(id);
    const authored: string[] = [];
    if (d.instructions?.by === 'author') authored.push(d.instructions.text);
    for (const s of d.sections ?? []) if (s.by !== 'library') authored.push(...[s.lead, ...(s.list ?? []), s.stem].filter((t): t is string => t !== undefined));
    for (const i of d.items) authored.push(...[i.text, ...i.options.map((o) => o.label)].filter((t): t is string => t !== undefined));
    for (const text of authored) expect(sourced.has(text), text).toBe(true);
  });

  it("the lookup skips superseded wording: the GAD-7's old stem would not pass", () => {
    const sourced = sourcedStrings(reference('gad7.json'));
    expect(sourced.has('Over the last 2 weeks, how often have you been bothered by any of the following problems?')).toBe(false);
    expect(sourced.has(reference('gad7.json').instructions)).toBe(true);
  });
});

describe('the vendored reference', () => {
  // CI clones this repository with the planning repository's shared/ folder beside it
  const shared = new URL('../../../shared/instruments/', here);
  it.runIf(existsSync(shared))('is identical to shared/instruments/', () => {
    const files = ['pcl5.json', 'pc-ptsd-5.json', 'itq.json', 'ecr-rs.json', 'ecr-r.json', 'phq9.json', 'gad7.json', 'ies-r.json'];
    // and the translations: what ships (PHQ-9, GAD-7 in Spanish), and why the trauma instruments do not
    for (const file of [...files, 'phq9.es.json', 'gad7.es.json', 'trauma-instruments.es.json']) {
      expect(readFileSync(new URL(`../reference/${file}`, here), 'utf8')).toBe(readFileSync(new URL(file, shared), 'utf8'));
    }
  });
});
