// The docs are walked by links from README: every relative link in README.md, CONTRIBUTING.md and
// docs/**/*.md must point at a file that exists (and at a heading that exists, when it names one), and
// every page in docs/ must be reachable from README by following them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const docsPages = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .map((f) => normalize(join('docs', f)));
const pages = ['README.md', 'CONTRIBUTING.md', ...docsPages];

/** Markdown with code blocks and code spans blanked, so a link shown as code is not followed. */
const prose = (text: string) => text.replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?^\1\2 *$/gm, '').replace(/`[^`\n]*`/g, '');

/** `[text](target)` links (inline form, as these pages use), with the line they are on. */
function links(page: string): { target: string; line: number }[] {
  const text = prose(readFileSync(join(root, page), 'utf8'));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ target: m[1]!, line: text.slice(0, m.index).split('\n').length }));
}

const external = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const text = heading!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, (tag) => tag.slice(1, -1));
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

// headings in code spans count for anchors (`## \`submit-url\``), so read them from the raw text
const headingAnchors = (file: string) => anchors(readFileSync(file, 'utf8').replace(/`/g, ''));

describe('links in README and docs/', () => {
  it('finds the pages', () => {
    expect(docsPages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) expect(existsSync(join(root, page)), page).toBe(true);
  });

  for (const page of pages) {
    it(`${page}: every relative link resolves, anchors too`, () => {
      const broken: string[] = [];
      for (const { target, line } of links(page)) {
        if (external(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const file = path ? join(root, dirname(page), decodeURIComponent(path)) : join(root, page);
        if (!existsSync(file)) {
          broken.push(`${page}:${line} ${target}: no such file`);
          continue;
        }
        if (anchor !== undefined && statSync(file).isFile() && file.endsWith('.md') && !headingAnchors(file).has(anchor)) {
          broken.push(`${page}:${line} ${target}: no heading "#${anchor}" in ${relative(root, file)}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('every page in docs/ is reachable from README by links', () => {
    const reached = new Set<string>(['README.md']);
    const queue = ['README.md'];
    while (queue.length) {
      const page = queue.shift()!;
      for (const { target } of links(page)) {
        if (external(target)) continue;
        const path = target.split('#')[0]!;
        if (!path.endsWith('.md')) continue;
        const next = normalize(relative(root, join(root, dirname(page), decodeURIComponent(path))));
        if (!reached.has(next) && existsSync(join(root, next))) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(docsPages.filter((p) => !reached.has(p))).toEqual([]);
    expect(reached.has('CONTRIBUTING.md')).toBe(true);
  });

  it('computes anchors as GitHub does', () => {
    expect([...anchors("# The client's experience: safety, quick exit\n## Re-score on your server (Node)\n## A\n## A")]).toEqual([
      'the-clients-experience-safety-quick-exit',
      're-score-on-your-server-node',
      'a',
      'a-1',
    ]);
  });
});
