// A practice that holds a licensed translation of a built-in instrument (a Spanish PCL-5 or ITQ)
// supplies it as a text pack with a `language`: checked against the structure like the IES-R's wording,
// used only when the page's locale asks for that language, and never changing a score.
import { describe, expect, it } from 'vitest';
import { applyTextPack, applyTextPacks, describeProblem, getInstrument, isAttuneError, parseDefinition, score, type InstrumentDefinition } from '../../src/core.js';
import { localizeDefinition } from '../../src/model/localize-definition.js';
import { practiceTextPack, spanishPcl5Pack } from './fixtures.js';

const pcl5 = getInstrument('pcl-5') as InstrumentDefinition;
const problems = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isAttuneError(e)) return { code: e.code, message: e.message, problems: e.problems.map(describeProblem) };
    throw e;
  }
  throw new Error('expected an AttuneError');
};

describe('a translation text pack', () => {
  it("becomes the definition's translation for its language; the questions are the practice's, the scores the same", () => {
    const def = applyTextPack(pcl5, spanishPcl5Pack());
    expect(() => parseDefinition(def)).not.toThrow();
    const es = localizeDefinition(def, 'es-MX');
    expect(es.language).toBe('es');
    expect(es.definition.items[0]!.text).toBe('Texto de prueba del ítem 1.');
    expect(es.definition.items[19]!.options.map((o) => o.label)).toEqual(['Etiqueta 0', 'Etiqueta 1', 'Etiqueta 2', 'Etiqueta 3', 'Etiqueta 4']);
    expect(es.definition.instructions?.text).toBe('Instrucciones de prueba de la práctica.');
    expect(es.definition.sections?.[0]?.stem).toBe('Enunciado de prueba:');
    expect(es.definition.title).toBe('Lista de verificación de prueba');
    expect(es.translation?.source).toContain('permission on file');
    const answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), i % 5]));
    expect(score(es.definition, answers)).toEqual(score(pcl5, answers));
  });

  it('leaves the English wording for every other locale', () => {
    const def = applyTextPack(pcl5, spanishPcl5Pack());
    expect(localizeDefinition(def, 'en').definition.items[0]!.text).toBe(pcl5.items[0]!.text);
    expect(localizeDefinition(def, 'fr').definition.items[0]!.text).toBe(pcl5.items[0]!.text);
  });

  it('strings the pack does not give (description, time frame, result sentences) stay in English, marked so', () => {
    const { title: _title, ...withoutTitle } = spanishPcl5Pack();
    const es = localizeDefinition(applyTextPack(pcl5, withoutTitle), 'es');
    expect(es.definition.title).toBe(pcl5.title);
    for (const key of ['title', 'description', 'timeframe', 'rules.above-cutoff'] as const) expect(es.languageOf(key), key).toBe('en');
    for (const key of ['items.1', 'instructions', 'sections.symptoms'] as const) expect(es.languageOf(key), key).toBe('es');
  });

  it('is refused, every problem named, when a question, an answer label, the instructions or the stem is missing', () => {
    const pack = spanishPcl5Pack() as { items: Record<string, string>; options: Record<string, string>; instructions?: string; stem?: string };
    delete pack.items['7'];
    delete pack.options['2'];
    delete pack.instructions;
    delete pack.stem;
    const found = problems(() => applyTextPack(pcl5, pack));
    expect(found.code).toBe('invalid-text-pack');
    expect(found.problems).toContain('items.7: missing');
  });

  it('with every item present, a missing answer label, the instructions and the stem are each named', () => {
    const pack = spanishPcl5Pack() as { options: Record<string, string>; instructions?: string; stem?: string };
    delete pack.options['2'];
    delete pack.instructions;
    delete pack.stem;
    const found = problems(() => applyTextPack(pcl5, pack)).problems;
    expect(found).toContain('items.1.options: missing the label of option 2');
    expect(found).toContain('instructions: missing the instructions');
    expect(found).toContain('sections: missing section "symptoms"');
  });

  it('never replaces wording the library ships in the same language: a PCL-5 pack without a language is refused', () => {
    const { language: _l, ...english } = spanishPcl5Pack();
    const found = problems(() => applyTextPack(pcl5, english));
    expect(found.message).toContain('ships with this library and is not replaced');
    expect(found.problems[0]).toContain('language');
    expect(problems(() => applyTextPack(pcl5, { ...spanishPcl5Pack(), language: 'en-GB' })).message).toContain('is not replaced');
  });

  it('an item whose answers differ from the rest gives them with it (the PHQ-9 difficulty question)', () => {
    const phq = getInstrument('phq-9') as InstrumentDefinition;
    const options = { 0: 'Ninguno', 1: 'Algunos', 2: 'Más de la mitad', 3: 'Casi todos' };
    const pack = {
      instrument: 'phq-9',
      language: 'pt',
      permission: 'Test Practice, 2026',
      instructions: 'Instruções de teste.',
      stem: 'Enunciado de teste:',
      items: {
        ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), `Item ${i + 1} (teste).`])),
        difficulty: { text: 'Dificuldade (teste)?', options: { 0: 'D0', 1: 'D1', 2: 'D2', 3: 'D3' } },
      },
      options,
    };
    const pt = localizeDefinition(applyTextPack(phq, pack), 'pt-BR').definition;
    expect(pt.items.find((i) => i.id === 'difficulty')!.options.map((o) => o.label)).toEqual(['D0', 'D1', 'D2', 'D3']);
    expect(pt.items[0]!.options.map((o) => o.label)).toEqual(Object.values(options));
    expect(pt.safety).toEqual(phq.safety);
  });

  it("a practice's pack for a language the library ships wins over the library's translation", () => {
    const phq = getInstrument('phq-9') as InstrumentDefinition;
    const pack = {
      instrument: 'phq-9',
      language: 'es-US',
      permission: 'Test Practice, 2026',
      instructions: 'Instrucciones de la práctica.',
      stem: 'Enunciado de la práctica:',
      items: {
        ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), `Ítem ${i + 1} de la práctica.`])),
        difficulty: { text: 'Dificultad de la práctica', options: { 0: 'a', 1: 'b', 2: 'c', 3: 'd' } },
      },
      options: { 0: 'a', 1: 'b', 2: 'c', 3: 'd' },
    };
    expect(localizeDefinition(applyTextPack(phq, pack), 'es').definition.items[0]!.text).toBe('Ítem 1 de la práctica.');
    // whatever regional tag either carries
    const mx = applyTextPack(phq, { ...pack, language: 'es-MX' });
    expect(Object.keys(mx.translations!)).toEqual(['es-MX']);
    for (const locale of ['es', 'es-US', 'es-MX']) expect(localizeDefinition(mx, locale).definition.items[0]!.text, locale).toBe('Ítem 1 de la práctica.');
  });

  it('the IES-R: its wording in English and a translation together; a translation alone is refused with what is missing', () => {
    const ies = getInstrument('ies-r') as InstrumentDefinition;
    const english = practiceTextPack();
    const spanish = {
      ...practiceTextPack(),
      language: 'es',
      instructions: 'Instrucciones.',
      items: Object.fromEntries(Object.keys(english.items as object).map((id) => [id, `Ítem ${id}.`])),
      options: { 0: 'E0', 1: 'E1', 2: 'E2', 3: 'E3', 4: 'E4' },
    };
    const def = applyTextPacks(ies, [english, spanish]);
    expect(localizeDefinition(def, 'es').definition.items[0]!.text).toBe('Ítem 1.');
    expect(localizeDefinition(def, 'en').definition.items[0]!.text).toBe('Practice-supplied wording of item 1.');
    expect(problems(() => applyTextPacks(ies, [spanish])).message).toContain('needs its wording in en before any translation');
  });

  it('two packs for one language are refused, each problem named by pack', () => {
    const found = problems(() => applyTextPacks(pcl5, [spanishPcl5Pack(), { ...spanishPcl5Pack(), language: 'es-MX', items: {} }]));
    expect(found.problems).toContain('[1].language: a second pack for "es": give one pack per language');
    expect(found.problems).toContain('[1].items.1: missing');
  });
});
