// Rollup plugin: shrinks the whitespace inside Lit's html`…`, svg`…` and css`…` templates, which terser
// keeps byte for byte (a template's text is data to it). In markup a run of whitespace that holds a
// line break becomes one space (the browser renders both alike: none of our templates use <pre> or
// white-space: pre); in CSS, comments go, runs of whitespace become one space, and spaces beside
// { } ; , and after a colon go. Only the static text between ${…} is touched; expressions pass as
// they are. Runs after TypeScript, on each module's JavaScript.
import MagicString from 'magic-string';

// TypeScript prints a tagged template as `html \`…\``, with a space
const TAG = /(?<![\w$.])(html|svg|css)\s*`/g;

/** Index just past the template literal whose opening backtick is at `start`; `parts` gets its static text ranges. */
function scanTemplate(code, start, parts) {
  let i = start + 1;
  let from = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      parts?.push([from, i]);
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      parts?.push([from, i]);
      i = scanExpression(code, i + 2);
      from = i;
    } else i++;
  }
  throw new Error('minify-templates: unterminated template literal');
}

/** Index just past the `}` that closes an expression starting at `i` (skips strings, templates, comments). */
function scanExpression(code, i) {
  let depth = 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = scanTemplate(code, i);
    else if (c === '"' || c === "'") {
      i++;
      while (code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) + 2;
    else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error('minify-templates: unterminated ${ } expression');
}

const markup = (text) => text.replace(/[ \t]*\n\s*/g, ' ');
const styles = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':');

export function minifyTemplates() {
  return {
    name: 'attune-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/(?:html|svg|css)\s*`/.test(code)) return null;
      const edits = [];
      for (const m of code.matchAll(TAG)) {
        const parts = [];
        scanTemplate(code, m.index + m[0].length - 1, parts);
        const shrink = m[1] === 'css' ? styles : markup;
        // a backslash before a line break is a line continuation: leave such text alone
        for (const [a, b] of parts) if (!/\\\r?\n/.test(code.slice(a, b))) edits.push([a, b, shrink(code.slice(a, b))]);
      }
      if (!edits.length) return null;
      const s = new MagicString(code);
      for (const [a, b, text] of edits) if (text !== code.slice(a, b)) s.overwrite(a, b, text || ' ');
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
    },
  };
}
