/**
 * A definition's translations of its wording, so instrument text changes language only where a
 * translation was supplied (the published translation shipped with the library, or the practice's
 * own): never a machine or library guess, because a validated translation is part of an instrument's
 * validity.
 *
 * A translation covers every string the definition words (the title, description, time frame,
 * instructions, attribution, every item's text and labelled options, every section's lead, list and
 * stem, every rule's client summary), except the strings it names in `untranslated`: those have no
 * sourced translation and are shown in the definition's own language, marked with it (`lang`), so a
 * client never meets an unmarked mix and a reviewer sees exactly what was left. An item is translated
 * whole (its text with every labelled option) or not at all, so no one question mixes two languages.
 * Ids, option values and scoring are untouched: a translated questionnaire scores exactly as the original.
 */
import * as z from 'zod/mini';
import type { InstrumentDefinition } from './instrument.js';
import { LANGUAGE_TAG } from './language-tag.js';

const text = (what: string) => z.string().check(z.trim(), z.minLength(1, `${what} must not be empty`));

/** A BCP 47 language tag, as `locale` takes it: `es`, `pt-BR`. */
export const LanguageTagSchema = z.string().check(z.regex(LANGUAGE_TAG, 'a language tag such as "es" or "pt-BR"'));

/**
 * Names one string (or, for an item, one question with its options) of a definition's wording:
 * `title`, `description`, `timeframe`, `instructions`, `attribution`, `items.<id>`, `sections.<id>`,
 * `rules.<id>` (the rule's client summary).
 */
export type WordingKey = 'title' | 'description' | 'timeframe' | 'instructions' | 'attribution' | `items.${string}` | `sections.${string}` | `rules.${string}`;

/** A wording key, or `labels`: the scale, rule and plot labels, which no translation changes. */
export type WordingPart = WordingKey | 'labels';

export const TranslationSchema = z.strictObject({
  /** Where this translation comes from (the published translation's publisher and form, or the practice). */
  source: text('source'),
  /** The translation's own version or edition, as its publisher names it. */
  version: z.optional(text('version')),
  /**
   * How far the wording was verified, in a sentence a clinician can read ("many independent copies
   * agree word for word; the form itself was not read"). Shown in the clinician's report.
   */
  wordingStatus: z.optional(text('wordingStatus')),
  title: z.optional(text('title')),
  shortTitle: z.optional(text('shortTitle')),
  description: z.optional(text('description')),
  timeframe: z.optional(text('timeframe')),
  instructions: z.optional(text('instructions')),
  attribution: z.optional(text('attribution')),
  /** By section id. */
  sections: z.optional(z.record(z.string(), z.strictObject({ lead: z.optional(text('lead')), list: z.optional(z.array(text('list entry'))), stem: z.optional(text('stem')) }))),
  /** By item id: the item's text, and each labelled option's label by its value ("0", "1", …). */
  items: z.record(z.string(), z.strictObject({ text: text('text'), options: z.optional(z.record(z.string(), text('label'))) })),
  /** By rule id: the client-facing summary sentences. */
  rules: z.optional(z.record(z.string(), z.strictObject({ met: text('met'), notMet: text('notMet') }))),
  /** Strings with no sourced translation, kept in the definition's own language (see {@link WordingKey}). */
  untranslated: z.optional(z.array(z.string())),
  /**
   * Strings of the translation written by the library (or the practice) rather than taken from the
   * published form: the description, time frame and result sentences, which are the library's own
   * words in every language. Everything else must be the publisher's, word for word.
   */
  writtenBy: z.optional(z.record(z.string(), z.enum(['library', 'practice']))),
});
export type Translation = z.infer<typeof TranslationSchema>;

/**
 * A published translation shipped with the library for one built-in instrument, a module of its own
 * (`dist/instruments/<id>.<language>.js`) that a page loads only when its `locale` asks for that language.
 */
export interface InstrumentTranslation {
  /** The built-in instrument it translates. */
  instrument: string;
  /** The translation's language tag, as its publisher names the variant (`es-US`). */
  language: string;
  translation: Translation;
}

/** Translations by language tag. */
export const TranslationsSchema = z.record(z.string(), TranslationSchema);

/** Every key of a definition's wording that a translation must cover or name as untranslated. */
export function wordingKeys(def: InstrumentDefinition): WordingKey[] {
  const keys: WordingKey[] = ['title', 'description'];
  if (def.timeframe) keys.push('timeframe');
  if (def.instructions) keys.push('instructions');
  if (def.attribution) keys.push('attribution');
  for (const s of def.sections ?? []) if (s.lead || s.stem || s.list) keys.push(`sections.${s.id}`);
  for (const item of def.items) if (item.text !== undefined) keys.push(`items.${item.id}`);
  for (const r of def.rules ?? []) if (r.summary) keys.push(`rules.${r.id}`);
  return keys;
}

