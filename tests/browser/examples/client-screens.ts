// Named examples of the client-experience states (issue 4): support panel, review, resume, storage
// notices, another language and right-to-left. Spread into `examples`, so each is rendered and run
// through axe like every other state.
import { html } from '@open-wc/testing';
import { answerAllShown, choose, click, mount, part, type Screener } from '../helpers.js';
import { customInstrument } from '../../unit/fixtures.js';
import type { Example } from './screener.js';

const start = (el: Screener) => click(el, part(el, 'start-button'));

/** A stored PCL-5 snapshot, as the widget writes it, with the first `n` questions answered. */
export function storedPcl5(n: number, index = n): string {
  const answers = Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i + 1), (i + 1) % 5]));
  return JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '1.0.0' }, stage: 'questions', index, answers, raised: [] });
}

/** The same Spanish translation a practice would add to its own definition. */
export function spanishCheckin() {
  const labels = { '0': 'Nunca', '1': 'A veces', '2': 'A menudo' };
  return {
    ...customInstrument(),
    translations: {
      es: {
        source: 'Example Practice, reviewed translation (2024)',
        title: 'Revisión semanal',
        description: 'Tres preguntas sobre cómo ha ido tu semana.',
        timeframe: 'la última semana',
        items: { sleep: { text: 'Dormí mal.', options: labels }, calm: { text: 'Me sentí en calma.', options: labels }, alone: { text: 'Me sentí solo o sola.', options: labels } },
      },
    },
  };
}

async function phq9ToItem9(mode: 'page' | 'paged', extra = html``) {
  const el = await mount(html`<attune-screener instrument="phq-9" mode=${mode}>${extra}</attune-screener>`);
  await start(el);
  if (mode === 'paged') {
    for (let i = 1; i < 9; i++) {
      await answerAllShown(el, 0);
      await click(el, part(el, 'next-button'));
    }
  }
  await choose(el, '9', 1);
  return el;
}

export const clientExperienceExamples: Example[] = [
  { name: 'phq-9 page: support panel (item 9 endorsed)', render: () => phq9ToItem9('page') },
  { name: 'phq-9 paged: support panel (item 9 endorsed)', render: () => phq9ToItem9('paged') },
  {
    name: "phq-9 page: support panel with the practice's crisis resources",
    render: async () => {
      const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
      el.crisisResources = [
        { name: '988 Suicide & Crisis Lifeline', phone: '988', text: 'Call or text, any time.' },
        { name: 'Harbour Street Counselling', url: 'https://example.org/contact', phone: '+1 555 0100' },
      ];
      await el.updateComplete;
      await start(el);
      await choose(el, '9', 2);
      return el;
    },
  },
  {
    name: 'phq-9 page: support panel with the crisis slot',
    render: () => phq9ToItem9('page', html`<div slot="crisis"><p>Call the practice on <a href="tel:5550100">555 0100</a>.</p></div>`),
  },
  {
    name: 'phq-9 paged: check your answers, with support shown',
    render: async () => {
      const el = await phq9ToItem9('paged');
      await click(el, part(el, 'next-button'));
      await click(el, part(el, 'review-button'));
      return el;
    },
  },
  {
    name: 'phq-9 page: finished with support, results summary',
    render: async () => {
      const el = await mount(html`<attune-screener instrument="phq-9" results="summary"></attune-screener>`);
      await start(el);
      await answerAllShown(el, 1);
      await click(el, part(el, 'finish-button'));
      return el;
    },
  },
  {
    name: 'pcl-5 page: introduction, answers kept on this device (persist="local")',
    render: () => mount(html`<attune-screener instrument="pcl-5" persist="local" storage-key="example-note"></attune-screener>`),
  },
  {
    name: 'pcl-5 paged: resume offered after a reload (persist="session")',
    render: () => {
      sessionStorage.setItem('attune:pcl-5:example-resume', storedPcl5(6));
      return mount(html`<attune-screener instrument="pcl-5" mode="paged" persist="session" storage-key="example-resume"></attune-screener>`);
    },
  },
  {
    name: 'pcl-5 page: saved answers could not be used (corrupt snapshot)',
    render: () => {
      sessionStorage.setItem('attune:pcl-5:example-corrupt', '{"format":1,"answ');
      return mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="example-corrupt"></attune-screener>`);
    },
  },
  {
    name: 'pcl-5 paged: questions in Spanish (locale="es", wording in English)',
    render: async () => {
      const el = await mount(html`<attune-screener instrument="pcl-5" mode="paged" locale="es"></attune-screener>`);
      await start(el);
      return el;
    },
  },
  {
    name: 'phq-9 introduction in its published Spanish (locale="es-US")',
    render: () => mount(html`<attune-screener instrument="phq-9" locale="es-US"></attune-screener>`),
  },
  {
    name: 'gad-7 questions in its published Spanish, the difficulty question in English (locale="es")',
    render: async () => {
      const el = await mount(html`<attune-screener instrument="gad-7" locale="es"></attune-screener>`);
      await start(el);
      return el;
    },
  },
  {
    name: 'practice definition with a Spanish translation (locale="es")',
    render: async () => {
      const el = await mount(html`<attune-screener locale="es" .definition=${spanishCheckin()}></attune-screener>`);
      await start(el);
      return el;
    },
  },
  {
    name: 'pcl-5 page: error summary, right to left (dir="rtl")',
    render: async () => {
      const el = await mount(html`<attune-screener dir="rtl" instrument="pcl-5"></attune-screener>`);
      await start(el);
      await click(el, part(el, 'finish-button'));
      return el;
    },
  },
];
