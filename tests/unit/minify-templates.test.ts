// The build shrinks whitespace inside Lit templates; what a client sees must not change: text and
// expressions stay, markup keeps one space where it had a line break, CSS keeps its meaning.
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../tools/build/minify-templates.mjs';

const run = (code: string): string => {
  const out = (minifyTemplates().transform as (code: string, id: string) => { code: string } | null)(code, '/src/x.ts');
  return out ? out.code : code;
};

describe('minifyTemplates (rollup plugin)', () => {
  it('turns a line break and indentation in markup into one space, and leaves expressions as they are', () => {
    const code = 'const a = html `\n    <p class="x">\n      ${n}.\n      ${ok ? html `<b>\n  yes</b>` : "a  `b`  {c}"}\n    </p>`;';
    expect(run(code)).toBe('const a = html ` <p class="x"> ${n}. ${ok ? html `<b> yes</b>` : "a  `b`  {c}"} </p>`;');
  });

  it('keeps spaces inside a line of text', () => {
    expect(run('html `<span>1.</span> ${t}  and  more`')).toBe('html `<span>1.</span> ${t}  and  more`');
  });

  it('drops comments and spaces around CSS punctuation but keeps descendant and pseudo selectors apart', () => {
    const code =
      'css `\n  /* why */\n  :host ::slotted(p),\n  .a .b:hover {\n    margin: 0 auto;\n    color: ${c};\n  }\n  @media (min-width: 40em) { .a { gap: calc(1rem + 2px); } }\n`';
    expect(run(code)).toBe('css ` :host ::slotted(p),.a .b:hover{margin:0 auto;color:${c};}@media (min-width:40em){.a{gap:calc(1rem + 2px);}}`');
  });

  it('leaves other template literals and tags alone', () => {
    const code = 'const s = `\n  keep\n`; const t = unsafeCSS `\n  keep\n`; const u = obj.html `\n x\n`;';
    expect(run(code)).toBe(code);
  });
});
