// Parts: every `part` an element renders in its shadow root is documented on it (JSDoc @csspart, hence
// custom-elements.json, which `npm test` regenerates in its build), and every documented part is
// rendered in some named example, so the list a developer styles against is neither short nor stale.
import { expect } from '@open-wc/testing';
import { examples } from '../examples/screener.js';
import { elementExamples } from '../examples/other-elements.js';

interface Doc {
  tagName: string;
  cssParts?: { name: string }[];
}

async function documentedParts(): Promise<Map<string, Set<string>>> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first');
  const manifest = (await response.json()) as { modules: { declarations?: (Doc & { customElement?: boolean })[] }[] };
  const docs = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  return new Map(docs.map((d) => [d.tagName, new Set((d.cssParts ?? []).map((p) => p.name))]));
}

/** The part names in an element's own shadow root (a nested element's parts are its own). */
const partsIn = (el: Element) => new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean)));

describe('parts: rendered = documented', () => {
  const all = [...examples, ...elementExamples];
  const seen = new Map<string, Set<string>>();
  let documented: Map<string, Set<string>>;

  before(async () => {
    documented = await documentedParts();
  });

  for (const example of all) {
    it(`${example.name}: every part is documented`, async () => {
      const el = await example.render();
      const tag = el.localName;
      const own = documented.get(tag);
      expect(own, `<${tag}> is not in custom-elements.json`).to.exist;
      const rendered = partsIn(el);
      expect(
        [...rendered]
          .filter((p) => !own!.has(p))
          .sort()
          .join(', '),
        `undocumented parts of <${tag}>`,
      ).to.equal('');
      // the screeners a battery runs are checked against the screener's own list
      for (const nested of el.shadowRoot!.querySelectorAll('attune-screener')) {
        for (const p of partsIn(nested)) expect(documented.get('attune-screener')!.has(p), `<attune-screener> part ${p} inside <${tag}>`).to.equal(true);
      }
      const acc = seen.get(tag) ?? new Set<string>();
      for (const p of rendered) acc.add(p);
      seen.set(tag, acc);
    });
  }

  it('every documented part of every element renders in some named example', () => {
    for (const [tag, parts] of documented) {
      expect(seen.has(tag), `no named example renders <${tag}>`).to.equal(true);
      expect(
        [...parts]
          .filter((p) => !seen.get(tag)!.has(p))
          .sort()
          .join(', '),
        `documented parts of <${tag}> that no example renders`,
      ).to.equal('');
    }
  });
});
