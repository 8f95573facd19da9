/**
 * The instruments a battery runs, from its `instruments` attribute: built-in ids, each loaded once per
 * page, and the text packs those whose wording does not ship need. Every problem is an `AttuneError`
 * that says what would fix it.
 */
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import { needsTextPack } from '../../model/needs-text-pack.js';
import { builtInIds, loadInstrument, MissingInstrumentFile } from '../../instruments/load-instrument.js';
import { missingFile } from '../internal/missing-file.js';
import { loadValidator } from '../internal/load-validator.js';

/** The ids asked for, each once, in order; or why none can be run. `repeated` when one was named twice. */
export function batteryIds(attribute: string): { ids: string[]; repeated: boolean; problem?: AttuneError } {
  const named = attribute.split(/\s+/).filter(Boolean);
  const unknown = named.filter((id) => !builtInIds.includes(id));
  const ids = [...new Set(named)];
  if (!named.length) return { ids, repeated: false, problem: new AttuneError('unknown-instrument', 'No instruments given: set instruments="pc-ptsd-5 pcl-5 …".') };
  if (unknown.length)
    return {
      ids,
      repeated: false,
      problem: new AttuneError('unknown-instrument', `There is no built-in instrument ${unknown.map((id) => `"${id}"`).join(', ')}. Known: ${builtInIds.join(', ')}.`),
    };
  return { ids, repeated: ids.length !== named.length };
}

/** Loads the definitions; rejects with why they cannot run (a file missing beside the script, a text pack missing). */
export async function loadBatteryInstruments(ids: readonly string[], textPacks: Readonly<Record<string, unknown>> | undefined, locale?: string): Promise<InstrumentDefinition[]> {
  let definitions: InstrumentDefinition[];
  try {
    // each with its published translation for the locale, where one ships
    definitions = await Promise.all(ids.map((id) => loadInstrument(id, locale)!));
  } catch (error) {
    throw missingFile(error instanceof MissingInstrumentFile ? error.file : 'instruments/', 'the questions cannot be shown');
  }
  const wordless = definitions.filter((d) => needsTextPack(d) && !textPacks?.[d.id]).map((d) => d.id);
  if (wordless.length)
    throw new AttuneError('text-pack-required', `${wordless.join(', ')} needs a text pack: set the battery's textPacks property, e.g. { "${wordless[0]}": pack }.`);
  // with the practice's packs applied (checked by the validator), so the battery's own screens (the
  // titles, the results) use the same wording as the screener that asks the questions
  const packed = definitions.filter((d) => textPacks?.[d.id] !== undefined && textPacks[d.id] !== null);
  if (!packed.length) return definitions;
  const v = await loadValidator().catch(() => {
    throw missingFile('attune-validate.js', 'the questions cannot be shown');
  });
  return definitions.map((d) => {
    const pack = textPacks?.[d.id];
    return pack === undefined || pack === null ? d : v.applyTextPacks(d, Array.isArray(pack) ? pack : [pack]);
  });
}
