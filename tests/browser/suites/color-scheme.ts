// The colour scheme (src/elements/internal/color-scheme.ts), run on every element: the defaults follow
// the client's system (prefers-color-scheme, emulated in Chromium), a practice can force either with
// color-scheme="light|dark", an unknown value is reported and the system decides, and a practice's own
// token always wins.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { choose } from '../helpers.js';
import { type ElementSubject, type Host, isClient, mountSubject } from './subjects.js';

const LIGHT = { surface: 'rgb(255, 255, 255)', text: 'rgb(31, 41, 51)', accent: 'rgb(47, 93, 138)' };
const DARK = { surface: 'rgb(22, 27, 34)', text: 'rgb(228, 233, 238)', accent: 'rgb(141, 189, 235)' };

/** A practice's stylesheet, for one test. */
function practiceStyles(cssText: string) {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return () => style.remove();
}

export function colorSchemeSuite(subject: ElementSubject) {
  const look = (el: Host) => {
    const host = getComputedStyle(el);
    const start = subject.firstScreen(el).querySelector('[part~="button-primary"]');
    return { surface: host.backgroundColor, text: host.color, accent: start ? getComputedStyle(start).backgroundColor : undefined, scheme: host.colorScheme };
  };
  /** The palette an element shows: the accent only where its first screen has a primary button. */
  const palette = (colours: typeof LIGHT, scheme: string) => ({ ...colours, accent: subject.primaryButton ? colours.accent : undefined, scheme });
  const mount = (attributes?: Record<string, string>) => mountSubject(subject, attributes);

  describe(`<${subject.tag}> colour scheme`, () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('light system: the light defaults', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const el = await mount();
      expect(subject.primaryButton).to.equal(look(el).accent !== undefined);
      expect(look(el)).to.deep.equal(palette(LIGHT, 'light'));
    });

    it('dark system: the dark defaults, and native controls in dark too (color-scheme)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount();
      expect(look(el)).to.deep.equal(palette(DARK, 'dark'));
      if (!isClient(subject)) return;
      const screen = await subject.start(el);
      await choose(screen, 'exposure', 1);
      const chosen = screen.shadowRoot!.querySelector('#question-exposure .option:has(input:checked)')!;
      expect(getComputedStyle(chosen).backgroundColor).to.equal('rgb(33, 42, 52)'); // the dark subtle surface
    });

    it('color-scheme="light" keeps the light look on a dark system; "dark" forces dark on a light one', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const light = await mount({ 'color-scheme': 'light' });
      expect(look(light)).to.deep.equal(palette(LIGHT, 'light'));
      await emulateMedia({ colorScheme: 'light' });
      const dark = await mount({ 'color-scheme': 'dark' });
      expect(look(dark)).to.deep.equal(palette(DARK, 'dark'));
    });

    it('the colorScheme property reflects to the attribute; "auto" follows the system again', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const el = (await mount()) as Host & { colorScheme?: string };
      el.colorScheme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('color-scheme')).to.equal('dark');
      expect(look(el).surface).to.equal(DARK.surface);
      el.colorScheme = 'auto';
      await el.updateComplete;
      expect(look(el).surface).to.equal(LIGHT.surface);
    });

    it('an unknown value is reported (attune-error invalid-attribute) and the system decides', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = subject.create({ 'color-scheme': 'sepia' });
      const reported = oneEvent(el, 'attune-error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = await reported;
      expect(detail.code).to.equal('invalid-attribute');
      expect(detail.message).to.contain('color-scheme="sepia"');
      await el.ready;
      expect(look(el).surface).to.equal(DARK.surface);
    });

    it("a practice's token wins in dark mode; the tokens it did not set keep their dark defaults", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      // the accent where the element shows it (its primary button), else the text colour
      const token = subject.primaryButton ? '--attune-color-accent: #7a1f5c' : '--attune-color-text: #7a1f5c';
      const remove = practiceStyles(`${subject.tag}.brand { ${token}; }`);
      try {
        const el = await mount({ class: 'brand' });
        const brand = subject.primaryButton ? { ...DARK, accent: 'rgb(122, 31, 92)' } : { ...DARK, text: 'rgb(122, 31, 92)' };
        expect(look(el)).to.deep.equal(palette(brand, 'dark'));
      } finally {
        remove();
      }
    });

    it('tokens set on the page root inherit and win too', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const remove = practiceStyles(':root { --attune-color-surface: #202020; --attune-color-text: #fafafa; }');
      try {
        const el = await mount();
        expect(look(el)).to.deep.equal(palette({ surface: 'rgb(32, 32, 32)', text: 'rgb(250, 250, 250)', accent: DARK.accent }, 'dark'));
      } finally {
        remove();
      }
    });

    it('a token written as light-dark(…, …) follows the element’s own scheme, forced or not', async () => {
      await emulateMedia({ colorScheme: 'light' });
      const remove = practiceStyles(`${subject.tag} { --attune-color-accent: light-dark(#7a1f5c, #e3a6cf); --attune-color-surface: light-dark(#fffaf0, #101820); }`);
      try {
        const auto = await mount();
        const dark = await mount({ 'color-scheme': 'dark' });
        expect(look(auto).surface).to.equal('rgb(255, 250, 240)');
        expect(look(dark).surface).to.equal('rgb(16, 24, 32)');
        if (subject.primaryButton) {
          expect(look(auto).accent).to.equal('rgb(122, 31, 92)');
          expect(look(dark).accent).to.equal('rgb(227, 166, 207)');
        }
      } finally {
        remove();
      }
    });
  });
}
