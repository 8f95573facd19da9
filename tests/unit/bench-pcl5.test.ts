// The benchmark compares libraries on "the same PCL-5": its SurveyJS and LHC-Forms pages must ask the
// Attune definition's 20 items, word for word, with the same five options, each one required.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pcl5 } from '../../src/instruments/pcl-5.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../tools/bench/pages/${name}`, import.meta.url), 'utf8'));
const expected = pcl5.items.map((item) => ({ id: item.id, text: item.text, options: item.options.map((o) => ({ value: o.value, label: o.label })) }));

describe('bench PCL-5 pages', () => {
  it('SurveyJS JSON has the same 20 required items and options', () => {
    const survey = read('pcl-5.surveyjs.json');
    const questions = survey.pages.flatMap((p: { elements: unknown[] }) => p.elements);
    expect(questions).toHaveLength(20);
    expect(
      questions.map((q: { type: string; name: string; title: string; isRequired: boolean; choices: { value: number; text: string }[] }) => {
        expect(q.type).toBe('radiogroup');
        expect(q.isRequired).toBe(true);
        return { id: q.name, text: q.title, options: q.choices.map((c) => ({ value: c.value, label: c.text })) };
      }),
    ).toEqual(expected);
    expect(survey.pages[0].description).toBe(pcl5.sections![0]!.stem);
  });

  it('LHC-Forms JSON has the same 20 required items and options', () => {
    const form = read('pcl-5.lforms.json');
    const questions = form.items.filter((i: { dataType: string }) => i.dataType !== 'TITLE');
    expect(questions).toHaveLength(20);
    expect(
      questions.map((q: { questionCode: string; question: string; answerCardinality: { min: string }; answers: { code: string; text: string }[] }) => {
        expect(q.answerCardinality.min).toBe('1');
        return { id: q.questionCode, text: q.question, options: q.answers.map((a) => ({ value: Number(a.code), label: a.text })) };
      }),
    ).toEqual(expected);
  });
});
