// Hand-worked cases from the ITQ scoring rules (Cloitre et al. 2018; ../../tests/reference/itq.json):
// an item counts when rated 2 ("Moderately") or more. PTSD criteria: (1 or 2) and (3 or 4) and (5 or 6)
// and one of 7-9. DSO criteria: (10 or 11) and (12 or 13) and (14 or 15) and one of 16-18. CPTSD when both
// are met; PTSD when the PTSD criteria are met and the DSO criteria are not; never both; DSO alone gives
// neither. Cluster sums Re 1+2, Av 3+4, Th 5+6, AD 10+11, NSC 12+13, DR 14+15 (0-8); PTSD 1-6 and
// DSO 10-15 (0-24). No bands. Missing items: no proration; a criterion already met (or already
// impossible) is decided (library policy).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AttuneError, InstrumentSchema, score } from '../../src/core.js';
import { itq } from '../../src/instruments/itq.js';

type Answers = Record<string, number>;
const ref = JSON.parse(readFileSync(new URL('../reference/itq.json', import.meta.url), 'utf8'));

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const all = (v: number): Answers => Object.fromEntries(ids(1, 18).map((id) => [id, v]));
const without = (answers: Answers, ...drop: string[]) => Object.fromEntries(Object.entries(answers).filter(([k]) => !drop.includes(k)));
const outcome = (answers: Answers) => score(itq, answers).rules;

// "A little bit" everywhere, with exactly one item per PTSD group at "Moderately": the PTSD criteria just met
const ptsdMin: Answers = { ...all(1), 1: 2, 3: 2, 5: 2, 7: 2 };
// the same for the DSO criteria alone
const dsoMin: Answers = { ...all(1), 10: 2, 12: 2, 14: 2, 16: 2 };
const cptsdMin: Answers = { ...all(1), 1: 2, 3: 2, 5: 2, 7: 2, 10: 2, 12: 2, 14: 2, 16: 2 };

const PTSD_GROUPS = [ids(1, 2), ids(3, 4), ids(5, 6), ids(7, 9)];
const DSO_GROUPS = [ids(10, 11), ids(12, 13), ids(14, 15), ids(16, 18)];

