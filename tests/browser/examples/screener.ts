// Named examples, as GOV.UK Frontend keeps them: each is a state a client or a practice can reach,
// built the way they would reach it. The accessibility test renders and checks every one.
import { html } from '@open-wc/testing';
import { instrumentIds } from '../../../src/core.js';
import { answerAllShown, choose, click, mount, part, type Screener } from '../helpers.js';
import { clientExperienceExamples } from './client-screens.js';

export interface Example {
  name: string;
  render(): Promise<Screener>;
}

const steps = {
  start: (el: Screener) => click(el, part(el, 'start-button')),
  finish: (el: Screener) => click(el, part(el, 'finish-button')),
};

/** The wording a practice with permission supplies for the IES-R (the words are the test's own). */
export const iesTextPack = async () => (await fetch(new URL('../fixtures/ies-r.text-pack.json', import.meta.url))).json();

function instrumentExamples(instrument: string, mode: 'page' | 'paged'): Example[] {
  const at = async (results = 'none') => {
    const textPack = instrument === 'ies-r' ? await iesTextPack() : undefined;
    return mount(html`<attune-screener instrument=${instrument} mode=${mode} results=${results} .textPack=${textPack}></attune-screener>`);
  };
  const answeredAll = async (results: string) => {
    const el = await at(results);
    await steps.start(el);
    if (mode === 'page') {
      await answerAllShown(el, 1);
    } else {
      while (part(el, 'next-button')) {
        await answerAllShown(el, 1);
        await click(el, part(el, 'next-button'));
      }
      await answerAllShown(el, 1);
      // paged mode checks the answers before finishing
      await click(el, part(el, 'review-button'));
    }
    return el;
  };
  const completed = async (results: string) => {
    const el = await answeredAll(results);
    await steps.finish(el);
    return el;
  };
  return [
    { name: `${instrument} ${mode}: introduction`, render: () => at() },
    {
      name: `${instrument} ${mode}: questions`,
      render: async () => {
        const el = await at();
        await steps.start(el);
        return el;
      },
    },
    {
      name: `${instrument} ${mode}: questions answered`,
      render: async () => {
        const el = await at();
        await steps.start(el);
        await choose(el, part(el, 'question')!.id.replace(/^question-/, ''), 1);
        return el;
      },
    },
    {
      name: `${instrument} ${mode}: error summary`,
      render: async () => {
        const el = await at();
        await steps.start(el);
        await click(el, part(el, mode === 'page' ? 'finish-button' : 'next-button'));
        return el;
      },
    },
    ...(mode === 'paged' ? [{ name: `${instrument} paged: check your answers`, render: () => answeredAll('none') }] : []),
    { name: `${instrument} ${mode}: finished, results none`, render: () => completed('none') },
    { name: `${instrument} ${mode}: finished, results summary`, render: () => completed('summary') },
    { name: `${instrument} ${mode}: finished, results full`, render: () => completed('full') },
  ];
}

export const examples: Example[] = [
  // every built-in instrument, in the registry's order, so a new one is an example without a line here
  ...instrumentIds.flatMap((id) => [...instrumentExamples(id, 'page'), ...instrumentExamples(id, 'paged')]),
  {
    name: 'pc-ptsd-5 page: "NO" at the gate',
    render: async () => {
      const el = await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`);
      await steps.start(el);
      await choose(el, 'exposure', 0);
      return el;
    },
  },
  ...clientExperienceExamples,
  { name: 'problem: unknown instrument', render: () => mount(html`<attune-screener instrument="pcl-6"></attune-screener>`) },
  { name: 'problem: malformed definition', render: () => mount(html`<attune-screener .definition=${{ id: 'x', items: [] }}></attune-screener>`) },
  { name: 'problem: IES-R without a text pack', render: () => mount(html`<attune-screener instrument="ies-r"></attune-screener>`) },
  { name: 'problem: definition file not found', render: () => mount(html`<attune-screener src="./fixtures/missing.json"></attune-screener>`) },
  {
    name: 'practice definition from src',
    render: () => mount(html`<attune-screener src=${new URL('../fixtures/checkin.definition.json', import.meta.url).href}></attune-screener>`),
  },
];
