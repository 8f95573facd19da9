// The API tables in docs/ are generated from custom-elements.json (`npm run docs`); this fails when a
// committed table differs from what a manifest freshly generated from src/ gives, so a changed JSDoc
// (a new attribute, event, part or token) cannot leave the pages behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docsPages, render } from '../../tools/docs/api-tables.mjs';
import { elementsOf, generateManifest, root, type Manifest } from './manifest.js';

let manifest: Manifest;
beforeAll(() => {
  manifest = generateManifest();
}, 60_000);

const read = (page: string) => readFileSync(join(root, page), 'utf8');

describe('generated API tables in docs/', () => {
  it('every element has its page, with its API block', () => {
    for (const el of elementsOf(manifest)) {
      const page = read(join('docs', 'elements', `${el.tagName}.md`));
      expect(page, `docs/elements/${el.tagName}.md`).toContain(`<!-- api:${el.tagName}:start -->`);
    }
  });

  it('the theming guide has the token table and the parts list', () => {
    const page = read('docs/theming.md');
    expect(page).toContain('<!-- api:tokens:start -->');
    expect(page).toContain('<!-- api:parts:start -->');
  });

  it('every block is what the manifest generates (run `npm run docs` after changing the JSDoc)', () => {
    const pages = docsPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const text = read(page);
      expect(text, `${page}: run npm run docs`).toBe(render(manifest, text));
    }
  });

  it('generates tables that hold the API (not empty blocks)', () => {
    const page = render(manifest, read('docs/elements/attune-screener.md'));
    for (const heading of ['### Attributes and properties', '### Events', '### Slots', '### CSS parts', '### CSS custom properties']) expect(page).toContain(heading);
    expect(page).toMatch(/^\| `attune-complete` \| `AttuneCompleteDetail` \|/m);
    expect(page).toMatch(/^\| `instrument` \| `instrument` \|/m);
  });
});
