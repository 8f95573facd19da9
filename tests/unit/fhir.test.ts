// FHIR R4 export: every built-in instrument's Questionnaire, and QuestionnaireResponses (complete and
// incomplete), pass a real validator (@medplum/core); LOINC codes are the reference's; the values a
// receiving EHR reads are the scores the library computes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AttuneError,
  applyTextPack,
  askedItemIds,
  instruments,
  parseDefinition,
  score,
  toQuestionnaire,
  toQuestionnaireResponse,
  type Answers,
  type InstrumentDefinition,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type QuestionnaireResponseItem,
} from '../../src/core.js';
import { customInstrument } from './fixtures.js';
import { validateFhir } from './fhir-validator.js';

const reference = (file: string) => JSON.parse(readFileSync(new URL(`../reference/${file}.json`, import.meta.url), 'utf8'));
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const LOINC = 'http://loinc.org';

const qItem = (q: Questionnaire, linkId: string): QuestionnaireItem | undefined => [...q.item, ...q.item.flatMap((i) => i.item ?? [])].find((i) => i.linkId === linkId);
const rItem = (r: QuestionnaireResponse, linkId: string): QuestionnaireResponseItem | undefined =>
  [...(r.item ?? []), ...(r.item ?? []).flatMap((i) => i.item ?? [])].find((i) => i.linkId === linkId);
const answerOf = (r: QuestionnaireResponse, linkId: string) => rItem(r, linkId)?.answer?.[0];

/** Answers every item a client would be asked, choosing the option at `pick` (0 = first shown). */
function answerAll(def: InstrumentDefinition, pick: (options: number) => number): Answers {
  const answers: Answers = {};
  // asked items depend on gate answers given so far, so answer in form order
  for (const item of def.items) {
    if (!askedItemIds(def, answers).includes(item.id)) continue;
    answers[item.id] = item.options[pick(item.options.length)]!.value;
  }
  return answers;
}

const completion = (def: InstrumentDefinition, answers: Answers) => ({ result: score(def.id, answers), answers, completedAt: '2025-03-01T09:30:00Z' });

describe('the validator is real', () => {
  it('rejects a Questionnaire item without a linkId, an empty group, a time without a zone, a fractional integer', () => {
    const q = toQuestionnaire(instruments['pcl-5']!);
    expect(() => validateFhir({ ...q, item: [{ ...q.item[0], linkId: undefined }, ...q.item.slice(1)] })).toThrow(/linkId/);
    expect(() => validateFhir({ ...q, item: [...q.item.slice(0, -1), { ...q.item.at(-1)!, item: undefined }] })).toThrow(/que-1/);
    const r = toQuestionnaireResponse(
      completion(
        instruments['pcl-5']!,
        answerAll(instruments['pcl-5']!, () => 1),
      ),
    );
    expect(() => validateFhir({ ...r, authored: '2025-03-01T09:30' })).toThrow(/dateTime/);
    expect(() => validateFhir({ ...r, item: [{ linkId: 'score/total', answer: [{ valueInteger: 1.5 }] }] })).toThrow(/integer/);
  });
});

