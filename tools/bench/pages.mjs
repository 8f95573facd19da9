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
  const form = JSON.parse(readFileSync(join(here, 'pcl-5.surveyjs.json'), 'utf8'));
  writeFileSync(join(outDir, 'static.html'), staticPage(form));
  writeFileSync(join(outDir, 'static.css'), STATIC_CSS);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// The floor: what a browser needs to show the same PCL-5 at all. The 20 fieldsets (legend + 5
// labelled native radios each, the same wording) in plain HTML with no script, its small stylesheet a
// file of its own (no inline style), written without whitespace between tags as a minifier would.
function staticPage(form) {
  const page = form.pages[0];
  const fieldsets = page.elements
    .map(
      (q, i) =>
        `<fieldset><legend>${i + 1}. ${escape(q.title)}</legend>${q.choices
          .map((c) => `<label><input type="radio" name="item-${escape(q.name)}" value="${escape(c.value)}">${escape(c.text)}</label>`)
          .join('')}</fieldset>`,
    )
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>bench: PCL-5 in static HTML</title><link rel="stylesheet" href="/pages/static.css"></head>' +
    `<body><form><h2>${escape(form.title)}</h2><p>${escape(page.description)}</p>${fieldsets}<button>${escape(form.completeText)}</button></form></body></html>\n`
  );
}

const STATIC_CSS = `body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 42rem; margin: 1rem auto; padding: 0 1rem; }
fieldset { border: 0; margin: 0 0 1.5rem; padding: 0; }
legend { font-weight: 600; margin-bottom: 0.5rem; }
label { display: flex; align-items: center; gap: 0.75rem; min-height: 2.75rem; padding: 0.5rem 0.75rem; margin-bottom: 0.5rem; border: 1px solid #7b8794; border-radius: 0.5rem; }
input { width: 1.5rem; height: 1.5rem; margin: 0; }
button { font: inherit; min-height: 2.75rem; padding: 0.5rem 1.25rem; }
`;

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
