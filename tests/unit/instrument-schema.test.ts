import { describe, expect, it } from 'vitest';
import { AttuneError, InstrumentSchema, instruments, parseDefinition, score, type InstrumentDefinition } from '../../src/core.js';
import { customInstrument } from './fixtures.js';

/** The problems a definition has, as a practice would read them in the widget or in attune-error. */
function problems(mutate: (def: InstrumentDefinition) => void): string[] {
  const def = customInstrument();
  mutate(def);
  try {
    parseDefinition(def);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(AttuneError);
    expect((e as AttuneError).code).toBe('invalid-definition');
    return (e as AttuneError).problems.map((p) => `${p.path}: ${p.message}`);
  }
}

describe('instrument definition schema', () => {
  it.each(Object.keys(instruments))('built-in %s passes the schema a practice JSON must pass', (id) => {
    const parsed = InstrumentSchema.safeParse(instruments[id]);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('a practice definition passes and scores, reverse keying included', () => {
    const def = parseDefinition(customInstrument());
    // sleep 2 + calm reversed (0 + 2 - 0 = 2) + alone 1 = 5
    const r = score(def, { sleep: 2, calm: 0, alone: 1 });
    expect(r).toMatchObject({ status: 'complete', scales: { total: 5 }, rules: { 'follow-up': true }, bands: { level: 'high' } });
    expect(score(def, { sleep: 0, calm: 2, alone: 0 }).bands).toEqual({ level: 'low' });
  });

  it('names the path and what was expected', () => {
    expect(
      problems((d) => {
        d.items[2]!.options = [{ value: 0, label: 'Never' }];
      }),
    ).toEqual(['items[2].options: at least 2 options']);
    expect(
      problems((d) => {
        (d as { title: unknown }).title = 3;
      }),
    ).toEqual(['title: expected string']);
    expect(
      problems((d) => {
        (d.items[0] as { txt?: string }).txt = 'x';
      }),
    ).toEqual(['items[0]: unknown key "txt"']);
    expect(
      problems((d) => {
        d.items[1]!.text = '   ';
      }),
    ).toEqual(['items[1].text: text must not be empty']);
    expect(
      problems((d) => {
        d.items[0]!.id = 'two words';
      }),
    ).toEqual(['items[0].id: letters, digits, "-", "_" or "." (no spaces)', 'scales[0].items[0]: no item with id "sleep"']);
    expect(
      problems((d) => {
        d.scales[0]!.method = 'median' as 'sum';
      }),
    ).toEqual(['scales[0].method: expected one of "sum", "mean"']);
  });

  it('checks that every reference points at something that exists', () => {
    expect(
      problems((d) => {
        d.items[1]!.id = 'sleep';
      }),
    ).toContain('items[1].id: duplicate id "sleep"');
    expect(
      problems((d) => {
        d.scales[0]!.items.push('mood');
      }),
    ).toEqual(['scales[0].items[3]: no item with id "mood"']);
    expect(
      problems((d) => {
        d.rules![0]!.when = { type: 'scale', scale: 'sum', atLeast: 3 };
      }),
    ).toEqual(['rules[0].when.scale: no scale with id "sum"']);
    expect(
      problems((d) => {
        d.rules![0]!.when = { type: 'scale', scale: 'total', atLeast: { setting: 'cut' } };
      }),
    ).toEqual(['rules[0].when.atLeast.setting: no setting with id "cut"']);
    expect(
      problems((d) => {
        d.rules![0]!.when = { type: 'rule', rule: 'follow-up' };
      }),
    ).toEqual(['rules[0].when.rule: no earlier rule with id "follow-up"']);
    expect(
      problems((d) => {
        d.rules![0]!.when = { type: 'count', items: ['sleep'], valueAtLeast: 1, countAtLeast: 2 };
      }),
    ).toEqual(['rules[0].when.countAtLeast: cannot exceed the number of items (1)']);
    expect(
      problems((d) => {
        d.safety = [{ item: 'mood', valueAtLeast: 1, flag: 'x' }];
      }),
    ).toEqual(['safety[0].item: no item with id "mood"']);
  });

  it('checks bands cover every score, settings contain their default, gates and sections fit', () => {
    expect(
      problems((d) => {
        d.bands![0]!.ranges[1]!.from = 4;
      }),
    ).toEqual(['bands[0].ranges: score 3 of scale "total" falls in no range']);
    expect(
      problems((d) => {
        d.bands![0]!.ranges[1]!.from = 2;
      }),
    ).toEqual(['bands[0].ranges[1].from: ranges must not overlap and must go upwards']);
    expect(
      problems((d) => {
        d.settings![0]!.default = 7;
      }),
    ).toEqual(['settings[0].default: must be between 3 and 6']);
    expect(
      problems((d) => {
        d.gates = [{ item: 'sleep', closeOn: [5], skips: ['calm'], skippedValue: 0 }];
      }),
    ).toEqual([`gates[0].closeOn[0]: 5 is not one of item "sleep"'s option values`]);
    expect(
      problems((d) => {
        d.sections = [{ id: 's', items: ['calm', 'sleep', 'alone'] }];
      }),
    ).toEqual(['sections: sections must list every item exactly once, in the order of items']);
    expect(
      problems((d) => {
        d.items[0]!.options = [{ value: 1 }, { value: 1 }];
      }),
    ).toEqual(['items[0].options: option values must be different from each other']);
  });

  it('a section says who wrote its lead and stem: the author when left out, or the library', () => {
    const sectioned = (by?: string) => ({ ...customInstrument(), sections: [{ id: 's', stem: 'Over the past week:', items: ['sleep', 'calm', 'alone'], ...(by ? { by } : {}) }] });
    expect(parseDefinition(sectioned('library')).sections![0]!.by).toBe('library');
    expect(parseDefinition(sectioned('author')).sections![0]!.by).toBe('author');
    expect(parseDefinition(sectioned()).sections![0]!.by).toBeUndefined();
    expect(
      problems((d) => {
        d.sections = sectioned('machine').sections as never;
      }),
    ).toEqual(['sections[0].by: expected one of "author", "library"']);
  });

  it('reports every problem at once, not just the first', () => {
    const found = problems((d) => {
      d.items[0]!.options = [];
      d.minutes = 0;
    });
    expect(found).toEqual(['minutes: at least 1', 'items[0].options: at least 2 options']);
  });

  it('refuses things that are not definitions at all', () => {
    for (const junk of [null, 42, 'pcl-5', [], { id: 'x' }]) expect(() => parseDefinition(junk)).toThrowError(AttuneError);
  });

  it('score() refuses an unknown instrument id, listing the known ones', () => {
    expect(() => score('pcl-6', {})).toThrowError(/no built-in instrument "pcl-6". Known: .*pcl-5.*pc-ptsd-5/);
  });
});