// @medplum/core checks structure, types, cardinality and FHIRPath invariants, but not required code
// bindings, id and name patterns or linkId uniqueness (que-2): checked here, against the R4 spec text.
const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
];
function checkBindings(q: Questionnaire) {
  const all = (items: QuestionnaireItem[]): QuestionnaireItem[] => items.flatMap((i) => [i, ...all(i.item ?? [])]);
  const items = all(q.item);
  expect(new Set(items.map((i) => i.linkId)).size, 'linkIds unique').toBe(items.length);
  for (const i of items) expect(ITEM_TYPES, i.linkId).toContain(i.type);
  for (const i of items) for (const w of i.enableWhen ?? []) expect(items.map((x) => x.linkId)).toContain(w.question);
  expect(['draft', 'active', 'retired', 'unknown']).toContain(q.status);
  expect(q.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
  expect(q.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/);
}

describe.each(Object.values(instruments).map((def) => [def.id, def] as const))('%s', (_id, def) => {
  const q = toQuestionnaire(def);

  it('Questionnaire passes the FHIR R4 validator', () => {
    expect(() => validateFhir(q)).not.toThrow();
    checkBindings(q);
    expect(q.url).toBe(`https://attune-screeners.org/fhir/Questionnaire/${def.id}`);
    expect(q.version).toBe(def.version);
  });

  it('has every question, with its wording and every option as a scored Coding', () => {
    for (const item of def.items) {
      const exported = qItem(q, item.id)!;
      expect(exported.type).toBe('choice');
      expect(exported.text).toBe(item.text);
      expect(exported.required).toBe(!item.optional);
      expect(exported.answerOption!.map((o) => o.valueCoding.extension![0]!.valueDecimal)).toEqual(item.options.map((o) => o.value));
    }
    for (const scale of def.scales) expect(qItem(q, `score/${scale.id}`)!.readOnly).toBe(true);
  });

  it('complete response (highest options) passes the validator and carries every answer and score', () => {
    const answers = answerAll(def, (n) => n - 1);
    const c = completion(def, answers);
    const r = toQuestionnaireResponse(c);
    expect(() => validateFhir(r)).not.toThrow();
    expect(r.status).toBe(c.result.status === 'complete' ? 'completed' : 'in-progress');
    expect(r.status).toBe('completed');
    expect(r.questionnaire).toBe(`${q.url}|${def.version}`);
    expect(r.authored).toBe('2025-03-01T09:30:00Z');
    for (const [id, value] of Object.entries(answers)) expect(answerOf(r, id)!.valueCoding!.extension![0]!.valueDecimal).toBe(value);
    for (const scale of def.scales) {
      const a = answerOf(r, `score/${scale.id}`)!;
      expect(a.valueInteger ?? a.valueDecimal).toBe(c.result.scales[scale.id]);
    }
    for (const rule of def.rules ?? []) expect(answerOf(r, `rule/${rule.id}`)!.valueBoolean).toBe(c.result.rules[rule.id]);
  });

  it('incomplete response (first question only) passes the validator, in progress, with no unscored scale', () => {
    const first = def.items[0]!;
    const answers = { [first.id]: first.options[0]!.value };
    const c = completion(def, answers);
    const r = toQuestionnaireResponse(c);
    expect(() => validateFhir(r)).not.toThrow();
    expect(r.status).toBe(c.result.status === 'complete' ? 'completed' : 'in-progress');
    expect(rItem(r, first.id)).toBeDefined();
    for (const scale of def.scales) expect(rItem(r, `score/${scale.id}`) !== undefined).toBe(c.result.scales[scale.id] !== null);
  });
});

describe('LOINC codes, as in the instrument reference', () => {
  it('PCL-5: panel 101697-1 and total 101698-9; no item codes (none published)', () => {
    const ref = reference('pcl5');
    const q = toQuestionnaire(instruments['pcl-5']!);
    expect(q.code).toEqual([{ system: LOINC, code: ref.loinc.panel.code, display: ref.loinc.panel.display }]);
    expect(q.code![0]!.code).toBe('101697-1');
    expect(qItem(q, 'score/total')!.code).toEqual([{ system: LOINC, code: '101698-9', display: ref.loinc.total.display }]);
    expect(qItem(q, 'score/B')!.code).toBeUndefined();
    expect(qItem(q, '1')!.code).toBeUndefined();
  });

  for (const [id, file] of [
    ['phq-9', 'phq9'],
    ['gad-7', 'gad7'],
  ] as const) {
    it(`${id}: panel, every item, every answer and the total`, () => {
      const ref = reference(file);
      const def = instruments[id]!;
      const q = toQuestionnaire(def);
      expect(q.code![0]).toEqual({ system: LOINC, code: ref.loinc.panel.code, display: ref.loinc.panel.display });
      expect(qItem(q, 'score/total')!.code![0]!.code).toBe(ref.loinc.total.code);
      const scored = def.scales.find((s) => s.id === 'total')!.items;
      expect(scored.map((item) => qItem(q, item)!.code![0]!.code)).toEqual(ref.loinc.items);
      for (const item of scored) {
        expect(qItem(q, item)!.answerOption!.map((o) => o.valueCoding.system)).toEqual(ref.loinc.answers.map(() => LOINC));
        expect(qItem(q, item)!.answerOption!.map((o) => o.valueCoding.code)).toEqual(ref.loinc.answers);
      }
    });
  }

  it('gad-7: the difficulty question is exported optional, with no LOINC code (none was read), and answered outside the total', () => {
    const def = instruments['gad-7']!;
    const q = toQuestionnaire(def);
    const d = qItem(q, 'difficulty')!;
    expect(d.text).toBe(reference('gad7').extraUnscoredItem.text);
    expect(d.required).toBe(false);
    expect(d.code).toBeUndefined();
    expect(d.answerOption!.map((o) => o.valueCoding)).toMatchObject(
      ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'].map((display, n) => ({
        system: 'https://attune-screeners.org/fhir/CodeSystem/gad-7-answers',
        code: String(n),
        display,
      })),
    );
    const answers: Answers = { ...Object.fromEntries(ids(1, 7).map((id) => [id, 3])), difficulty: 3 };
    const r = toQuestionnaireResponse({ result: score('gad-7', answers), answers });
    expect(() => validateFhir(r)).not.toThrow();
    expect(answerOf(r, 'difficulty')!.valueCoding).toMatchObject({ code: '3', display: 'Extremely difficult' });
    expect(answerOf(r, 'score/total')).toEqual({ valueInteger: 21 });
  });

  it('the panels are 44249-1 (PHQ-9) and 69737-5 (GAD-7); instruments without LOINC codes have none', () => {
    expect(toQuestionnaire(instruments['phq-9']!).code![0]!.code).toBe('44249-1');
    expect(toQuestionnaire(instruments['gad-7']!).code![0]!.code).toBe('69737-5');
    for (const id of ['pc-ptsd-5', 'itq', 'ecr-rs']) expect(toQuestionnaire(instruments[id]!).code, id).toBeUndefined();
  });
});

