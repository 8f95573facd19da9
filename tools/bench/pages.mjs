// Writes the bench pages into the bench's folder with the PCL-5 JSON of each library inlined, as a
// practice would paste it (no extra request for the definition: Attune's is inside its bundle).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('./pages/', import.meta.url).pathname;

export function writePages(outDir) {
  mkdirSync(outDir, { recursive: true });
  const json = (name) => JSON.stringify(JSON.parse(readFileSync(join(here, name), 'utf8')));
  for (const page of ['attune.html', 'surveyjs.html', 'lforms.html']) {
    const html = readFileSync(join(here, page), 'utf8')
      .replace('/*PCL5_SURVEYJS*/null', () => json('pcl-5.surveyjs.json'))
      .replace('/*PCL5_LFORMS*/null', () => json('pcl-5.lforms.json'));
    writeFileSync(join(outDir, page), html);
  }
}

/** URL prefix -> folder for the bench server. */
export function mounts(benchDir) {
  return {
    '/pages/': join(benchDir, 'pages'),
    '/attune/': join(benchDir, 'dist'),
    '/survey-core/': 'node_modules/survey-core',
    '/survey-js-ui/': 'node_modules/survey-js-ui',
    '/lforms/': 'node_modules/lforms/dist/lforms',
  };
}

/** The file a mounted URL path is served from. */
export function fileOf(benchDir, path) {
  const [prefix, dir] = Object.entries(mounts(benchDir)).find(([p]) => path.startsWith(p));
  return join(dir, path.slice(prefix.length));
}
