// Every theming example in the docs keeps every state legible in light and dark: each ```css block of
// docs/theming.md (and README's, if it has any) is applied as a practice's stylesheet, and axe's
// color-contrast rule checks the chosen answer, the buttons and the text, in both schemes.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { choose, click, mount, part } from '../helpers.js';

async function cssExamples(path: string): Promise<string[]> {
  const response = await fetch(path);
  if (!response.ok) return [];
  const markdown = await response.text();
  return [...markdown.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('theming examples in the docs stay WCAG AA in light and dark', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('docs/theming.md has examples to check', async () => {
    expect((await cssExamples('/docs/theming.md')).length).to.be.greaterThan(1);
  });

  for (const source of ['/docs/theming.md', '/README.md']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${source}, ${colorScheme}: the chosen answer, the buttons, the text and the support panel`, async () => {
        await emulateMedia({ colorScheme });
        for (const [index, cssText] of (await cssExamples(source)).entries()) {
          const style = document.createElement('style');
          style.textContent = cssText;
          document.head.append(style);
          try {
            const el = await mount(html`<attune-screener instrument="phq-9" mode="paged"></attune-screener>`);
            expect(getComputedStyle(el).colorScheme, 'scheme').to.equal(colorScheme);
            await click(el, part(el, 'start-button'));
            // a chosen answer, Back and Next on screen
            await choose(el, '1', 2);
            await click(el, part(el, 'next-button'));
            await choose(el, '2', 1);
            await expect(el, `example ${index + 1}`).to.be.accessible();
            el.remove();
          } finally {
            style.remove();
          }
        }
      });
    }
  }
});