describe('what an EHR receives', () => {
  it('PHQ-9 with every item "More than half the days": LOINC answers, total 18, moderately severe, above cutoff, self-harm flag', () => {
    const answers: Answers = { ...Object.fromEntries(ids(1, 9).map((id) => [id, 2])), difficulty: 1 };
    const r = toQuestionnaireResponse({ result: score('phq-9', answers), answers, completedAt: new Date('2025-03-01T09:30:00Z') });
    expect(answerOf(r, '9')!.valueCoding).toMatchObject({ system: LOINC, code: 'LA6570-1', display: 'More than half the days' });
    expect(answerOf(r, 'difficulty')!.valueCoding).toMatchObject({ system: LOINC, code: 'LA6573-5', display: 'Somewhat difficult' });
    expect(answerOf(r, 'score/total')).toEqual({ valueInteger: 18 });
    expect(answerOf(r, 'band/severity')).toEqual({ valueString: 'moderately-severe' });
    expect(answerOf(r, 'rule/above-cutoff')).toEqual({ valueBoolean: true });
    expect(answerOf(r, 'flag/self-harm')).toEqual({ valueBoolean: true });
    expect(r.authored).toBe('2025-03-01T09:30:00.000Z');
  });

  it('PHQ-9 with only item 9 answered: in progress, the flag raised, no total', () => {
    const answers = { '9': 1 };
    const r = toQuestionnaireResponse({ result: score('phq-9', answers), answers });
    expect(() => validateFhir(r)).not.toThrow();
    expect(r.status).toBe('in-progress');
    expect(answerOf(r, 'flag/self-harm')).toEqual({ valueBoolean: true });
    expect(rItem(r, 'score/total')).toBeUndefined();
    expect(r.authored).toBeUndefined();
  });

  it('PCL-5 all "Moderately": total 40, provisional PTSD, above the cutoff 33 used; the rule text says provisional', () => {
    const answers = Object.fromEntries(ids(1, 20).map((id) => [id, 2]));
    const r = toQuestionnaireResponse({ result: score('pcl-5', answers), answers });
    expect(answerOf(r, 'score/total')).toEqual({ valueInteger: 40 });
    expect(answerOf(r, 'score/D')).toEqual({ valueInteger: 14 });
    expect(answerOf(r, 'rule/provisional-ptsd')).toEqual({ valueBoolean: true });
    expect(answerOf(r, 'setting/cutoff')).toEqual({ valueInteger: 33 });
    expect(answerOf(r, '17')!.valueCoding).toMatchObject({ code: '2', display: 'Moderately', system: 'https://attune-screeners.org/fhir/CodeSystem/pcl-5-answers' });
    expect(qItem(toQuestionnaire(instruments['pcl-5']!), 'rule/provisional-ptsd')!.text).toMatch(/provisional screening result, not a diagnosis/);
  });

  it('PC-PTSD-5 "NO" at the gate: items 1-5 enabled only when exposure is not NO, absent from the response; total 0', () => {
    const q = toQuestionnaire(instruments['pc-ptsd-5']!);
    expect(qItem(q, '3')!.enableWhen).toEqual([
      { question: 'exposure', operator: '!=', answerCoding: { system: 'https://attune-screeners.org/fhir/CodeSystem/pc-ptsd-5-answers', code: '0', display: 'NO' } },
    ]);
    // an answer given before the gate closed is not part of the response
    const answers = { exposure: 0, '1': 1 };
    const r = toQuestionnaireResponse({ result: score('pc-ptsd-5', answers), answers });
    expect(() => validateFhir(r)).not.toThrow();
    expect(r.status).toBe('completed');
    expect(rItem(r, '1')).toBeUndefined();
    expect(answerOf(r, 'score/total')).toEqual({ valueInteger: 0 });
    expect(answerOf(r, 'rule/positive')).toEqual({ valueBoolean: false });
  });

  it('ECR-RS: the two means as decimals; the unlabelled middle points named by their number', () => {
    const answers = { ...Object.fromEntries(ids(1, 6).map((id) => [id, 4])), '7': 6, '8': 7, '9': 6 };
    const r = toQuestionnaireResponse({ result: score('ecr-rs', answers), answers });
    expect(answerOf(r, 'score/avoidance')).toEqual({ valueDecimal: 4 });
    expect(answerOf(r, 'score/anxiety')!.valueDecimal).toBeCloseTo(19 / 3, 10);
    expect(answerOf(r, '1')!.valueCoding).toMatchObject({ code: '4', display: '4' });
    expect(answerOf(r, '8')!.valueCoding).toMatchObject({ code: '7', display: 'strongly agree' });
  });

  it('a subject, identifier and id are passed through', () => {
    const answers = answerAll(instruments['gad-7']!, () => 0);
    const r = toQuestionnaireResponse(completion(instruments['gad-7']!, answers), {
      subject: { reference: 'Patient/123' },
      identifier: { system: 'https://clinic.example.org/submissions', value: 'k-42' },
      id: 'qr-42',
    });
    expect(() => validateFhir(r)).not.toThrow();
    expect(r).toMatchObject({ id: 'qr-42', subject: { reference: 'Patient/123' }, identifier: { value: 'k-42' } });
  });
});

