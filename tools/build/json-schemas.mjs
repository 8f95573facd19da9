// Writes the JSON Schemas of the two formats a practice authors by hand, from the zod schemas the
// library validates with, so an editor checks a definition or text pack as it is typed:
//   dist/instrument.schema.json   an instrument definition (el.definition, src=, score() in Node)
//   dist/text-pack.schema.json    the wording of an instrument that may not ship (IES-R)
// A JSON Schema checks shape only; the library also checks references between parts (an item id a
// scale names must exist, bands must cover their scale, ...) and reports those by path at run time.
// usage: node tools/build/json-schemas.mjs (after rollup has written dist/core.js)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJSONSchema } from 'zod/mini';

/** The two JSON Schemas, keyed by file name, from the library's zod schemas. */
export function jsonSchemas({ InstrumentSchema, TextPackSchema }, version) {
  const describe = (schema, title, description) => ({ ...toJSONSchema(schema, { io: 'input' }), title, description: `${description} (attune-screeners ${version})` });
  return {
    'instrument.schema.json': describe(
      InstrumentSchema,
      'Attune instrument definition',
      'A questionnaire as data: items, response options, sections, gates, scales, rules, bands, settings, safety items, plots, licence and sources',
    ),
    'text-pack.schema.json': describe(
      TextPackSchema,
      'Attune text pack',
      'The wording of an instrument whose licence forbids the library from shipping it, supplied by a practice that holds permission',
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const schemas = await import('../../dist/core.js');
  for (const [file, json] of Object.entries(jsonSchemas(schemas, version))) {
    writeFileSync(`dist/${file}`, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`dist/${file}`);
  }
}
