// The published translations shipped with the built-in instruments (src/instruments/<id>.<lang>.ts),
// held to the instrument reference (tests/reference/<ref>.<lang>.json) word for word, and to their
// English definition: a translation changes words only, never an id, a value, a code, a score or a rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument, parseDefinition, score, type InstrumentDefinition } from '../../src/core.js';
import { localizeDefinition } from '../../src/model/localize-definition.js';
import { wordingKeys, type InstrumentTranslation } from '../../src/model/translation.js';
import { translationLoaders } from '../../src/instruments/translations.js';
import { phq9 } from '../../src/instruments/phq-9.js';
import { gad7 } from '../../src/instruments/gad-7.js';
import { phq9Es } from '../../src/instruments/phq-9.es.js';
import { gad7Es } from '../../src/instruments/gad-7.es.js';

const reference = (file: string) => JSON.parse(readFileSync(new URL(`../reference/${file}`, import.meta.url), 'utf8'));

// every shipped translation, with its English definition and its reference file
const shipped: { key: string; english: InstrumentDefinition; t: InstrumentTranslation; ref: ReturnType<typeof reference> }[] = [
  { key: 'phq-9.es', english: phq9, t: phq9Es, ref: reference('phq9.es.json') },
  { key: 'gad-7.es', english: gad7, t: gad7Es, ref: reference('gad7.es.json') },
];

/** Every string the reference records as read. */
function sourcedStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) sourcedStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) sourcedStrings(v, out);
  return out;
}

/** The definition with every word taken out: what a translation must leave exactly as it is. */
function structure(def: InstrumentDefinition) {
  return {
    id: def.id,
    version: def.version,
    code: def.code,
    items: def.items.map((i) => ({
      id: i.id,
      code: i.code,
      optional: i.optional,
      reverse: i.reverse,
      options: i.options.map((o) => ({ value: o.value, code: o.code, labelled: o.label !== undefined })),
    })),
    sections: def.sections?.map((s) => ({ id: s.id, items: s.items, by: s.by })),
    scales: def.scales,
    bands: def.bands,
    rules: def.rules?.map((r) => ({ id: r.id, label: r.label, when: r.when })),
    gates: def.gates,
    settings: def.settings,
    safety: def.safety,
  };
}

describe('the shipped translations', () => {
  it('are the registry, one per instrument and language, each for the instrument its key names', async () => {
    expect(Object.keys(translationLoaders)).toEqual(shipped.map((s) => s.key));
    for (const { key, t, english } of shipped) {
      expect(await translationLoaders[key as keyof typeof translationLoaders]()).toBe(t);
      expect(`${t.instrument}.${t.language.split('-')[0]}`).toBe(key);
      expect(t.instrument).toBe(english.id);
    }
  });

  describe.each(shipped)('$key', ({ english, t, ref }) => {
    const def = getInstrument(english.id)!;
    const { definition: localized, language } = localizeDefinition(def, 'es');

    it("fits its English definition: the schema passes, and the language is the reference's", () => {
      expect(() => parseDefinition(def)).not.toThrow();
      expect(def.translations?.[t.language]).toBe(t.translation);
      expect(language).toBe(ref.language);
    });

    it('changes words only: the same items, options, values, codes, scales, bands, rules and safety rule as the English', () => {
      expect(structure(localized)).toEqual(structure(english));
    });

    it('scores every answer pattern exactly as the English form', () => {
      const scored = english.items.filter((i) => !i.optional);
      for (let v = 0; v <= 3; v++) {
        const answers = Object.fromEntries(scored.map((i, n) => [i.id, (v + n) % 4]));
        expect(score(localized, answers)).toEqual(score(english, answers));
        expect(score(english.id, answers)).toEqual(score(english, answers));
      }
    });

    it("every item and response label is the reference's, word for word, by item number and value (LOINC answer codes agree)", () => {
      for (const r of ref.items) {
        const item = localized.items.find((i) => i.id === String(r.n))!;
        expect(item.text, `item ${r.n}`).toBe(r.text);
        expect(item.code).toBe(r.loinc);
        expect(english.items.find((i) => i.id === String(r.n))!.text).toBe(r.englishText);
        expect(item.options.map((o) => ({ value: o.value, label: o.label, loinc: o.code }))).toEqual(ref.responseOptions);
      }
      expect(localized.instructions).toEqual({ text: ref.instructions.text, by: 'author' });
      expect(localized.sections?.[0]?.stem).toBe(ref.instructions.text);
    });

    it('every string it gives is from the reference, whole, except those it says the library wrote', () => {
      const sourced = sourcedStrings(ref);
      const written = new Set(Object.keys(t.translation.writtenBy ?? {}));
      const given: [string, string][] = [];
      for (const key of wordingKeys(english)) {
        if (written.has(key) || t.translation.untranslated?.includes(key)) continue;
        const [kind, id] = [key.split('.')[0]!, key.slice(key.indexOf('.') + 1)];
        if (kind === 'items') {
          const entry = t.translation.items[id]!;
          given.push([key, entry.text], ...Object.values(entry.options ?? {}).map((l): [string, string] => [key, l]));
        } else if (kind === 'sections')
          given.push(
            ...Object.values(t.translation.sections?.[id] ?? {})
              .flat()
              .map((s): [string, string] => [key, s]),
          );
        else given.push([key, t.translation[kind as 'title']!]);
      }
      expect(given.length).toBeGreaterThan(english.items.length);
      for (const [key, text] of given) expect(sourced.has(text), `${key}: ${text}`).toBe(true);
      // what the library wrote is the description, time frame and result sentences only: never a question
      for (const key of written) expect(key).toMatch(/^(description|timeframe|rules\..+)$/);
    });

    it('records its source, version and wording status', () => {
      expect(t.translation.source).toContain('Pfizer');
      expect(t.translation.source).toContain('Spanish for USA');
      expect(t.translation.version).toBe('Spanish for USA');
      expect(t.translation.wordingStatus).toBeTypeOf('string');
      expect(ref.variant).toContain('Spanish for USA');
    });
  });
});

