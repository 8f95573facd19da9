// Editor data generated from custom-elements.json (run by `npm run analyze`, part of the build):
//   dist/html-custom-data.json   VS Code "html.customData": tags, attributes and their values
//   dist/css-custom-data.json    VS Code "css.customData": the --attune-* tokens, with defaults
//   dist/web-types.json          JetBrains IDEs (package.json "web-types"): elements, attributes,
//                                properties, events, slots, tokens and parts
// Everything comes from the elements' JSDoc, so the editors say exactly what the manifest says.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The custom elements in a manifest, each with the module that declares it. */
export function customElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ module: module.path, ...declaration })),
  );
}

/**
 * Values an editor offers for an attribute: a union of string literals (`'page' | 'paged'`), or for
 * `instrument` the ids of the built-in instruments.
 */
export function attributeValues(attribute, instrumentIds = []) {
  if (attribute.name === 'instrument' && instrumentIds.length) return instrumentIds;
  return stringValues(attribute.type?.text);
}

/** `'page' | 'paged'` → ['page', 'paged']; any other type → []. */
export function stringValues(typeText = '') {
  const members = typeText
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== 'undefined');
  return members.length && members.every((m) => /^'[^']*'$/.test(m)) ? members.map((m) => m.slice(1, -1)) : [];
}

const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');
const withDefault = (p) => (p.default ? `${p.description ?? ''} Default: \`${p.default}\`.`.trim() : (p.description ?? ''));
const publicFields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));

export function htmlCustomData(manifest, instrumentIds = []) {
  return {
    version: 1.1,
    tags: customElements(manifest).map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: describe(el) },
      attributes: (el.attributes ?? []).map((a) => {
        const values = attributeValues(a, instrumentIds);
        return {
          name: a.name,
          description: { kind: 'markdown', value: a.description ?? '' },
          ...(values.length ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function cssCustomData(manifest) {
  const tokens = new Map();
  for (const el of customElements(manifest)) {
    for (const p of el.cssProperties ?? []) if (!tokens.has(p.name)) tokens.set(p.name, { name: p.name, description: withDefault(p) });
  }
  const parts = new Map();
  for (const el of customElements(manifest)) for (const p of el.cssParts ?? []) if (!parts.has(p.name)) parts.set(p.name, p);
  return {
    version: 1.1,
    properties: [...tokens.values()],
    pseudoElements: [...parts.values()].map((p) => ({ name: `::part(${p.name})`, description: p.description ?? '' })),
  };
}

export function webTypes(manifest, pkg, instrumentIds = []) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: customElements(manifest).map((el) => ({
          name: el.tagName,
          description: describe(el),
          source: { module: `${pkg.name}/define`, symbol: el.name },
          attributes: (el.attributes ?? []).map((a) => {
            const values = attributeValues(a, instrumentIds);
            return {
              name: a.name,
              description: a.description ?? '',
              value:
                a.type?.text === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: values.length ? values : (a.type?.text ?? 'string').replace(/ \| undefined$/, '') },
              ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          js: {
            properties: publicFields(el).map((m) => ({ name: m.name, description: m.description ?? '', ...(m.type?.text ? { value: { type: m.type.text } } : {}) })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: withDefault(p) })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // the DOM-free entry, just built, knows the built-in instruments
  const { instrumentIds } = await import(new URL('../../dist/core.js', import.meta.url).href);
  mkdirSync('dist', { recursive: true });
  const out = {
    'dist/html-custom-data.json': htmlCustomData(manifest, instrumentIds),
    'dist/css-custom-data.json': cssCustomData(manifest),
    'dist/web-types.json': webTypes(manifest, pkg, instrumentIds),
  };
  for (const [file, data] of Object.entries(out)) writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(
    `editor data: ${Object.keys(out).join(', ')} (${customElements(manifest)
      .map((e) => e.tagName)
      .join(', ')})`,
  );
}
