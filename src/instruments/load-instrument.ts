/**
 * The built-in instruments for the browser elements, each loaded only when a page asks for it: a page
 * with one screener downloads one instrument's wording, not all eight, and a Spanish page the Spanish
 * wording too. The ids and loaders are the registries' (registry.ts, translations.ts). The ES build
 * turns each into a module of its own (`dist/instruments/<id>.js`, `dist/instruments/<id>.<lang>.js`);
 * the script-tag build loads the same files from beside the script (see rollup.config.mjs). The
 * DOM-free core keeps the static catalog (catalog.ts).
 */
import type { InstrumentDefinition } from '../model/instrument.js';
import { loadOnce } from '../model/load-once.js';
import { withTranslation } from '../model/localize-definition.js';
import type { InstrumentTranslation } from '../model/translation.js';
import { builtInIds as ids, builtInLoaders, isBuiltInId, type BuiltInId } from './registry.js';
import { translationKey, translationLoaders, type TranslationKey } from './translations.js';

/** Ids of the built-in instruments, in the order README lists them. */
export const builtInIds: readonly string[] = ids;

const load = loadOnce((id: BuiltInId): Promise<InstrumentDefinition> =>
  builtInLoaders[id]().catch(() => {
    throw new MissingInstrumentFile(`instruments/${id}.js`);
  }),
);
// one object per instrument and language, so a screener re-rendered in the same language keeps the same definition
const loadTranslated = loadOnce((key: TranslationKey): Promise<InstrumentDefinition> => {
  const translation: Promise<InstrumentTranslation> = translationLoaders[key]().catch(() => {
    throw new MissingInstrumentFile(`instruments/${key}.js`);
  });
  return Promise.all([load(key.slice(0, key.lastIndexOf('.')) as BuiltInId), translation]).then(([def, t]) => withTranslation(def, t));
});

/** A file of the library's own that did not load: the path beside the script, for the message. */
export class MissingInstrumentFile extends Error {
  constructor(readonly file: string) {
    super(`${file} did not load`);
  }
}

/**
 * The built-in instrument with this id, loaded once per page, with its published translation for
 * `locale` (`es`, `es-MX`) attached when one ships; undefined for an id that is not built in. Rejects
 * with `MissingInstrumentFile` naming the file that did not load.
 */
export function loadInstrument(id: string, locale?: string): Promise<InstrumentDefinition> | undefined {
  if (!isBuiltInId(id)) return undefined;
  const key = locale ? translationKey(id, locale) : undefined;
  return key ? loadTranslated(key) : load(id);
}

/**
 * What `loadInstrument(id, locale)` resolves to, at once, if that load has already finished on this
 * page (the script tag starts the page's own before it registers the elements); else undefined.
 */
export function loadedInstrument(id: string, locale?: string): InstrumentDefinition | undefined {
  if (!isBuiltInId(id)) return undefined;
  const key = locale ? translationKey(id, locale) : undefined;
  return key ? loadTranslated.loaded(key) : load.loaded(id);
}
