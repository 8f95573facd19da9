// toTransactionBundle: a screener's or a battery's completions as the FHIR R4 transaction an EHR takes.
// Every bundle passes @medplum/core's validator; the US Core 8.0.0 elements that validator cannot check
// (it has no US Core profiles) are asserted here; and each bundle is executed by a real FHIR server
// (Medplum's router over its in-memory repository), whose Observations are read back by search.
import { describe, expect, it } from 'vitest';
import {
  AttuneError,
  LOINC_SYSTEM,
  US_CORE_PROFILES,
  instruments,
  score,
  scoreSystem,
  toTransactionBundle,
  type Answers,
  type Observation,
  type QuestionnaireResponse,
  type TransactionBundle,
} from '../../src/core.js';
import { customInstrument } from './fixtures.js';
import { validateFhir } from './fhir-validator.js';
import { fhirServer } from './fhir-server.js';

const subject = { reference: 'Patient/p-1' };
const identifier = { system: 'https://clinic.example/submissions', value: '3f0c9a5e-0000-4000-8000-000000000000' };
const at = '2025-03-11T10:30:00Z';
const phq9: Answers = { 1: 1, 2: 1, 3: 0, 4: 2, 5: 0, 6: 1, 7: 0, 8: 0, 9: 0 };
const pcl5 = (value: number, count = 20): Answers => Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i + 1), value]));
const completion = (id: string, answers: Answers) => ({ result: score(id, answers), answers, completedAt: at });

const observations = (b: TransactionBundle) => b.entry.map((e) => e.resource).filter((r): r is Observation => r.resourceType === 'Observation');
const responses = (b: TransactionBundle) => b.entry.map((e) => e.resource).filter((r): r is QuestionnaireResponse => r.resourceType === 'QuestionnaireResponse');

/** The US Core 8.0.0 elements each resource must have (cardinality 1..), checked by hand. */
function expectUsCore(b: TransactionBundle): void {
  for (const r of responses(b)) {
    expect(r.meta?.profile).toEqual([US_CORE_PROFILES.questionnaireResponse]);
    expect(r.questionnaire).toMatch(/\|/);
    expect(r.subject).toEqual(subject);
    expect(r.authored).toBe(at);
  }
  for (const o of observations(b)) {
    expect(o.meta?.profile).toEqual([US_CORE_PROFILES.screeningAssessment]);
    expect(o.category).toContainEqual({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] });
    expect(o.code.coding?.[0]?.code).toBeTruthy();
    expect(o.subject).toEqual(subject);
    expect(o.effectiveDateTime).toBe(at);
    expect(o.valueQuantity.value).toEqual(expect.any(Number));
  }
}