describe('ITQ definition', () => {
  it('passes the definition schema', () => {
    const parsed = InstrumentSchema.safeParse(itq);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('has 18 items "1"-"18" in form order, in four sections, and no bands', () => {
    expect(itq.items.map((i) => i.id)).toEqual(ids(1, 18));
    expect(itq.sections?.map((s) => s.items)).toEqual([ids(1, 6), ids(7, 9), ids(10, 15), ids(16, 18)]);
    expect(itq.bands).toBeUndefined();
    expect(itq.settings).toBeUndefined();
    expect(itq.safety).toBeUndefined();
  });
});

describe('ITQ scoring', () => {
  it('all "Not at all": every score 0, no criterion met, complete', () => {
    expect(score(itq, all(0))).toEqual({
      instrument: { id: 'itq', version: '1.1.0' },
      status: 'complete',
      missing: [],
      scales: { PTSD: 0, Re: 0, Av: 0, Th: 0, DSO: 0, AD: 0, NSC: 0, DR: 0 },
      rules: { 'ptsd-criteria': false, 'dso-criteria': false, ptsd: false, cptsd: false },
      bands: {},
      flags: [],
      settings: {},
    });
  });

  it('all "Extremely": every maximum (24, 8, 8, 8, 24, 8, 8, 8); CPTSD, so not PTSD', () => {
    const r = score(itq, all(4));
    expect(r.status).toBe('complete');
    expect(r.scales).toEqual({ PTSD: 24, Re: 8, Av: 8, Th: 8, DSO: 24, AD: 8, NSC: 8, DR: 8 });
    expect(r.rules).toEqual({ 'ptsd-criteria': true, 'dso-criteria': true, ptsd: false, cptsd: true });
  });

  it('all "A little bit" (1): nothing is endorsed, so no criterion is met', () => {
    const r = score(itq, all(1));
    expect(r.scales).toEqual({ PTSD: 6, Re: 2, Av: 2, Th: 2, DSO: 6, AD: 2, NSC: 2, DR: 2 });
    expect(r.rules).toEqual({ 'ptsd-criteria': false, 'dso-criteria': false, ptsd: false, cptsd: false });
  });

  it('all "Moderately" (2): every item is endorsed; CPTSD', () => {
    expect(outcome(all(2))).toEqual({ 'ptsd-criteria': true, 'dso-criteria': true, ptsd: false, cptsd: true });
  });

  it('cluster sums follow the published item membership; impairment items are in no scale', () => {
    // item n answered n mod 5: 1,2,3,4,0, 1,2,3,4, 0,1,2,3,4,0, 1,2,3
    // Re 1+2 = 3, Av 3+4 = 7, Th 0+1 = 1, PTSD 11; AD 0+1 = 1, NSC 2+3 = 5, DR 4+0 = 4, DSO 10
    const answers = Object.fromEntries(ids(1, 18).map((id) => [id, Number(id) % 5]));
    const r = score(itq, answers);
    expect(r.scales).toEqual({ PTSD: 11, Re: 3, Av: 7, Th: 1, DSO: 10, AD: 1, NSC: 5, DR: 4 });
    // Th (0, 1) and AD (0, 1) have no endorsed item
    expect(r.rules).toEqual({ 'ptsd-criteria': false, 'dso-criteria': false, ptsd: false, cptsd: false });
    // changing only the impairment items changes no score
    expect(score(itq, { ...answers, 7: 4, 8: 4, 9: 4, 16: 4, 17: 4, 18: 4 }).scales).toEqual(r.scales);
  });

  it('each scale on its own: one item at 4 moves only its pair and its total', () => {
    const pair: Record<string, [string, string]> = { 1: ['Re', 'PTSD'], 4: ['Av', 'PTSD'], 6: ['Th', 'PTSD'], 11: ['AD', 'DSO'], 12: ['NSC', 'DSO'], 15: ['DR', 'DSO'] };
    for (const [id, [cluster, total]] of Object.entries(pair)) {
      const scales = score(itq, { ...all(0), [id]: 4 }).scales;
      expect(scales, `item ${id}`).toEqual({ PTSD: 0, Re: 0, Av: 0, Th: 0, DSO: 0, AD: 0, NSC: 0, DR: 0, [cluster]: 4, [total]: 4 });
    }
  });

  describe('PTSD criteria (one of each symptom pair and one impairment item at 2 or more)', () => {
    it('just met: items 1, 3, 5 and 7 at "Moderately", the rest "A little bit": PTSD, not CPTSD', () => {
      const r = score(itq, ptsdMin);
      expect(r.rules).toEqual({ 'ptsd-criteria': true, 'dso-criteria': false, ptsd: true, cptsd: false });
      expect(r.scales).toMatchObject({ PTSD: 9, Re: 3, Av: 3, Th: 3 });
    });

    // every item of every group can carry its group on its own
    for (const [g, group] of PTSD_GROUPS.entries()) {
      for (const id of group) {
        it(`group ${group.join('/')}: item ${id} alone at 2 meets it`, () => {
          const a = { ...ptsdMin, ...Object.fromEntries(PTSD_GROUPS[g]!.map((x) => [x, 1])), [id]: 2 };
          expect(outcome(a)).toMatchObject({ 'ptsd-criteria': true, ptsd: true });
        });
      }
      it(`group ${group.join('/')}: every item at 1 (just below 2) is not met`, () => {
        const a = { ...ptsdMin, ...Object.fromEntries(group.map((x) => [x, 1])) };
        expect(outcome(a)).toEqual({ 'ptsd-criteria': false, 'dso-criteria': false, ptsd: false, cptsd: false });
      });
    }

    it('all six PTSD symptoms "Extremely" without impairment (7-9 at 1) is not met', () => {
      const r = score(itq, { ...all(1), 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4 });
      expect(r.scales.PTSD).toBe(24);
      expect(r.rules).toMatchObject({ 'ptsd-criteria': false, ptsd: false, cptsd: false });
    });

    it('all three impairment items "Extremely" with no sense of threat (5, 6 at 1) is not met', () => {
      expect(outcome({ ...all(1), 1: 4, 2: 4, 3: 4, 4: 4, 7: 4, 8: 4, 9: 4 })['ptsd-criteria']).toBe(false);
    });
  });

  describe('DSO criteria (one of each symptom pair and one impairment item at 2 or more)', () => {
    it('just met on its own: DSO criteria met, but no ITQ diagnosis without PTSD', () => {
      const r = score(itq, dsoMin);
      expect(r.rules).toEqual({ 'ptsd-criteria': false, 'dso-criteria': true, ptsd: false, cptsd: false });
      expect(r.scales).toMatchObject({ DSO: 9, AD: 3, NSC: 3, DR: 3 });
    });

    it('DSO at maximum with no PTSD symptom at all still gives neither PTSD nor CPTSD', () => {
      const r = score(itq, { ...all(0), ...Object.fromEntries(ids(10, 18).map((id) => [id, 4])) });
      expect(r.rules).toEqual({ 'ptsd-criteria': false, 'dso-criteria': true, ptsd: false, cptsd: false });
    });

    for (const [g, group] of DSO_GROUPS.entries()) {
      for (const id of group) {
        it(`group ${group.join('/')}: item ${id} alone at 2 meets it (with PTSD criteria: CPTSD)`, () => {
          const a = { ...cptsdMin, ...Object.fromEntries(DSO_GROUPS[g]!.map((x) => [x, 1])), [id]: 2 };
          expect(outcome(a)).toEqual({ 'ptsd-criteria': true, 'dso-criteria': true, ptsd: false, cptsd: true });
        });
      }
      it(`group ${group.join('/')}: every item at 1 is not met (with PTSD criteria: PTSD, not CPTSD)`, () => {
        const a = { ...cptsdMin, ...Object.fromEntries(group.map((x) => [x, 1])) };
        expect(outcome(a)).toEqual({ 'ptsd-criteria': true, 'dso-criteria': false, ptsd: true, cptsd: false });
      });
    }

    it('all six DSO symptoms "Extremely" without DSO impairment (16-18 at 1): PTSD, not CPTSD', () => {
      const r = score(itq, { ...ptsdMin, 10: 4, 11: 4, 12: 4, 13: 4, 14: 4, 15: 4 });
      expect(r.scales.DSO).toBe(24);
      expect(r.rules).toEqual({ 'ptsd-criteria': true, 'dso-criteria': false, ptsd: true, cptsd: false });
    });

    it('PTSD impairment does not stand in for DSO impairment (7-9 at 4, 16-18 at 0)', () => {
      const a = { ...all(4), 16: 0, 17: 0, 18: 0 };
      expect(outcome(a)).toEqual({ 'ptsd-criteria': true, 'dso-criteria': false, ptsd: true, cptsd: false });
    });

    it('DSO impairment does not stand in for PTSD impairment (16-18 at 4, 7-9 at 0)', () => {
      const a = { ...all(4), 7: 0, 8: 0, 9: 0 };
      expect(outcome(a)).toEqual({ 'ptsd-criteria': false, 'dso-criteria': true, ptsd: false, cptsd: false });
    });
  });

  it('CPTSD just met: both patterns at their minimum; CPTSD replaces PTSD', () => {
    expect(outcome(cptsdMin)).toEqual({ 'ptsd-criteria': true, 'dso-criteria': true, ptsd: false, cptsd: true });
  });

  it('PTSD and CPTSD are never both met: every combination of the eight criteria parts', () => {
    // each of the 8 groups is either endorsed (first item at 2) or not (all at 1): 256 answer sets
    const groups = [...PTSD_GROUPS, ...DSO_GROUPS];
    for (let mask = 0; mask < 256; mask++) {
      const a = all(1);
      groups.forEach((group, g) => {
        if (mask & (1 << g)) a[group[0]!] = 2;
      });
      const p = (mask & 0x0f) === 0x0f;
      const d = (mask & 0xf0) === 0xf0;
      expect(outcome(a), `mask ${mask}`).toEqual({ 'ptsd-criteria': p, 'dso-criteria': d, ptsd: p && !d, cptsd: p && d });
    }
  });

  describe('missing answers (no proration)', () => {
    it('nothing answered: all 18 missing in form order, every score and rule undecided', () => {
      const r = score(itq, {});
      expect(r).toEqual({
        instrument: { id: 'itq', version: '1.1.0' },
        status: 'incomplete',
        missing: ids(1, 18),
        scales: { PTSD: null, Re: null, Av: null, Th: null, DSO: null, AD: null, NSC: null, DR: null },
        rules: { 'ptsd-criteria': null, 'dso-criteria': null, ptsd: null, cptsd: null },
        bands: {},
        flags: [],
        settings: {},
      });
    });

    it('missing ids are listed in form order, whatever order the answers came in', () => {
      const r = score(itq, without(all(0), '18', '3', '10', '7'));
      expect(r.missing).toEqual(['3', '7', '10', '18']);
      expect(r.status).toBe('incomplete');
    });

    it('one missing item nulls its pair and its total only', () => {
      expect(score(itq, without(all(1), '2')).scales).toEqual({ PTSD: null, Re: null, Av: 2, Th: 2, DSO: 6, AD: 2, NSC: 2, DR: 2 });
      expect(score(itq, without(all(1), '15')).scales).toEqual({ PTSD: 6, Re: 2, Av: 2, Th: 2, DSO: null, AD: 2, NSC: 2, DR: null });
      // an impairment item belongs to no scale
      const r = score(itq, without(all(1), '8'));
      expect(r.scales).toEqual({ PTSD: 6, Re: 2, Av: 2, Th: 2, DSO: 6, AD: 2, NSC: 2, DR: 2 });
      expect(r.missing).toEqual(['8']);
    });

    it('a criterion already met is decided: 1, 3, 5, 7 at 2 with their partners missing, DSO all 0: PTSD', () => {
      const r = score(itq, without({ ...all(0), 1: 2, 3: 2, 5: 2, 7: 2 }, '2', '4', '6', '8', '9'));
      expect(r.missing).toEqual(['2', '4', '6', '8', '9']);
      expect(r.scales).toEqual({ PTSD: null, Re: null, Av: null, Th: null, DSO: 0, AD: 0, NSC: 0, DR: 0 });
      expect(r.rules).toEqual({ 'ptsd-criteria': true, 'dso-criteria': false, ptsd: true, cptsd: false });
    });

    it('PTSD criteria met but the DSO block unanswered: PTSD and CPTSD both undecided', () => {
      const r = score(itq, without(ptsdMin, ...ids(10, 18)));
      expect(r.rules).toEqual({ 'ptsd-criteria': true, 'dso-criteria': null, ptsd: null, cptsd: null });
    });

    it('PTSD criteria met and the DSO criteria already impossible (10 and 11 at 1), rest of DSO missing: PTSD', () => {
      const r = score(itq, { ...without(ptsdMin, ...ids(12, 18)) });
      expect(r.rules).toEqual({ 'ptsd-criteria': true, 'dso-criteria': false, ptsd: true, cptsd: false });
    });

    it('PTSD criteria already impossible (1 and 2 at 0): neither PTSD nor CPTSD, whatever is missing', () => {
      const r = score(itq, { 1: 0, 2: 0 });
      expect(r.rules).toEqual({ 'ptsd-criteria': false, 'dso-criteria': null, ptsd: false, cptsd: false });
      expect(r.missing).toEqual(ids(3, 18));
    });

    it('DSO criteria met, PTSD block unanswered: not PTSD (decided), CPTSD undecided', () => {
      const r = score(itq, without(dsoMin, ...ids(1, 9)));
      expect(r.rules).toEqual({ 'ptsd-criteria': null, 'dso-criteria': true, ptsd: false, cptsd: null });
    });

    it('DSO criteria impossible, PTSD undecided: not CPTSD (decided), PTSD undecided', () => {
      const r = score(itq, { 16: 0, 17: 1, 18: 0 });
      expect(r.rules).toEqual({ 'ptsd-criteria': null, 'dso-criteria': false, ptsd: null, cptsd: false });
    });

    it('a pair with one item at 1 and the other missing is undecided, and so is the diagnosis', () => {
      const r = score(itq, without({ ...ptsdMin, 1: 1 }, '2'));
      expect(r.rules).toEqual({ 'ptsd-criteria': null, 'dso-criteria': false, ptsd: null, cptsd: false });
    });

    it('impairment: one item at 1 and two missing is undecided; one at 2 and two missing is met', () => {
      expect(outcome(without({ ...ptsdMin, 7: 1 }, '8', '9'))['ptsd-criteria']).toBeNull();
      expect(outcome(without({ ...ptsdMin, 7: 1, 9: 2 }, '7', '8'))['ptsd-criteria']).toBe(true);
    });
  });

  describe('answers that do not fit are refused, never guessed', () => {
    it.each([5, -1, 1.5, 2.0000001])('value %s is not an option', (v) => {
      expect(() => score(itq, { ...all(0), 4: v })).toThrowError(/4: expected one of 0, 1, 2, 3, 4/);
    });
    it('an unknown item id (19, or the form code P1)', () => {
      expect(() => score(itq, { ...all(0), 19: 0 })).toThrowError(/19: no item with this id/);
      expect(() => score(itq, { P1: 2 })).toThrowError(/P1: no item with this id/);
    });
    it('a value that is not a number', () => {
      const err = (() => {
        try {
          score(itq, { 1: '2' } as never);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(AttuneError);
      expect((err as AttuneError).code).toBe('invalid-answers');
    });
  });

  it('is deterministic and does not modify its input', () => {
    const answers = Object.freeze({ ...cptsdMin });
    expect(score(itq, answers)).toEqual(score(itq, answers));
  });
});

describe('ITQ matches the reference, word for word', () => {
  const item = (id: string) => itq.items.find((i) => i.id === id)!;

  it('every item text, in form order, with the five published response labels', () => {
    expect(itq.items.map((i) => i.id)).toEqual(ref.items.map((r: { n: number }) => String(r.n)));
    for (const r of ref.items) {
      expect(item(String(r.n)).text, `item ${r.n}`).toBe(r.text);
      expect(item(String(r.n)).reverse ?? false).toBe(r.reverse);
      expect(item(String(r.n)).options.map((o) => o.value)).toEqual(ref.responseOptions.map((o: { value: number }) => o.value));
      for (const [k, o] of ref.responseOptions.entries()) expect(item(String(r.n)).options[k]!.label).toBe(o.label);
    }
  });

  describe("block lead-ins: the library's, since the reference has none of the form's verbatim", () => {
    const blocks = ['PTSD symptoms', 'PTSD impairment', 'DSO symptoms', 'DSO impairment'] as const;
    // the four blocks as the reference's subscales place the items
    const expected = [
      ref.items.filter((r: { code: string; subscale: string }) => r.code.startsWith('P') && r.subscale !== 'PTSD_FI'),
      ref.items.filter((r: { subscale: string }) => r.subscale === 'PTSD_FI'),
      ref.items.filter((r: { code: string; subscale: string }) => r.code.startsWith('C') && r.subscale !== 'DSO_FI'),
      ref.items.filter((r: { subscale: string }) => r.subscale === 'DSO_FI'),
    ].map((block) => block.map((r: { n: number }) => String(r.n)));
    const stems = () => itq.sections!.map((s) => s.stem!);

    it('the reference still has no verbatim lead-in or instructions (when it does, they replace these)', () => {
      expect(ref.instructions).toBeNull();
      expect(ref.instructionsNote).toMatch(/^Verbatim ITQ instructions not read/);
      for (const r of ref.items.filter((x: { subscale: string }) => x.subscale === 'DSO_FI')) expect(r.leadIn, `item ${r.n}`).toBeNull();
    });

    it("one section per block, each with a lead-in that stays above every question, marked as the library's", () => {
      expect(itq.sections!.map((s) => s.items)).toEqual(expected);
      expect(expected).toEqual([ids(1, 6), ids(7, 9), ids(10, 15), ids(16, 18)]);
      for (const [k, s] of itq.sections!.entries()) {
        expect(s.stem, blocks[k]).toBeTypeOf('string');
        expect(s.by, blocks[k]).toBe('library');
        expect(s.lead, blocks[k]).toBeUndefined();
      }
      expect(new Set(stems()).size).toBe(4);
    });

    it("each states only what the reference's notes establish", () => {
      const [symptoms, impairment, dso, dsoImpairment] = stems() as [string, string, string, string];
      // the past month for 1-9 (PTSD items: "how much bothered in the past month"), and for nothing else
      expect(symptoms).toBe('In the past month, how much have you been bothered by:');
      expect(ref.instructionsNote).toContain('PTSD items: how much bothered in the past month');
      expect(impairment).toMatch(/^In the past month, /);
      expect(dso).not.toMatch(/month/);
      expect(dsoImpairment).not.toMatch(/month/);
      // 10-15: how true each statement is of how you typically feel, think about yourself and relate to others
      expect(ref.instructionsNote).toContain('how true each statement is of how you typically feel, think about yourself and relate to others');
      expect(dso).toBe('How true is each statement about how you typically feel, think about yourself and relate to others?');
      // "the above problems", naming the block they are
      expect(impairment).toBe('In the past month, have the above problems (questions 1 to 6):');
      expect(dsoImpairment).toBe('Have the above problems (questions 10 to 15):');
    });

    it('16-18 do not read exactly like 7-9: same items 17-18 as 8-9, different frames', () => {
      expect(itq.items.find((i) => i.id === '17')!.text).toBe(itq.items.find((i) => i.id === '8')!.text);
      expect(itq.items.find((i) => i.id === '18')!.text).toBe(itq.items.find((i) => i.id === '9')!.text);
      expect(itq.sections![3]!.stem).not.toBe(itq.sections![1]!.stem);
    });

    it('the schema keeps the mark', () => {
      expect(InstrumentSchema.parse(itq).sections!.map((s) => s.by)).toEqual(['library', 'library', 'library', 'library']);
    });
  });

  it("instructions are the library's, since the reference has none verbatim", () => {
    expect(ref.instructions).toBeNull();
    expect(itq.instructions?.by).toBe('library');
  });

  it('cluster scales hold exactly the items the reference maps to them', () => {
    for (const code of ['Re', 'Av', 'Th', 'AD', 'NSC', 'DR']) {
      const expected = ref.items.filter((r: { subscale: string }) => r.subscale === code).map((r: { n: number }) => String(r.n));
      expect(itq.scales.find((s) => s.id === code)!.items, code).toEqual(expected);
    }
    const byPrefix = (p: string, sub: string[]) =>
      ref.items.filter((r: { code: string; subscale: string }) => r.code.startsWith(p) && sub.includes(r.subscale)).map((r: { n: number }) => String(r.n));
    expect(itq.scales.find((s) => s.id === 'PTSD')!.items).toEqual(byPrefix('P', ['Re', 'Av', 'Th']));
    expect(itq.scales.find((s) => s.id === 'DSO')!.items).toEqual(byPrefix('C', ['AD', 'NSC', 'DR']));
    expect(ref.scoring.severityBands).toBeNull();
  });

  it("the criteria groups are the reference's clusters and impairment items, endorsed at 2", () => {
    const groupsOf = (subs: string[]) =>
      subs.map((sub) => ({
        type: 'count',
        items: ref.items.filter((r: { subscale: string }) => r.subscale === sub).map((r: { n: number }) => String(r.n)),
        valueAtLeast: 2,
        countAtLeast: 1,
      }));
    expect(itq.rules!.find((r) => r.id === 'ptsd-criteria')!.when).toEqual({ type: 'all', of: groupsOf(['Re', 'Av', 'Th', 'PTSD_FI']) });
    expect(itq.rules!.find((r) => r.id === 'dso-criteria')!.when).toEqual({ type: 'all', of: groupsOf(['AD', 'NSC', 'DR', 'DSO_FI']) });
    expect(ref.scoring.cutoffs).toEqual([{ name: 'symptom present', rule: 'item >= 2' }]);
  });

  it('citation and licence status', () => {
    expect(itq.citation).toBe(ref.citation);
    expect(itq.licence.status).toBe('public-domain');
    expect(ref.licence.note).toContain('The ITQ is freely available in the public domain to all interested parties.');
    expect(itq.licence.note).toContain('"The ITQ is freely available in the public domain to all interested parties."');
  });
});
