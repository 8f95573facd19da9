/**
 * Where a screener's definition comes from: a built-in instrument by id, a practice's own definition
 * object, or a JSON file on the practice's own site (`src`); then, for an instrument whose wording may
 * not ship (IES-R), the practice's text pack (an object, or a JSON file at `text-pack-src`).
 *
 * Built-in instruments load on demand (each is a small module of its own); everything from outside
 * (practice-definition.ts) is fetched and checked inside the lazily loaded validator. Every failure is an
 * `AttuneError` that names what is wrong and what would fix it.
 */
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import { needsTextPack } from '../../model/needs-text-pack.js';
import { builtInIds, loadedInstrument, loadInstrument, MissingInstrumentFile } from '../../instruments/load-instrument.js';
import { loadValidator } from './load-validator.js';
import { missingFile } from './missing-file.js';

export interface DefinitionInputs {
  instrument?: string | undefined;
  /** The widget's `locale`: a built-in instrument comes with its published translation for it, when one ships. */
  locale?: string | undefined;
  definition?: unknown;
  src?: string | undefined;
  textPack?: unknown;
  textPackSrc?: string | undefined;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The definition to run, with its wording, once loaded (and, from outside, validated). Throws at once
 * for an unknown id. A built-in instrument this page has already loaded, needing no text pack, is
 * returned as it is rather than as a promise, so the element's first render shows it.
 */
export function resolveDefinitionSource(inputs: DefinitionInputs): InstrumentDefinition | Promise<InstrumentDefinition> {
  // what a practice supplies itself is fetched and checked by the lazily loaded validator
  if (given(inputs.definition) || given(inputs.src)) return loadValidator().then((v) => v.practiceDefinition(inputs));
  if (!inputs.instrument)
    throw new AttuneError('unknown-instrument', 'No instrument given: set the instrument attribute (e.g. instrument="pcl-5"), the src attribute, or the definition property.');
  const builtIn = loadInstrument(inputs.instrument, inputs.locale);
  if (!builtIn) throw new AttuneError('unknown-instrument', `There is no built-in instrument "${inputs.instrument}". Known: ${builtInIds.join(', ')}.`);
  // a text pack (the IES-R's wording, or a practice's licensed translation) is checked by the validator
  const packed = given(inputs.textPack) || given(inputs.textPackSrc);
  const here = loadedInstrument(inputs.instrument, inputs.locale);
  if (here && !packed && !needsTextPack(here)) return here;
  return builtIn.then(
    (def) => (needsTextPack(def) || packed ? loadValidator().then((v) => v.withWording(def, inputs)) : def),
    (error: unknown) => {
      throw missingFile(error instanceof MissingInstrumentFile ? error.file : `instruments/${inputs.instrument}.js`, 'the questions cannot be shown');
    },
  );
}
