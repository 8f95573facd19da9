// Dark mode and forced colours across every element: each named example stays AA in dark mode (axe,
// colour contrast included), and under forced colours system colours take over and the checked answer
// keeps a visible border. (The colour-scheme mixin itself is tested by tests/browser/suites/color-scheme.ts.)
import '../../../src/define-report.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { examples } from '../examples/screener.js';
import { elementExamples } from '../examples/other-elements.js';
import { choose, click, mount, part } from '../helpers.js';

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  await executeServerCommand('forced-colors', { active: false });
});

describe('dark mode: every named example passes axe (WCAG A and AA, colour contrast included)', () => {
  beforeEach(() => emulateMedia({ colorScheme: 'dark' }));
  for (const example of [...examples, ...elementExamples]) {
    it(example.name, async () => {
      const el = await example.render();
      expect(getComputedStyle(el).colorScheme, 'rendered dark').to.equal('dark');
      await expect(el).to.be.accessible();
    });
  }
});

describe('forced colours', () => {
  it('system colours replace the palette, in light and dark, and the chosen answer keeps a 3px border', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      await executeServerCommand('forced-colors', { active: true });
      const probe = await fixture<HTMLElement>(html`<p>probe</p>`);
      const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(el).color, colorScheme).to.equal(getComputedStyle(probe).color);
      await click(el, part(el, 'start-button'));
      await choose(el, '1', 2);
      const chosen = el.shadowRoot!.querySelector('#question-1 .option:has(input:checked)')!;
      expect(getComputedStyle(chosen).borderTopWidth).to.equal('3px');
      // (no axe here: under emulated forced colours it reads the unforced colours descendants inherit,
      // not the system colours Chromium paints)
    }
  });
});
