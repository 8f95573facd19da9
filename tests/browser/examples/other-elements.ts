// Named examples beyond the screener's (examples.ts): the report and the battery in their states, and
// a screener that submits to a practice endpoint. The parts and colour-scheme tests render every one,
// alongside the screener's named examples.
import { fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/define-report.js';
import { askedItemIds, getInstrument, score, type Answers, type Completion, type InstrumentDefinition } from '../../../src/core.js';
import { answerAllShown, choose, click, mount, part, type Screener } from '../helpers.js';

export interface ElementExample {
  name: string;
  render(): Promise<HTMLElement>;
}

const def = (id: string) => getInstrument(id)!;
function answerAll(d: InstrumentDefinition, value: (index: number) => number): Answers {
  const answers: Answers = {};
  d.items.forEach((item, i) => {
    if (askedItemIds(d, answers).includes(item.id)) answers[item.id] = item.options[Math.min(value(i), item.options.length - 1)]!.value;
  });
  return answers;
}
const completion = (id: string, value: (i: number) => number, completedAt: string): Completion => {
  const answers = answerAll(def(id), value);
  return { result: score(def(id), answers), answers, completedAt };
};

async function report(results: Completion[]) {
  const el = await fixture<HTMLElement & { ready: Promise<void> }>(html`<attune-report .results=${results}></attune-report>`);
  await el.ready;
  return el;
}

async function battery(template: ReturnType<typeof html>) {
  const b = await fixture<HTMLElement & { updateComplete: Promise<boolean>; ready: Promise<void> }>(template);
  await b.ready;
  return b;
}
const inner = async (b: HTMLElement & { updateComplete: Promise<boolean> }) => {
  await b.updateComplete;
  const el = b.shadowRoot!.querySelector('attune-screener') as Screener;
  await el.ready;
  await el.updateComplete;
  return el;
};

export const reportExamples: ElementExample[] = [
  { name: 'report: nothing to show yet', render: () => report([]) },
  {
    name: 'report: PHQ-9 with item 9 raised, and the PCL-5 over time',
    render: () =>
      report([
        completion('phq-9', (i) => (i === 8 ? 2 : 1), '2026-01-05T10:00:00Z'),
        completion('pcl-5', () => 2, '2026-01-05T10:10:00Z'),
        completion('pcl-5', () => 1, '2026-02-05T10:10:00Z'),
      ]),
  },
  {
    name: 'report: a PHQ-9 and a GAD-7 answered in their published Spanish (the wording the client read)',
    render: () =>
      report(
        [completion('phq-9', (i) => (i === 8 ? 1 : i % 4), '2026-01-05T10:00:00Z'), completion('gad-7', (i) => i % 4, '2026-01-05T10:05:00Z')].map((c) => ({
          ...c,
          result: { ...c.result, language: 'es-US' },
        })),
      ),
  },
  { name: 'report: ECR-RS with its plot', render: () => report([completion('ecr-rs', (i) => i % 7, '2026-01-05T10:00:00Z')]) },
  {
    name: 'report: a result that does not fit',
    render: () => report([{ result: { instrument: { id: 'pcl-6', version: '1' } }, answers: {} } as unknown as Completion]),
  },
];

export const batteryExamples: ElementExample[] = [
  { name: 'battery: introduction', render: () => battery(html`<attune-battery instruments="pc-ptsd-5 gad-7"></attune-battery>`) },
  {
    name: 'battery: second questionnaire, with progress',
    render: async () => {
      const b = await battery(html`<attune-battery instruments="gad-7 phq-9"></attune-battery>`);
      await click(b as unknown as Screener, b.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]'));
      const first = await inner(b);
      await answerAllShown(first, 0);
      await click(first, part(first, 'finish-button'));
      await inner(b);
      return b;
    },
  },
  {
    name: 'battery: finished, submitted to the practice',
    render: async () => {
      const url = `/__attune-test/endpoints/theming-battery-${Math.random().toString(36).slice(2)}`;
      const b = await battery(html`<attune-battery instruments="gad-7" submit-url=${url}></attune-battery>`);
      await click(b as unknown as Screener, b.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]'));
      const first = await inner(b);
      await answerAllShown(first, 0);
      await click(first, part(first, 'finish-button'));
      await b.updateComplete;
      return b;
    },
  },
  {
    name: 'battery: finished after support was shown, with the practice’s crisis resources',
    render: async () => {
      const resources = [{ name: 'Riverside Counselling out-of-hours line', phone: '+1 555 0100', text: 'Evenings and weekends.' }];
      const b = await battery(html`<attune-battery instruments="phq-9" .crisisResources=${resources}></attune-battery>`);
      await click(b as unknown as Screener, b.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]'));
      const first = await inner(b);
      await answerAllShown(first, 1);
      await click(first, part(first, 'finish-button'));
      await b.updateComplete;
      return b;
    },
  },
  ...(['summary', 'full'] as const).map((results) => ({
    name: `battery: finished, results="${results}" (the GAD-7 and the ECR-RS with its plot)`,
    render: async () => {
      const b = await battery(html`<attune-battery instruments="gad-7 ecr-rs" results=${results}></attune-battery>`);
      await click(b as unknown as Screener, b.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]'));
      for (let i = 0; i < 2; i++) {
        const el = await inner(b);
        await answerAllShown(el, 2);
        await click(el, part(el, 'finish-button'));
        await b.updateComplete;
      }
      return b;
    },
  })),
  { name: 'battery: unknown instrument', render: () => battery(html`<attune-battery instruments="pcl-6"></attune-battery>`) },
  {
    name: 'battery: introduction, keeping answers in this tab',
    render: () => battery(html`<attune-battery id="example-persist" instruments="gad-7 phq-9" persist="session"></attune-battery>`),
  },
  {
    name: 'battery: a pass saved earlier, asking whether to carry on',
    render: () => {
      sessionStorage.setItem(
        'attune-battery:example-resume',
        JSON.stringify({
          format: 1,
          instruments: ['gad-7', 'phq-9'],
          finished: [{ instrument: { id: 'gad-7', version: def('gad-7').version }, answers: answerAll(def('gad-7'), () => 1), completedAt: '2026-11-30T10:00:00.000Z' }],
        }),
      );
      return battery(html`<attune-battery id="example-resume" instruments="gad-7 phq-9" persist="session"></attune-battery>`);
    },
  },
  {
    name: 'battery: a saved pass that could not be used, told calmly',
    render: () => {
      sessionStorage.setItem('attune-battery:example-corrupt', '{ not json');
      return battery(html`<attune-battery id="example-corrupt" instruments="gad-7" persist="session"></attune-battery>`);
    },
  },
];

export const screenerIntegrationExamples: ElementExample[] = [
  {
    name: 'pcl-5 page: introduction naming the experience',
    render: () => mount(html`<attune-screener instrument="pcl-5" experience="discovering your partner's betrayal"></attune-screener>`),
  },
  {
    name: 'gad-7 paged: the last question, with "Check your answers"',
    render: async () => {
      const el = await mount(html`<attune-screener instrument="gad-7" mode="paged"></attune-screener>`);
      await click(el, part(el, 'start-button'));
      while (part(el, 'next-button')) {
        await answerAllShown(el, 1);
        await click(el, part(el, 'next-button'));
      }
      return el;
    },
  },
  {
    name: 'gad-7 page: finished and submitted to the practice (submit-url)',
    render: async () => {
      const url = `/__attune-test/endpoints/theming-screener-${Math.random().toString(36).slice(2)}`;
      const el = await mount(html`<attune-screener instrument="gad-7" submit-url=${url}></attune-screener>`);
      await click(el, part(el, 'start-button'));
      await answerAllShown(el, 1);
      await choose(el, '1', 2);
      await click(el, part(el, 'finish-button'));
      return el;
    },
  },
];

export const elementExamples: ElementExample[] = [...reportExamples, ...batteryExamples, ...screenerIntegrationExamples];
