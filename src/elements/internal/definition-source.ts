/**
 * Where a screener's definition comes from: a built-in instrument by id, a practice's own definition
 * object, or a JSON file on the practice's own site (`src`); then, for an instrument whose wording may
 * not ship (IES-R), the practice's text pack (an object, or a JSON file at `text-pack-src`).
 *
 * Built-in instruments load on demand (each is a small module of its own); everything from outside goes
 * through the lazily loaded validator. Every failure is an `AttuneError` that names what is wrong and
 * what would fix it.
 */
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import { needsTextPack } from '../../model/needs-text-pack.js';
import { builtInIds, loadInstrument } from '../../instruments/load-instrument.js';
import { loadValidator } from './load-validator.js';
import { missingFile } from './missing-file.js';

export interface DefinitionInputs {
  instrument?: string | undefined;
  definition?: unknown;
  src?: string | undefined;
  textPack?: unknown;
  textPackSrc?: string | undefined;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The definition to run, with its wording, once loaded (and, from outside, validated). Throws at once for an unknown id. */
export function resolveDefinitionSource(inputs: DefinitionInputs): Promise<InstrumentDefinition> {
  if (given(inputs.definition)) return loadValidator().then((v) => withWording(v.parseDefinition(inputs.definition), inputs));
  if (given(inputs.src)) return fetchJson(inputs.src!, 'definition').then((json) => loadValidator().then((v) => withWording(v.parseDefinition(json), inputs)));
  if (!inputs.instrument)
    throw new AttuneError('unknown-instrument', 'No instrument given: set the instrument attribute (e.g. instrument="pcl-5"), the src attribute, or the definition property.');
  const builtIn = loadInstrument(inputs.instrument);
  if (!builtIn) throw new AttuneError('unknown-instrument', `There is no built-in instrument "${inputs.instrument}". Known: ${builtInIds.join(', ')}.`);
  return builtIn.then(
    (def) => withWording(def, inputs),
    () => {
      throw missingFile(`instruments/${inputs.instrument}.js`, 'the questions cannot be shown');
    },
  );
}

function withWording(def: InstrumentDefinition, inputs: DefinitionInputs): InstrumentDefinition | Promise<InstrumentDefinition> {
  if (!needsTextPack(def)) return def;
  const pack = given(inputs.textPack) ? Promise.resolve(inputs.textPack) : given(inputs.textPackSrc) ? fetchJson(inputs.textPackSrc!, 'text pack') : undefined;
  if (!pack)
    throw new AttuneError(
      'text-pack-required',
      `The wording of ${def.shortTitle} may not be distributed with this library (${def.licence.note}) ` +
        `A practice that holds permission supplies it as a text pack: the text-pack-src attribute (a JSON file on your site) or the textPack property, ` +
        `e.g. { "instrument": "${def.id}", "permission": "…", "items": { "${def.items[0]!.id}": "…", … } }.`,
    );
  return Promise.all([pack, loadValidator()]).then(([json, v]) => v.applyTextPack(def, json));
}

// The practice's own files only, by the address it chose; cookies go only to the same origin.
async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw new AttuneError('unavailable', `The ${what} at "${url}" could not be loaded (network error).`);
  }
  if (!response.ok) throw new AttuneError('unavailable', `The ${what} at "${url}" could not be loaded (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new AttuneError('unavailable', `The ${what} at "${url}" is not valid JSON.`);
  }
}
