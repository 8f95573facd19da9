// `npm run site`: writes site/, a folder ready to copy to any static web host, until the package is
// published (run after `npm run build`; the npm script does both):
//   site/index.html   an example page: the README's script-tag snippet and nothing else
//   site/attune/      the files a practice uploads, together: the two script tags and every file they
//                     load from beside themselves (the client's elements in client/, instruments/*.js,
//                     i18n/*.js, attune-validate.js, attune-outbox.js and the chunks/ those import),
//                     each with its source map
// The lazily loaded files are found in the bundles themselves (the report's script loads each as
// `new URL("<file>", <the script's own URL>)`, the client's script tag the same way from the address
// its entry was built at, client/attune.js, and the client's modules by relative import()), so an
// instrument or language added to the build is picked up without a list here. tests/e2e/site.test.ts serves the folder as a practice's host would.
// usage: node tools/build/site.mjs [out-dir]   (default: site)
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { CLIENT_ENTRY, SCRIPT_TAG } from './client-files.mjs';

const DIST = 'dist';
// each classic script, and the folder its `new URL("<file>", …)` loads are relative to: the client's
// script tag runs as if it were CLIENT_ENTRY (tools/build/script-tag-entry.mjs: the one `new URL` that
// names a file relative to itself), which its later files import
const SCRIPTS = [
  [SCRIPT_TAG, posix.dirname(CLIENT_ENTRY)],
  [CLIENT_ENTRY, '.'],
  ['attune-report.iife.js', '.'],
];

/** The README's first html block that loads the script-tag bundle (the one tests/e2e/snippet.test.ts runs). */
export function readmeSnippet(readme) {
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('attune.iife.js'));
  if (!block) throw new Error('README.md has no html snippet loading attune.iife.js');
  return block.trim();
}

/** Every file under dist/ that the script tags load, directly or lazily, as paths relative to dist/. */
export function filesToUpload(dist = DIST) {
  const seen = new Set();
  const visit = (file, urlBase = '.') => {
    if (seen.has(file)) return;
    if (!existsSync(join(dist, file))) throw new Error(`${join(dist, file)} is missing (run npm run build)`);
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // loaded lazily from beside the report's script (rollup.config.mjs, besideClassicScript)
    for (const m of code.matchAll(/new URL\("([\w./-]+\.js)",/g)) if (m[1] !== CLIENT_ENTRY) visit(posix.join(urlBase, m[1]));
    // static and dynamic imports of an ES module, relative to the module
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(posix.join(posix.dirname(file), m[1]));
  };
  for (const [script, urlBase] of SCRIPTS) visit(script, urlBase);
  return [...seen].sort();
}

export function writeSite(out = 'site') {
  const snippet = readmeSnippet(readFileSync('README.md', 'utf8'));
  const src = /<script src="([^"]+\/)attune\.iife\.js"><\/script>/.exec(snippet)?.[1];
  if (!src?.startsWith('/')) throw new Error('the README snippet has no <script src="/<folder>/attune.iife.js">');
  const folder = join(out, src.slice(1, -1));
  const files = filesToUpload();
  rmSync(out, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(folder, f)), { recursive: true });
    copyFileSync(join(DIST, f), join(folder, f));
    if (existsSync(join(DIST, `${f}.map`))) copyFileSync(join(DIST, `${f}.map`), join(folder, `${f}.map`));
  }
  const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Attune: example page</title>
</head>
<body>
  <h1>Example page</h1>
  <!-- The README's snippet, as a practice pastes it into a page of its own.
       Copy this whole folder to the root of your site; ${src} must stay as it is. -->
${snippet.replace(/^/gm, '  ')}
</body>
</html>
`;
  writeFileSync(join(out, 'index.html'), page);
  return { folder, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'site';
  const { folder, files } = writeSite(out);
  console.log(`site: ${out}/ is ready to copy to a static web host (${files.length} files and their source maps in ${folder}/, example page ${join(out, 'index.html')})`);
}