/** Whether a translation gives the string `key` names (whole, for an item or a section). */
function covers(t: Translation, key: WordingKey): boolean {
  const [kind, id] = splitKey(key);
  if (kind === 'items') return t.items[id!] !== undefined;
  if (kind === 'sections') return t.sections?.[id!] !== undefined;
  if (kind === 'rules') return t.rules?.[id!] !== undefined;
  return t[kind as 'title'] !== undefined;
}

const splitKey = (key: string): [string, string | undefined] => {
  const dot = key.indexOf('.');
  return dot < 0 ? [key, undefined] : [key.slice(0, dot), key.slice(dot + 1)];
};

/** One way a translation does not fit its definition: where inside the translation, and what. */
export interface TranslationProblem {
  path: string[];
  message: string;
}

/**
 * Everything wrong with one translation of a definition, each problem by path inside the translation:
 * a string neither given nor named untranslated, a name the definition does not have, an item with a
 * label missing. Empty when it fits.
 */
export function translationProblems(def: InstrumentDefinition, t: Translation): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const fail = (path: string | string[], message: string) => problems.push({ path: typeof path === 'string' ? [path] : path, message });
  const keys = new Set<string>(wordingKeys(def));
  const untranslated = new Set(t.untranslated ?? []);
  for (const key of untranslated) {
    if (!keys.has(key)) fail('untranslated', `"${key}" is not a string of this definition's wording`);
    else if (covers(t, key as WordingKey)) fail('untranslated', `"${key}" is both translated and named untranslated`);
  }
  for (const key of keys) if (!untranslated.has(key) && !covers(t, key as WordingKey)) fail(splitKey(key)[0], `missing ${describe(key)}`);
  for (const key of Object.keys(t.writtenBy ?? {}))
    if (!keys.has(key) || !covers(t, key as WordingKey)) fail(['writtenBy', key], `"${key}" is not a string this translation gives`);

  const items = new Map(def.items.map((item) => [item.id, item]));
  for (const [id, entry] of Object.entries(t.items)) {
    const item = items.get(id);
    if (!item) {
      fail(['items', id], `no item with id "${id}"`);
      continue;
    }
    const values = new Set(item.options.map((o) => String(o.value)));
    for (const v of Object.keys(entry.options ?? {})) if (!values.has(v)) fail(['items', id, 'options', v], `item "${id}" has no option with value ${v}`);
    for (const o of item.options) if (o.label && !entry.options?.[String(o.value)]) fail(['items', id, 'options'], `missing the label of option ${o.value}`);
  }
  const sections = new Map((def.sections ?? []).map((s) => [s.id, s]));
  for (const [id, entry] of Object.entries(t.sections ?? {})) {
    const s = sections.get(id);
    if (!s) {
      fail(['sections', id], `no section with id "${id}"`);
      continue;
    }
    for (const part of ['lead', 'stem'] as const) {
      if (s[part] && !entry[part]) fail(['sections', id, part], 'missing (the section has one)');
      if (!s[part] && entry[part]) fail(['sections', id, part], 'the section has none');
    }
    if (s.list && entry.list?.length !== s.list.length) fail(['sections', id, 'list'], `expected ${s.list.length} entries, as in the section`);
  }
  const rules = new Set((def.rules ?? []).map((r) => r.id));
  for (const id of Object.keys(t.rules ?? {})) if (!rules.has(id)) fail(['rules', id], `no rule with id "${id}"`);
  return problems;
}

function describe(key: string): string {
  const [kind, id] = splitKey(key);
  if (kind === 'items') return `item "${id}"`;
  if (kind === 'sections') return `section "${id}"`;
  if (kind === 'rules') return `the client summary of rule "${id}"`;
  return `the ${kind}`;
}

type Ctx = z.core.$RefinementCtx<InstrumentDefinition>;

/** Each translation of a definition fits it (see {@link translationProblems}), with a language tag for a key. */
export function translationChecks(def: InstrumentDefinition, ctx: Ctx): void {
  for (const [lang, t] of Object.entries(def.translations ?? {})) {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path: ['translations', lang, ...path], input: def });
    // checked here rather than as the record's key schema, so the problem is worded like every other
    if (!LanguageTagSchema.safeParse(lang).success) fail([], 'not a language tag such as "es" or "pt-BR"');
    for (const p of translationProblems(def, t)) fail(p.path, p.message);
  }
}