describe("a practice's own instrument", () => {
  it("gets URLs under the practice's canonical base, no LOINC codes, and validates", () => {
    const def = customInstrument();
    const base = 'https://forms.example-practice.org/fhir/';
    const q = toQuestionnaire(def, { canonicalBase: base });
    expect(() => validateFhir(q)).not.toThrow();
    expect(q.url).toBe('https://forms.example-practice.org/fhir/Questionnaire/practice-checkin');
    expect(q.code).toBeUndefined();
    const answers = { sleep: 2, calm: 0, alone: 1 };
    const r = toQuestionnaireResponse({ result: score(def, answers), answers }, { definition: def, canonicalBase: base });
    expect(() => validateFhir(r)).not.toThrow();
    expect(answerOf(r, 'score/total')).toEqual({ valueInteger: 5 });
    expect(answerOf(r, 'band/level')).toEqual({ valueString: 'high' });
    expect(answerOf(r, 'setting/cutoff')).toEqual({ valueInteger: 4 });
  });

  it("a definition reusing a built-in id with other items does not get that instrument's LOINC codes", () => {
    const def = { ...customInstrument(), id: 'phq-9' };
    expect(toQuestionnaire(def).code).toBeUndefined();
  });

  it('carries the LOINC codes its definition gives, for the instrument and its scores, and validates', () => {
    const own = customInstrument();
    const def = parseDefinition({
      ...own,
      code: { code: '99999-9', display: 'Practice check-in panel' },
      scales: own.scales.map((s) => ({ ...s, code: { code: '99998-1', display: `Practice check-in ${s.id}` } })),
    });
    const q = toQuestionnaire(def);
    expect(() => validateFhir(q)).not.toThrow();
    expect(q.code).toEqual([{ system: LOINC, code: '99999-9', display: 'Practice check-in panel' }]);
    expect(qItem(q, 'score/total')!.code).toEqual([{ system: LOINC, code: '99998-1', display: 'Practice check-in total' }]);
  });

  it('a code without its display is refused by the schema, by path', () => {
    expect(() => parseDefinition({ ...customInstrument(), code: { code: '99999-9' } })).toThrow(
      expect.objectContaining({ code: 'invalid-definition', problems: expect.arrayContaining([expect.objectContaining({ path: 'code.display' })]) }),
    );
  });
});

