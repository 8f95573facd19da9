/** The definition as a client sees it in one language: pure, so the same text reaches every view. */
import type { InstrumentDefinition } from './instrument.js';
import type { InstrumentTranslation, Translation, WordingPart } from './translation.js';
import { baseLanguage as base } from './language-tag.js';

export interface LocalizedDefinition {
  definition: InstrumentDefinition;
  /** The language of the wording now in `definition`: the translation's, or the definition's own. */
  language: string;
  /** The translation used, if one was. */
  translation?: Translation;
  /**
   * The language of one string of the wording: the translation's, or the definition's own for a
   * string the translation leaves untranslated and for the labels no translation changes (so a view
   * can mark each with `lang`).
   */
  languageOf(key: WordingPart): string;
}

/** The definition with a shipped translation among its own (a practice's text pack for the same language, applied later, wins). */
export function withTranslation(def: InstrumentDefinition, t: InstrumentTranslation): InstrumentDefinition {
  return { ...def, translations: { [t.language]: t.translation, ...def.translations } };
}

/** The tag of the definition's translation for `locale`: the exact tag, else the first with its base language. */
export function translationTag(def: InstrumentDefinition, locale: string): string | undefined {
  const tags = Object.keys(def.translations ?? {});
  return tags.find((t) => t.toLowerCase() === locale.toLowerCase()) ?? tags.find((t) => base(t) === base(locale));
}

/**
 * Swaps in the definition's own translation for `locale` (matched on the base language, as the UI
 * catalog is) and otherwise returns the definition unchanged. Strings the translation names
 * untranslated stay as they are, in the definition's language. Ids, option values and scoring never
 * change, so answers and results are the same in every language.
 */
export function localizeDefinition(def: InstrumentDefinition, locale: string): LocalizedDefinition {
  const own = def.language ?? 'en';
  const original: LocalizedDefinition = { definition: def, language: own, languageOf: () => own };
  if (base(own) === base(locale)) return original;
  const tag = translationTag(def, locale);
  const t = tag ? def.translations![tag] : undefined;
  if (!t) return original;
  const untranslated = new Set<string>(t.untranslated ?? []);
  return {
    language: tag!,
    translation: t,
    languageOf: (key) => (key === 'labels' || untranslated.has(key) ? own : tag!),
    definition: {
      ...def,
      title: t.title ?? def.title,
      shortTitle: t.shortTitle ?? def.shortTitle,
      description: t.description ?? def.description,
      timeframe: t.timeframe ?? def.timeframe,
      instructions: def.instructions && t.instructions ? { ...def.instructions, text: t.instructions } : def.instructions,
      attribution: t.attribution ?? def.attribution,
      sections: def.sections?.map((s) => ({ ...s, ...t.sections?.[s.id] })),
      items: def.items.map((item) => {
        const entry = t.items[item.id];
        if (!entry) return item;
        return { ...item, text: entry.text, options: item.options.map((o) => (o.label ? { ...o, label: entry.options?.[String(o.value)] ?? o.label } : o)) };
      }),
      rules: def.rules?.map((r) => (r.summary && t.rules?.[r.id] ? { ...r, summary: t.rules[r.id]! } : r)),
    },
  };
}
