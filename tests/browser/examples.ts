// Named examples, as GOV.UK Frontend keeps them: each is a state a client or a practice can reach,
// built the way they would reach it. The accessibility test renders and checks every one.
import { html } from '@open-wc/testing';
import { answerAllShown, choose, click, mount, part, type Screener } from './helpers.js';

export interface Example {
  name: string;
  render(): Promise<Screener>;
}

const steps = {
  start: (el: Screener) => click(el, part(el, 'start-button')),
  finish: (el: Screener) => click(el, part(el, 'finish-button')),
};

function instrumentExamples(instrument: string, mode: 'page' | 'paged'): Example[] {
  const at = (results = 'none') => mount(html`<attune-screener instrument=${instrument} mode=${mode} results=${results}></attune-screener>`);
  const completed = async (results: string) => {
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
    }
    await steps.finish(el);
    return el;
  };
  return [
    { name: `${instrument} ${mode}: introduction`, render: () => at() },
    { name: `${instrument} ${mode}: questions`, render: async () => { const el = await at(); await steps.start(el); return el; } },
    {
      name: `${instrument} ${mode}: questions answered`,
      render: async () => { const el = await at(); await steps.start(el); await choose(el, instrument === 'pcl-5' ? '1' : 'exposure', 1); return el; },
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
    { name: `${instrument} ${mode}: finished, results none`, render: () => completed('none') },
    { name: `${instrument} ${mode}: finished, results summary`, render: () => completed('summary') },
    { name: `${instrument} ${mode}: finished, results full`, render: () => completed('full') },
  ];
}

export const examples: Example[] = [
  ...instrumentExamples('pcl-5', 'page'),
  ...instrumentExamples('pcl-5', 'paged'),
  ...instrumentExamples('pc-ptsd-5', 'page'),
  ...instrumentExamples('pc-ptsd-5', 'paged'),
  {
    name: 'pc-ptsd-5 page: "NO" at the gate',
    render: async () => {
      const el = await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`);
      await steps.start(el);
      await choose(el, 'exposure', 0);
      return el;
    },
  },
  { name: 'problem: unknown instrument', render: () => mount(html`<attune-screener instrument="pcl-6"></attune-screener>`) },
  { name: 'problem: malformed definition', render: () => mount(html`<attune-screener .definition=${{ id: 'x', items: [] }}></attune-screener>`) },
];
