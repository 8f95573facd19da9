/** The definition as a client sees it in one language: pure, so the same text reaches every view. */
import type { InstrumentDefinition } from './instrument.js';

export interface LocalizedDefinition {
  definition: InstrumentDefinition;
  /** The language of the wording now in `definition`: the translation's, or the definition's own. */
  language: string;
}

/**
 * Swaps in the definition's own translation for `locale` (matched on the base language, as the UI
 * catalog is) and otherwise returns the definition unchanged. Ids, option values and scoring never
 * change, so answers and results are the same in every language.
 */
export function localizeDefinition(def: InstrumentDefinition, locale: string): LocalizedDefinition {
  const own = def.language ?? 'en';
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  if (base(own) === base(locale)) return { definition: def, language: own };
  const tag =
    Object.keys(def.translations ?? {}).find((t) => t.toLowerCase() === locale.toLowerCase()) ?? Object.keys(def.translations ?? {}).find((t) => base(t) === base(locale));
  const t = tag ? def.translations![tag] : undefined;
  if (!t) return { definition: def, language: own };
  return {
    language: tag!,
    definition: {
      ...def,
      title: t.title,
      shortTitle: t.shortTitle ?? def.shortTitle,
      description: t.description,
      timeframe: t.timeframe ?? def.timeframe,
      instructions: def.instructions && t.instructions ? { ...def.instructions, text: t.instructions } : def.instructions,
      sections: def.sections?.map((s) => ({ ...s, ...t.sections?.[s.id] })),
      items: def.items.map((item) => {
        const entry = t.items[item.id]!;
        return { ...item, text: entry.text, options: item.options.map((o) => (o.label ? { ...o, label: entry.options?.[String(o.value)] ?? o.label } : o)) };
      }),
      rules: def.rules?.map((r) => (r.summary && t.rules?.[r.id] ? { ...r, summary: t.rules[r.id]! } : r)),
    },
  };
}