describe('an instrument whose wording cannot ship (IES-R)', () => {
  const pack = {
    instrument: 'ies-r',
    permission: 'Test wording, not the published items',
    items: Object.fromEntries(ids(1, 22).map((id) => [id, `Test item ${id}`])),
    options: { '0': 'Zero', '4': 'Four' },
  };
  it('without a text pack: questions with no wording, answers by number; valid', () => {
    const answers = Object.fromEntries(ids(1, 22).map((id) => [id, 2]));
    const r = toQuestionnaireResponse({ result: score('ies-r', answers), answers });
    expect(() => validateFhir(r)).not.toThrow();
    expect(rItem(r, '1')!.text).toBeUndefined();
    expect(answerOf(r, 'score/total')).toEqual({ valueInteger: 44 });
  });
  it("with the practice's text pack: the wording and labels travel in both resources", () => {
    const answers = Object.fromEntries(ids(1, 22).map((id) => [id, 4]));
    const withText = applyTextPack(instruments['ies-r']!, pack);
    const q = toQuestionnaire(withText);
    expect(() => validateFhir(q)).not.toThrow();
    expect(qItem(q, '5')!.text).toBe('Test item 5');
    const r = toQuestionnaireResponse({ result: score('ies-r', answers), answers }, { textPack: pack });
    expect(() => validateFhir(r)).not.toThrow();
    expect(rItem(r, '5')!.text).toBe('Test item 5');
    expect(answerOf(r, '5')!.valueCoding).toMatchObject({ code: '4', display: 'Four' });
    expect(() => toQuestionnaireResponse({ result: score('ies-r', answers), answers }, { textPack: { ...pack, instrument: 'pcl-5' } })).toThrow(/text pack/);
  });
});

describe('refuses a result that is not what its answers score', () => {
  const answers = Object.fromEntries(ids(1, 20).map((id) => [id, 1]));
  const result = score('pcl-5', answers);
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return (e as AttuneError).code + ': ' + (e as Error).message;
    }
    return 'no error';
  };

  it('a changed score', () => {
    expect(codeOf(() => toQuestionnaireResponse({ result: { ...result, scales: { ...result.scales, total: 60 } }, answers }))).toMatch(/^invalid-result: .*\nscales: expected/);
  });
  it('a cleared safety flag', () => {
    const phq = { '9': 3 };
    const r = score('phq-9', phq);
    expect(codeOf(() => toQuestionnaireResponse({ result: { ...r, flags: [] }, answers: phq }))).toMatch(/^invalid-result: .*\nflags:/);
  });
  it('another version of the definition', () => {
    expect(codeOf(() => toQuestionnaireResponse({ result: { ...result, instrument: { id: 'pcl-5', version: '0.9.0' } }, answers }))).toMatch(/^invalid-result: .*pcl-5 0\.9\.0/);
  });
  it('an answer that is not one of the options, an unknown instrument, a malformed completion, a date without a zone', () => {
    expect(codeOf(() => toQuestionnaireResponse({ result, answers: { ...answers, '1': 9 } }))).toMatch(/^invalid-answers/);
    expect(codeOf(() => toQuestionnaireResponse({ result: { ...result, instrument: { id: 'pcl-6', version: '1.0.0' } }, answers }))).toMatch(/^unknown-instrument/);
    expect(codeOf(() => toQuestionnaireResponse({ result } as never))).toMatch(/^invalid-result/);
    expect(codeOf(() => toQuestionnaireResponse({ result, answers, completedAt: '2025-03-01T09:30' }))).toMatch(/^invalid-result: completedAt/);
  });
});

