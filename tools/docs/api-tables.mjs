// `npm run docs`: rewrites the generated API tables in docs/ from custom-elements.json, so the pages
// say exactly what the elements' JSDoc says (the manifest is what editors and tools read too).
//
// A generated block sits between two markers and is replaced whole:
//   <!-- api:attune-screener:start --> … <!-- api:attune-screener:end -->   one element's API
//   <!-- api:tokens:start --> … <!-- api:tokens:end -->                     every --attune-* token
//   <!-- api:parts:start --> … <!-- api:parts:end -->                       every element's parts
// Text outside the markers is never touched. `--check` writes nothing and exits 1 when a page is out
// of date (tests/unit/docs-api-tables.test.ts does the same from a freshly generated manifest).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customElements } from '../build/editor-data.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

// The order elements appear in shared tables: the one most pages use first. A token's default and
// description are taken from the first element in this order that documents it.
const ELEMENT_ORDER = ['attune-screener', 'attune-battery', 'attune-report'];

const MARKER = /<!-- api:([a-z0-9-]+):start -->\n[\s\S]*?<!-- api:\1:end -->/g;

/** A table cell: one line, pipes escaped (also inside code spans, as GitHub's tables need). */
const cell = (text = '') =>
  text
    .replace(/\{@link ([^}]+)\}/g, '`$1`')
    .replace(/\s*\n\s*/g, ' ')
    // a tag name in prose (`<attune-battery>` without backticks) would be read as HTML and vanish
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('`')
    .replace(/\|/g, '\\|')
    .trim();
// inside a code span only the pipe needs escaping (GitHub's tables split on it even there)
const code = (text) =>
  text
    ? `\`${text
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|')
        .trim()}\``
    : '';
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '');

/** The dark default a token's description names ("Dark: `#161b22`."), if any. */
export const darkDefault = (description = '') => /Dark: `([^`]+)`/.exec(description)?.[1];
// the detail type has its own column, so the event's sentence need not repeat it
const withoutDetail = (description = '') => description.replace(/\s*`detail`:\s*\{@link [^}]+\}\.?/, '').trim();
const withoutDark = (description = '') => description.replace(/\s*Dark: `[^`]+`\.?/, '').trim();

function sortedElements(manifest) {
  const rank = (tag) => (ELEMENT_ORDER.includes(tag) ? ELEMENT_ORDER.indexOf(tag) : ELEMENT_ORDER.length);
  return customElements(manifest).sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

function element(manifest, tagName) {
  const el = customElements(manifest).find((e) => e.tagName === tagName);
  if (!el) throw new Error(`custom-elements.json has no <${tagName}>`);
  return el;
}

// Public API only: private, protected, static and `_`-prefixed members are the element's own business;
// `…Callback` methods are called by the browser (form association), never by a page.
const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_');

/** The detail type of an event: from `CustomEvent<T>`, or from "`detail`: {@link T}" in its description. */
export function detailType(event) {
  const generic = /^CustomEvent<(.+)>$/s.exec(event.type?.text ?? '')?.[1];
  if (generic) return generic.trim();
  return /`detail`:\s*\{@link ([^}]+)\}/.exec(event.description ?? '')?.[1];
}

/** The markdown of one element's API: attributes and properties, methods, events, slots, parts, tokens. */
export function elementApi(manifest, tagName) {
  const el = element(manifest, tagName);
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const byName = new Map(fields.map((f) => [f.name, f]));
  const attributeRows = (el.attributes ?? []).map((a) => {
    const field = byName.get(a.fieldName ?? '') ?? {};
    return [code(a.name), code(a.fieldName), code(a.type?.text ?? field.type?.text), code(a.default ?? field.default), cell(a.description ?? field.description)];
  });
  const attributed = new Set((el.attributes ?? []).map((a) => a.fieldName));
  const propertyRows = fields
    .filter((f) => !attributed.has(f.name))
    .map((f) => ['', code(f.name) + (f.readonly ? ' (read-only)' : ''), code(f.type?.text), code(f.default), cell(f.description)]);
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !m.name.endsWith('Callback'));
  const events = el.events ?? [];
  const sections = [
    ['Attributes and properties', table(['attribute', 'property', 'type', 'default', 'description'], [...attributeRows, ...propertyRows])],
    [
      'Methods',
      table(
        ['method', 'description'],
        methods.map((m) => [code(`${m.name}()`), cell(m.description)]),
      ),
    ],
    [
      'Events',
      table(
        ['event', 'detail', 'description'],
        events.map((e) => [code(e.name), code(detailType(e)), cell(withoutDetail(e.description))]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', 'description'],
        (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['part', 'description'],
        (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['token', 'default', 'dark default', 'description'],
        (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), code(darkDefault(p.description)), cell(withoutDark(p.description))]),
      ),
    ],
  ];
  return sections
    .filter(([, body]) => body)
    .map(([title, body]) => `### ${title}\n\n${body}`)
    .join('\n\n');
}

/** Every token of every element, once: default, dark default, what it styles, which elements use it. */
export function tokenTable(manifest) {
  const tokens = new Map();
  for (const el of sortedElements(manifest)) {
    for (const p of el.cssProperties ?? []) {
      if (!tokens.has(p.name)) tokens.set(p.name, { doc: p, on: [] });
      tokens.get(p.name).on.push({ tag: el.tagName, default: p.default });
    }
  }
  const rows = [...tokens].map(([name, { doc, on }]) => [
    code(name),
    code(doc.default),
    code(darkDefault(doc.description)),
    cell(withoutDark(doc.description)),
    on.map((o) => `\`<${o.tag}>\`${o.default !== doc.default ? ` (\`${cell(o.default)}\`)` : ''}`).join(', '),
  ]);
  return table(['token', 'default', 'dark default', 'what it styles', 'elements'], rows);
}

/** One line per element: `- \`<tag>\`: \`part\`, …` (each element's page has them with descriptions). */
export function partsList(manifest) {
  return sortedElements(manifest)
    .map((el) => `- \`<${el.tagName}>\`: ${(el.cssParts ?? []).map((p) => `\`${p.name}\``).join(', ')}`)
    .join('\n');
}

/** `text` with every marker block regenerated. */
export function render(manifest, text) {
  return text.replace(MARKER, (_, name) => {
    const body = name === 'tokens' ? tokenTable(manifest) : name === 'parts' ? partsList(manifest) : elementApi(manifest, name);
    return `<!-- api:${name}:start -->\n<!-- generated by \`npm run docs\` from custom-elements.json; edit the JSDoc in src/, not this block -->\n\n${body}\n\n<!-- api:${name}:end -->`;
  });
}

/** Every markdown file under docs/, relative to the repository root. */
export function docsPages(dir = join(root, 'docs')) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => relative(root, join(dir, f)))
    .sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  let stale = 0;
  for (const page of docsPages()) {
    const before = readFileSync(join(root, page), 'utf8');
    const after = render(manifest, before);
    if (after === before) continue;
    stale++;
    if (check) console.error(`${page}: API tables differ from custom-elements.json (run npm run docs)`);
    else {
      writeFileSync(join(root, page), after);
      console.log(`updated ${page}`);
    }
  }
  if (check && stale) process.exit(1);
}
