// Hostile text: wording, labels and attribute values that contain markup or script are shown as text,
// never parsed as HTML or run. Every payload, if it ever ran, would set window.__attunePwned; if it were
// parsed, it would add an element (img, script, svg, iframe, a, style, b) to the widget.
import { expect, html } from '@open-wc/testing';
import type { InstrumentDefinition } from '../../../src/core.js';
import { customInstrument } from '../../unit/fixtures.js';
import { answerAllShown, click, mount, part, type Screener } from '../helpers.js';

declare global {
  interface Window {
    __attunePwned?: unknown;
  }
}

/** Markup and script in the forms that have broken other widgets. */
export const INJECTIONS = [
  '<img src="x" onerror="window.__attunePwned=1">',
  '<script>window.__attunePwned=1</script>',
  '"><svg onload="window.__attunePwned=1"></svg>',
  '\'><iframe srcdoc="<script>parent.__attunePwned=1</script>"></iframe>',
  '<a href="javascript:window.__attunePwned=1">link</a>',
  'javascript:window.__attunePwned=1',
  '<style>*{display:none !important}</style>',
  '<b>bold</b> &lt;b&gt;entity&lt;/b&gt; &amp;',
  '{{constructor.constructor("window.__attunePwned=1")()}}',
  '${window.__attunePwned=1}',
  '<!-- --><p>comment breakout</p>',
  '\u202Eright-to-left override\u202C',
];
const PARSED = 'img, script, svg:not([role="img"]), iframe, a[href^="javascript"], style:not([data-lit]), b';

/** A practice definition with a payload in every text a client or web team can see. */
function hostileDefinition(payload: string, i: number): InstrumentDefinition {
  const def = customInstrument();
  const t = (what: string) => `${what} ${payload}`;
  return {
    ...def,
    id: `hostile-${i}`,
    title: t('Title'),
    shortTitle: t('Short'),
    description: t('Description'),
    timeframe: t('the past week'),
    instructions: { text: t('Instructions'), by: 'author' },
    citation: t('Citation'),
    items: def.items.map((item) => ({ ...item, text: t(`Item ${item.id}`), options: item.options.map((o) => ({ ...o, label: t(String(o.label)) })) })),
    sections: [{ id: 's', lead: t('Lead'), list: [t('Example')], stem: t('Stem'), items: def.items.map((item) => item.id) }],
    scales: def.scales.map((s) => ({ ...s, label: t('Scale') })),
    settings: def.settings!.map((s) => ({ ...s, label: t('Setting') })),
    rules: def.rules!.map((r) => ({ ...r, label: t('Rule'), summary: { met: t('Met'), notMet: t('Not met') } })),
  };
}

/** Elements a parsed payload would have added, in the widget's shadow root and its light DOM. */
function injected(el: Screener) {
  const inShadow = [...el.shadowRoot!.querySelectorAll(PARSED)].filter((node) => !node.closest('svg[role="img"]'));
  return [...inShadow, ...el.querySelectorAll(PARSED)].map((node) => node.outerHTML);
}

async function everyScreen(el: Screener, visit: (screen: string) => void) {
  visit('introduction');
  await click(el, part(el, 'start-button'));
  await click(el, part(el, 'finish-button'));
  visit('questions with the error summary');
  await answerAllShown(el, 1);
  await click(el, part(el, 'finish-button'));
  visit('full results');
}

describe('hostile text is shown as text, never parsed or run', () => {
  afterEach(() => {
    delete window.__attunePwned;
  });

  INJECTIONS.forEach((payload, i) => {
    it(`in every wording and label of a practice's definition: ${JSON.stringify(payload)}`, async () => {
      const el = await mount(html`<attune-screener .definition=${hostileDefinition(payload, i)} results="full" experience=${payload}></attune-screener>`);
      await everyScreen(el, (screen) => {
        expect(injected(el), screen).to.deep.equal([]);
        expect(window.__attunePwned, screen).to.equal(undefined);
        // the payload reaches the client as the very characters the practice wrote
        expect(el.shadowRoot!.textContent, screen).to.contain(payload);
      });
      // a pending onerror or onload would have fired by now
      await new Promise((r) => setTimeout(r, 50));
      expect(window.__attunePwned).to.equal(undefined);
    });
  });

  it('in attribute values the widget repeats in its messages', async () => {
    for (const payload of INJECTIONS) {
      const el = await mount(html`<attune-screener instrument=${payload} mode=${payload} results=${payload}></attune-screener>`);
      expect(part(el, 'problem')!.textContent).to.contain(payload);
      expect(injected(el)).to.deep.equal([]);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__attunePwned).to.equal(undefined);
  });

  it('in a text pack', async () => {
    const payload = INJECTIONS[0]!;
    const pack = await (await fetch(new URL('../fixtures/ies-r.text-pack.json', import.meta.url))).json();
    for (const id of Object.keys(pack.items)) pack.items[id] = `${pack.items[id]} ${payload}`;
    pack.options['0'] = payload;
    const el = await mount(html`<attune-screener instrument="ies-r" .textPack=${pack}></attune-screener>`);
    await click(el, part(el, 'start-button'));
    expect(injected(el)).to.deep.equal([]);
    expect(part(el, 'legend')!.textContent).to.contain(payload);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__attunePwned).to.equal(undefined);
  });

  it('the check itself can fail: the same payload, parsed, is caught', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    const host = document.createElement('div');
    el.shadowRoot!.append(host);
    host.innerHTML = INJECTIONS[7]!;
    expect(injected(el)).to.deep.equal(['<b>bold</b>']);
    host.remove();
  });
});
