/**
 * A definition's own translations of its wording, so instrument text changes language only where the
 * author (or the practice) supplied a translation: never a machine or library guess, because a
 * validated translation is part of an instrument's validity.
 *
 * A translation is all or nothing for one language: every item's text, every labelled option, the
 * instructions, every section's lead, list and stem, and every rule's client summary that the
 * definition has. A client never sees a questionnaire half in one language and half in another.
 * Ids, option values and scoring are untouched: a translated questionnaire scores exactly as the original.
 */
import * as z from 'zod/mini';
import type { InstrumentDefinition } from './instrument.js';

const text = (what: string) => z.string().check(z.trim(), z.minLength(1, `${what} must not be empty`));

/** A BCP 47 language tag, as `locale` takes it: `es`, `pt-BR`. */
export const LanguageTagSchema = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "es" or "pt-BR"'));

export const TranslationSchema = z.strictObject({
  /** Where this translation comes from (the validated translation's publisher, or the practice). */
  source: text('source'),
  title: text('title'),
  shortTitle: z.optional(text('shortTitle')),
  description: text('description'),
  /** Required when the definition has a time frame (a restricted instrument's may come from a text pack). */
  timeframe: z.optional(text('timeframe')),
  instructions: z.optional(text('instructions')),
  /** By section id. */
  sections: z.optional(z.record(z.string(), z.strictObject({ lead: z.optional(text('lead')), list: z.optional(z.array(text('list entry'))), stem: z.optional(text('stem')) }))),
  /** By item id: the item's text, and each labelled option's label by its value ("0", "1", …). */
  items: z.record(z.string(), z.strictObject({ text: text('text'), options: z.optional(z.record(z.string(), text('label'))) })),
  /** By rule id: the client-facing summary sentences. */
  rules: z.optional(z.record(z.string(), z.strictObject({ met: text('met'), notMet: text('notMet') }))),
});
export type Translation = z.infer<typeof TranslationSchema>;

/** Translations by language tag. */
export const TranslationsSchema = z.record(z.string(), TranslationSchema);

type Ctx = z.core.$RefinementCtx<InstrumentDefinition>;

/** Each translation covers everything the definition words, and names only ids and values it has. */
export function translationChecks(def: InstrumentDefinition, ctx: Ctx): void {
  for (const [lang, t] of Object.entries(def.translations ?? {})) {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path: ['translations', lang, ...path], input: def });
    // checked here rather than as the record's key schema, so the problem is worded like every other
    if (!LanguageTagSchema.safeParse(lang).success) fail([], 'not a language tag such as "es" or "pt-BR"');
    const items = new Map(def.items.map((item) => [item.id, item]));
    for (const id of Object.keys(t.items)) if (!items.has(id)) fail(['items', id], `no item with id "${id}"`);
    for (const item of def.items) {
      const entry = t.items[item.id];
      if (!entry) {
        fail(['items'], `missing item "${item.id}" (a translation covers every item)`);
        continue;
      }
      const values = new Set(item.options.map((o) => String(o.value)));
      for (const v of Object.keys(entry.options ?? {})) if (!values.has(v)) fail(['items', item.id, 'options', v], `item "${item.id}" has no option with value ${v}`);
      for (const o of item.options) if (o.label && !entry.options?.[String(o.value)]) fail(['items', item.id, 'options'], `missing the label of option ${o.value}`);
    }
    if (def.instructions && !t.instructions) fail(['instructions'], 'missing (the definition has instructions)');
    if (def.timeframe && !t.timeframe) fail(['timeframe'], 'missing (the definition has a time frame)');
    const sections = new Map((def.sections ?? []).map((s) => [s.id, s]));
    for (const id of Object.keys(t.sections ?? {})) if (!sections.has(id)) fail(['sections', id], `no section with id "${id}"`);
    for (const s of def.sections ?? []) {
      const entry = t.sections?.[s.id];
      for (const key of ['lead', 'stem'] as const) if (s[key] && !entry?.[key]) fail(['sections', s.id, key], 'missing (the section has one)');
      if (s.list && entry?.list?.length !== s.list.length) fail(['sections', s.id, 'list'], `expected ${s.list.length} entries, as in the section`);
    }
    const rules = new Map((def.rules ?? []).map((r) => [r.id, r]));
    for (const id of Object.keys(t.rules ?? {})) if (!rules.has(id)) fail(['rules', id], `no rule with id "${id}"`);
    for (const r of def.rules ?? []) if (r.summary && !t.rules?.[r.id]) fail(['rules', r.id], 'missing the client summary (the rule has one)');
  }
}
