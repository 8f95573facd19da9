// `node tools/bench/render-only.mjs [--runs N] [--no-build]`: only the first-render run (the floor,
// Attune, SurveyJS, LHC-Forms interleaved) and the DOM-node counts, printed as bench.mjs would write
// them; for iterating on render speed without the rest of the bench. Writes nothing.
import { rmSync } from 'node:fs';
import { buildAll, builtAt } from './build.mjs';
import { writePages, mounts } from './pages.mjs';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { firstRender } from './render.mjs';
import { domNodes } from './nodes.mjs';
import { renderSections } from './report.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1]) || 10;
const BENCH = '.bench';
if (!argv.includes('--no-build') || !builtAt(`${BENCH}/dist`)) {
  rmSync(`${BENCH}/dist`, { recursive: true, force: true });
  await buildAll(`${BENCH}/dist`);
}
writePages(`${BENCH}/pages`);
const server = await serve(mounts(BENCH));
const browser = await launch();
try {
  const render = await firstRender(browser, server.origin, { runs, warmup: 2 });
  const nodes = await domNodes(browser, server.origin, { loads: 1 });
  console.log(renderSections({ render, nodes }).join('\n'));
} finally {
  await browser.close();
  await server.close();
}