describe('PHQ-9 in Spanish', () => {
  const ref = reference('phq9.es.json');
  const { definition } = localizeDefinition(getInstrument('phq-9')!, 'es-US');

  it("the difficulty question, its answers, the title and the attribution are the form's, and nothing is left in English", () => {
    const difficulty = definition.items.find((i) => i.id === 'difficulty')!;
    expect(difficulty.text).toBe(ref.extraUnscoredItem.text);
    expect(difficulty.options.map((o) => ({ value: o.value, label: o.label, loinc: o.code }))).toEqual(ref.extraUnscoredItem.responseOptions);
    expect(definition.title).toBe(ref.title.text);
    expect(definition.attribution).toBe(ref.attribution.text);
    expect(phq9Es.translation.untranslated).toBeUndefined();
  });

  it('item 9 still raises the self-harm flag above "Ningún día"', () => {
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), 0]));
    expect(score(definition, { ...answers, '9': 1 }).flags).toEqual(['self-harm']);
    expect(score(definition, answers).flags).toEqual([]);
  });
});

describe('GAD-7 in Spanish', () => {
  const ref = reference('gad7.es.json');
  const localized = localizeDefinition(getInstrument('gad-7')!, 'es');

  it('leaves in English exactly what the reference has no Spanish for (title, difficulty question, footer), each marked as English', () => {
    expect(ref.title.text).toBeNull();
    expect(ref.difficultyQuestion.text).toBeNull();
    expect(ref.attribution.text).toBeNull();
    expect(gad7Es.translation.untranslated).toEqual(['title', 'attribution', 'items.difficulty']);
    expect(localized.definition.title).toBe(gad7.title);
    expect(localized.definition.attribution).toBe(gad7.attribution);
    expect(localized.definition.items.find((i) => i.id === 'difficulty')).toEqual(gad7.items.find((i) => i.id === 'difficulty'));
    for (const key of ['title', 'attribution', 'items.difficulty'] as const) expect(localized.languageOf(key)).toBe('en');
    for (const key of ['instructions', 'items.1', 'items.7', 'description', 'sections.symptoms'] as const) expect(localized.languageOf(key)).toBe('es-US');
  });

  it("does not borrow the PHQ-9 form's difficulty question or footer", () => {
    const phq = reference('phq9.es.json');
    expect(JSON.stringify(gad7Es)).not.toContain(phq.extraUnscoredItem.text);
    expect(JSON.stringify(gad7Es)).not.toContain(phq.attribution.text);
  });

  it("records the reference's wording status: many copies agree, the form itself was not read", () => {
    expect(gad7Es.translation.wordingStatus).toContain('Many independent copies agree word for word');
    expect(gad7Es.translation.wordingStatus).toContain('the form itself was not read');
  });
});