describe('toTransactionBundle', () => {
  it('PHQ-9: the response and its total as a LOINC-coded, final Observation derived from it', () => {
    const b = toTransactionBundle(completion('phq-9', phq9), { subject, identifier });
    validateFhir(b);
    b.entry.forEach((e) => validateFhir(e.resource));
    expectUsCore(b);
    expect(b.type).toBe('transaction');
    expect(b.identifier).toEqual(identifier);
    const [response] = responses(b);
    const [total] = observations(b);
    expect(response!.status).toBe('completed');
    expect(response!.identifier).toEqual(identifier);
    expect(total!.code.coding).toEqual([{ system: LOINC_SYSTEM, code: '44261-6', display: 'Patient health questionnaire 9 item total score' }]);
    expect(total!.status).toBe('final');
    expect(total!.valueQuantity).toEqual({ value: 5, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' });
    expect(total!.interpretation).toEqual([{ text: score('phq-9', phq9).bands['severity'] ?? expect.any(String) }]);
    expect(total!.derivedFrom).toEqual([{ reference: b.entry[0]!.fullUrl }]);
    expect(total!.identifier).toEqual([{ ...identifier, value: `${identifier.value}/total` }]);
    expect(b.entry.map((e) => e.request)).toEqual([
      { method: 'POST', url: 'QuestionnaireResponse', ifNoneExist: `identifier=${encodeURIComponent(identifier.system)}|${identifier.value}` },
      { method: 'POST', url: 'Observation', ifNoneExist: `identifier=${encodeURIComponent(identifier.system)}|${identifier.value}%2Ftotal` },
    ]);
    expect(new Set(b.entry.map((e) => e.fullUrl)).size).toBe(2);
    b.entry.forEach((e) => expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  });

  it('PCL-5: the total with its LOINC code, the clusters in the instrument’s own score code system', () => {
    const b = toTransactionBundle(completion('pcl-5', pcl5(2)), { subject });
    validateFhir(b);
    expectUsCore(b);
    const codes = observations(b).map((o) => [o.code.coding![0]!.system, o.code.coding![0]!.code, o.valueQuantity.value]);
    const own = scoreSystem(instruments['pcl-5']!);
    expect(own).toBe('https://attune-screeners.org/fhir/CodeSystem/pcl-5-scores');
    expect(codes).toEqual([
      [LOINC_SYSTEM, '101698-9', 40],
      [own, 'B', 10],
      [own, 'C', 4],
      [own, 'D', 14],
      [own, 'E', 12],
    ]);
    // without an identifier, plain creates
    expect(b.entry.every((e) => e.request.ifNoneExist === undefined && !('identifier' in e.resource))).toBe(true);
  });

  it('an incomplete result: preliminary Observations for the scores it has, none for a null score', () => {
    const b = toTransactionBundle(completion('pcl-5', pcl5(1, 7)), { subject });
    validateFhir(b);
    expect(responses(b)[0]!.status).toBe('in-progress');
    expect(observations(b).map((o) => [o.code.coding![0]!.code, o.status])).toEqual([
      ['B', 'preliminary'],
      ['C', 'preliminary'],
    ]);
  });

  it('GAD-7 carries its LOINC total; a practice’s own instrument its own code system and canonical base', () => {
    const gad = toTransactionBundle(completion('gad-7', { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1 }), { subject });
    expect(observations(gad).map((o) => o.code.coding![0]!.code)).toEqual(['70274-6']);
    const def = customInstrument();
    const answers = { sleep: 2, calm: 0, alone: 1 };
    const own = toTransactionBundle(
      { result: score(def, answers), answers, completedAt: at },
      { subject, definitions: [def], canonicalBase: 'https://forms.practice.example/fhir', usCore: false },
    );
    validateFhir(own);
    const [total] = observations(own);
    expect(total!.code.coding).toEqual([{ system: 'https://forms.practice.example/fhir/CodeSystem/practice-checkin-scores', code: 'total', display: 'Total' }]);
    expect(total!.meta).toBeUndefined();
    expect(responses(own)[0]!.meta).toBeUndefined();
    expect(responses(own)[0]!.questionnaire).toBe('https://forms.practice.example/fhir/Questionnaire/practice-checkin|2024.1');
  });

  it('a battery: one response per completion, Observations for each, identifiers by instrument', () => {
    const gate = { exposure: 1, 1: 1, 2: 1, 3: 1, 4: 0, 5: 0 };
    const battery = {
      idempotencyKey: identifier.value,
      completedAt: at,
      battery: { instruments: ['pc-ptsd-5', 'pcl-5'] },
      completions: [
        { instrument: { id: 'pc-ptsd-5', version: instruments['pc-ptsd-5']!.version }, ...completion('pc-ptsd-5', gate) },
        { instrument: { id: 'pcl-5', version: instruments['pcl-5']!.version }, ...completion('pcl-5', pcl5(3)) },
      ],
      skipped: [],
    };
    const b = toTransactionBundle(battery, { subject, identifier });
    validateFhir(b);
    expectUsCore(b);
    expect(responses(b).map((r) => r.identifier?.value)).toEqual([`${identifier.value}/pc-ptsd-5`, `${identifier.value}/pcl-5`]);
    const obs = observations(b);
    expect(obs.map((o) => o.identifier?.[0]?.value)).toEqual([
      `${identifier.value}/pc-ptsd-5/total`,
      ...['total', 'B', 'C', 'D', 'E'].map((s) => `${identifier.value}/pcl-5/${s}`),
    ]);
    // each Observation is derived from its own instrument's response
    const urlOf = (id: string) => b.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse' && e.resource.questionnaire.includes(`/${id}|`))!.fullUrl;
    expect(obs[0]!.derivedFrom).toEqual([{ reference: urlOf('pc-ptsd-5') }]);
    expect(obs.slice(1).every((o) => o.derivedFrom[0]!.reference === urlOf('pcl-5'))).toBe(true);
  });

  it('refuses a tampered score, a completion without a time, and a bundle without a subject', () => {
    const c = completion('phq-9', phq9);
    const tampered = { ...c, result: { ...c.result, scales: { total: 2 } } };
    expect(() => toTransactionBundle(tampered, { subject })).toThrow(AttuneError);
    expect(() => toTransactionBundle(tampered, { subject })).toThrow(/not what its answers score/);
    expect(() => toTransactionBundle({ result: c.result, answers: c.answers }, { subject })).toThrow(/completedAt/);
    expect(() => toTransactionBundle(c, {} as never)).toThrow(/subject/);
  });
});

describe('a real FHIR server executes the bundle', () => {
  it('stores the response and Observations, found by subject and LOINC code, derivedFrom the stored response', async () => {
    const server = fhirServer();
    const b = toTransactionBundle(completion('phq-9', phq9), { subject, identifier });
    const posted = await server.handle('POST', '/', b);
    expect(posted.status).toBe(200);
    expect(posted.body.type).toBe('transaction-response');

    const found = await server.handle('GET', `/Observation?subject=Patient/p-1&code=${encodeURIComponent('http://loinc.org|44261-6')}`);
    const entries = found.body.entry as { resource: Observation }[];
    expect(entries).toHaveLength(1);
    const stored = entries[0]!.resource;
    expect(stored.valueQuantity.value).toBe(5);
    expect(stored.status).toBe('final');
    // the server replaced the urn:uuid with the stored response's id
    const ref = stored.derivedFrom[0]!.reference!;
    expect(ref).toMatch(/^QuestionnaireResponse\/[\w-]+$/);
    const response = await server.handle('GET', `/${ref}`);
    expect(response.status).toBe(200);
    expect(response.body.identifier).toEqual(identifier);

    // the same bundle again (a retry) stores nothing twice: every entry is a conditional create
    const again = await server.handle('POST', '/', toTransactionBundle(completion('phq-9', phq9), { subject, identifier }));
    expect(again.status).toBe(200);
    expect(((await server.handle('GET', '/Observation?subject=Patient/p-1')).body.entry as unknown[]).length).toBe(1);
    expect(((await server.handle('GET', '/QuestionnaireResponse?subject=Patient/p-1')).body.entry as unknown[]).length).toBe(1);
  });

  it('a battery: every instrument’s Observations are found by search, the clusters by their own code system', async () => {
    const server = fhirServer();
    const patient = { reference: 'Patient/p-2' };
    const battery = {
      completions: [completion('pc-ptsd-5', { exposure: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 0 }), completion('pcl-5', pcl5(2))],
    };
    const posted = await server.handle('POST', '/', toTransactionBundle(battery, { subject: patient, identifier }));
    expect(posted.status).toBe(200);
    const all = (await server.handle('GET', '/Observation?subject=Patient/p-2')).body.entry as { resource: Observation }[];
    expect(all).toHaveLength(6);
    const pcl = (await server.handle('GET', `/Observation?subject=Patient/p-2&code=${encodeURIComponent('http://loinc.org|101698-9')}`)).body.entry as { resource: Observation }[];
    expect(pcl.map((e) => e.resource.valueQuantity.value)).toEqual([40]);
    const clusterB = (await server.handle('GET', `/Observation?code=${encodeURIComponent(`${scoreSystem(instruments['pcl-5']!)}|B`)}`)).body.entry as { resource: Observation }[];
    expect(clusterB.map((e) => e.resource.valueQuantity.value)).toEqual([10]);
    expect(((await server.handle('GET', '/QuestionnaireResponse?subject=Patient/p-2')).body.entry as unknown[]).length).toBe(2);
  });

  it('refuses an invalid bundle as a validating server would', async () => {
    const server = fhirServer();
    const b = toTransactionBundle(completion('phq-9', phq9), { subject });
    const broken = { ...b, entry: [{ ...b.entry[0]!, resource: { ...b.entry[0]!.resource, authored: '2025-03-11T10:30' } }] };
    expect((await server.handle('POST', '/', broken)).status).toBe(400);
  });
});
