// The manifest and the editor data generated from it (tools/build/editor-data.mjs): what VS Code and
// JetBrains IDEs offer a developer typing `<attune-screener ` or `--attune-` must be the elements'
// documented API, values included. And the typed event list (tests/types) covers every @fires.
import { describe, expect, it } from 'vitest';
import { cssCustomData, htmlCustomData, webTypes } from '../../tools/build/editor-data.mjs';
import { instrumentIds } from '../../src/core.js';
import { attuneEvents } from '../types/event-names.js';
import { elementsOf, generateManifest } from './manifest.js';

const manifest = generateManifest();
const elements = elementsOf(manifest);
const screener = elements.find((e) => e.tagName === 'attune-screener')!;
const pkg = { name: 'attune-screeners', version: '0.1.0' };

describe('custom-elements.json', () => {
  it('describes every registered element with its summary, events, slots, parts and tokens', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(['attune-battery', 'attune-report', 'attune-screener']);
    expect((screener as unknown as { summary: string }).summary).toMatch(/instrument/);
    expect(screener.events!.map((e) => e.name).sort()).toEqual([...attuneEvents].sort());
    expect(screener.cssParts!.length).toBeGreaterThan(30);
    expect(screener.cssProperties!.length).toBeGreaterThan(15);
  });

  it('every event any element fires is an attune-* event in the typed list (HTMLElementEventMap)', () => {
    const fired = new Set(elements.flatMap((e) => (e.events ?? []).map((ev) => ev.name)));
    expect([...fired].sort()).toEqual([...attuneEvents].sort());
  });

  it('writes out string-union types, so editors can offer the values', () => {
    const mode = screener.attributes!.find((a) => a.name === 'mode')!;
    expect(mode.type!.text).toBe("'page' | 'paged'");
    expect(screener.attributes!.find((a) => a.name === 'color-scheme')!.type!.text).toContain("'dark'");
  });
});

describe('VS Code custom data', () => {
  const html = htmlCustomData(manifest, instrumentIds);
  const css = cssCustomData(manifest);
  const tag = html.tags.find((t: { name: string }) => t.name === 'attune-screener');

  it('has every element and every attribute, with its description', () => {
    expect(html.tags.map((t: { name: string }) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    expect(tag.attributes.map((a: { name: string }) => a.name)).toEqual(screener.attributes!.map((a) => a.name));
    expect(tag.description.value).toMatch(/instrument/);
  });

  it('offers the values of enumerated attributes, and the built-in instruments', () => {
    const values = (name: string) => tag.attributes.find((a: { name: string }) => a.name === name).values?.map((v: { name: string }) => v.name);
    expect(values('mode')).toEqual(['page', 'paged']);
    expect(values('results')).toEqual(['none', 'summary', 'full']);
    expect(values('color-scheme')).toEqual(['auto', 'light', 'dark']);
    expect(values('instrument')).toEqual([...instrumentIds]);
  });

  it('completes every token (with its default) and every part in CSS', () => {
    const tokens = new Set(elements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)));
    expect(css.properties.map((p: { name: string }) => p.name).sort()).toEqual([...tokens].sort());
    expect(css.properties.find((p: { name: string }) => p.name === '--attune-color-accent').description).toMatch(/Default: `#2f5d8a`/);
    expect(css.pseudoElements.map((p: { name: string }) => p.name)).toContain('::part(option)');
  });
});

describe('JetBrains web-types', () => {
  const types = webTypes(manifest, pkg, instrumentIds);
  const el = types.contributions.html.elements.find((e: { name: string }) => e.name === 'attune-screener');

  it('names the package and each element with attributes, properties, events, slots, tokens and parts', () => {
    expect(types.name).toBe('attune-screeners');
    expect(types['description-markup']).toBe('markdown');
    expect(el.attributes.find((a: { name: string }) => a.name === 'mode').values.map((v: { name: string }) => v.name)).toEqual(['page', 'paged']);
    expect(el.attributes.find((a: { name: string }) => a.name === 'disabled').value.kind).toBe('no-value');
    expect(el.events.map((e: { name: string }) => e.name).sort()).toEqual([...attuneEvents].sort());
    expect(el.js.properties.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['definition', 'crisisResources', 'colorScheme', 'answers', 'result']));
    expect(el.slots.map((s: { name: string }) => s.name)).toEqual(['thanks', 'crisis']);
    expect(el.css.properties.map((p: { name: string }) => p.name)).toEqual(screener.cssProperties!.map((p) => p.name));
    expect(el.css.parts.map((p: { name: string }) => p.name)).toEqual(screener.cssParts!.map((p) => p.name));
  });
});
