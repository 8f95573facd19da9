/**
 * A practice's own input for a screener, resolved inside the lazily loaded validator
 * (`attune-validate.js`), since only pages with such input need it: a definition object or a JSON file
 * on the practice's own site (`src`), validated; and, for an instrument whose wording may not ship
 * (IES-R), the practice's text pack (an object, or a JSON file at `text-pack-src`). Every failure is an
 * `AttuneError` that names what is wrong and what would fix it.
 */
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import { needsTextPack } from '../../model/needs-text-pack.js';
import { parseDefinition } from '../../model/parse-definition.js';
import { applyTextPacks } from '../../model/text-pack.js';
import type { DefinitionInputs } from './definition-source.js';

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The practice's own definition (`definition` wins over `src`), validated, with its wording. */
export async function practiceDefinition(inputs: DefinitionInputs): Promise<InstrumentDefinition> {
  const json = given(inputs.definition) ? inputs.definition : await fetchJson(inputs.src!, 'definition');
  return withWording(parseDefinition(json), inputs);
}

/**
 * A definition with its wording: as it is, or with the practice's text packs applied and checked (one
 * pack, or a list of them, one per language: `textPack` or a JSON file at `text-pack-src`).
 */
export async function withWording(def: InstrumentDefinition, inputs: DefinitionInputs): Promise<InstrumentDefinition> {
  const pack = given(inputs.textPack) ? inputs.textPack : given(inputs.textPackSrc) ? await fetchJson(inputs.textPackSrc!, 'text pack') : undefined;
  if (pack === undefined && !needsTextPack(def)) return def;
  if (pack === undefined)
    throw new AttuneError(
      'text-pack-required',
      `The wording of ${def.shortTitle} may not be distributed with this library (${def.licence.note}) ` +
        `A practice that holds permission supplies it as a text pack: the text-pack-src attribute (a JSON file on your site) or the textPack property, ` +
        `e.g. { "instrument": "${def.id}", "permission": "…", "items": { "${def.items[0]!.id}": "…", … } }.`,
    );
  return applyTextPacks(def, Array.isArray(pack) ? pack : [pack]);
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