describe('a response answered in Spanish', () => {
  const phq = instruments['phq-9']!;
  const answers = answerAll(phq, () => 1);
  const es = { result: { ...score('phq-9', answers), language: 'es-US' }, answers, completedAt: '2025-03-01T09:30:00Z' };
  const ref = reference('phq9.es');

  it("says its language, and carries each question as the client read it; codes, values and scores are the English form's", () => {
    const r = toQuestionnaireResponse(es);
    const en = toQuestionnaireResponse({ ...es, result: score('phq-9', answers) });
    expect(() => validateFhir(r)).not.toThrow();
    expect(r.language).toBe('es-US');
    expect(en.language).toBeUndefined();
    for (const item of ref.items) expect(rItem(r, String(item.n))?.text).toBe(item.text);
    expect(rItem(r, 'difficulty')?.text).toBe(ref.extraUnscoredItem.text);
    expect(rItem(en, '1')?.text).toBe('Little interest or pleasure in doing things');
    // the same answers, codings and scores as the English response: only the question text differs
    const strip = (x: QuestionnaireResponse) => JSON.stringify(x, (key, value) => (key === 'text' || key === 'language' ? undefined : value));
    expect(strip(r)).toBe(strip(en));
  });

  it("the GAD-7's difficulty question, which has no sourced Spanish, stays in English", () => {
    const gad = instruments['gad-7']!;
    const a = answerAll(gad, () => 0);
    const r = toQuestionnaireResponse({ result: { ...score('gad-7', a), language: 'es-US' }, answers: a });
    expect(rItem(r, '1')?.text).toBe(reference('gad7.es').items[0].text);
    expect(rItem(r, 'difficulty')?.text).toBe(gad.items.find((i) => i.id === 'difficulty')!.text);
  });
});

describe('a Questionnaire carries the published translations', () => {
  const translation = (el: { extension?: { url: string; extension: { url: string; valueCode?: string; valueString?: string }[] }[] } | undefined) =>
    Object.fromEntries((el?.extension ?? []).map((e) => [e.extension[0]!.valueCode, e.extension[1]!.valueString]));

  it('as FHIR translation extensions on the title, the stem, each question and each answer; it still passes the validator', () => {
    const q = toQuestionnaire(instruments['phq-9']!);
    const ref = reference('phq9.es');
    expect(() => validateFhir(q)).not.toThrow();
    expect(translation(q._title)).toEqual({ 'es-US': ref.title.text });
    expect(translation(qItem(q, '9')!._text)).toEqual({ 'es-US': ref.items[8].text });
    expect(qItem(q, '9')!.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(qItem(q, '1')!.answerOption!.map((o) => translation(o.valueCoding._display)['es-US'])).toEqual(ref.responseOptions.map((o: { label: string }) => o.label));
    for (const e of q._title!.extension) expect(e.url).toBe('http://hl7.org/fhir/StructureDefinition/translation');
  });

  it('nothing for the strings a translation leaves in English (the GAD-7 title and difficulty question), nor for an instrument with none', () => {
    const q = toQuestionnaire(instruments['gad-7']!);
    expect(() => validateFhir(q)).not.toThrow();
    expect(q._title).toBeUndefined();
    expect(qItem(q, 'difficulty')!._text).toBeUndefined();
    expect(translation(qItem(q, '1')!._text)).toEqual({ 'es-US': reference('gad7.es').items[0].text });
    expect(JSON.stringify(toQuestionnaire(instruments['pcl-5']!))).not.toContain('StructureDefinition/translation');
  });
});
